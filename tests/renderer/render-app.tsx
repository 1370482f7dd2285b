import { render, screen } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { App } from '../../renderer/app/App';
import { AppProviders } from '../../renderer/app/AppProviders';
import { createAppServices } from '../../renderer/app/app-services';
import { createPathPrompt } from '../../renderer/transport/path-prompt';
import { createFakeCore, type FakeCore } from './fake-core';

/** Renders the whole app against a fake core (which starts with no project open, like a first run). */
export function renderApp(core: FakeCore = createFakeCore()) {
  const pathPrompt = createPathPrompt();
  const services = createAppServices({ transport: core.transport, pathPrompt });
  const utils = render(
    <AppProviders services={services}>
      <App />
    </AppProviders>,
  );
  return { ...utils, core, services, pathPrompt };
}

/** The transcript's CodeMirror view, once a document is shown. */
export async function findTranscript(): Promise<EditorView> {
  const content = await screen.findByTestId('transcript-content');
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error('no EditorView');
  return view;
}
