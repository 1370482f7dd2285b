import { useSyncExternalStore } from 'react';
import type { PathPrompt } from '../../../transport/path-prompt';
import { ProjectPathForm } from './ProjectPathForm';

export type ProjectPathDialogProps = { prompt: PathPrompt };

/** Browser mode's stand-in for the native open/save dialog: the user types a path on the server's machine. */
export function ProjectPathDialog({ prompt }: ProjectPathDialogProps) {
  const request = useSyncExternalStore(prompt.subscribe, prompt.current);
  if (!request) return null;
  return <ProjectPathForm key={request.id} mode={request.mode} onAnswer={prompt.answer} />;
}
