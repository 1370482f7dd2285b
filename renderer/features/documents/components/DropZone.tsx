import { FileUp } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useApi } from '../../../api-context';
import { useT } from '../../../i18n';
import { useToasts } from '../../../ui';
import { filesOfDrop } from '../../../transport/dropped-files';

export type DropZoneProps = { onFiles: (files: File[]) => void; disabled?: boolean };

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files and folders dropped anywhere on the window are imported: transcripts as documents, tables as
 * participants. While files are dragged over the window, an overlay says what will happen.
 */
export function DropZone({ onFiles, disabled = false }: DropZoneProps) {
  const t = useT();
  const toasts = useToasts();
  const { transport } = useApi();
  const [isOver, setOver] = useState(false);
  const depth = useRef(0);
  const latest = useRef({ onFiles, disabled });
  useEffect(() => {
    latest.current = { onFiles, disabled };
  });

  useEffect(() => {
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current++;
      setOver(true);
    };
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = latest.current.disabled ? 'none' : 'copy';
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setOver(false);
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      // Never let the browser navigate to a dropped file.
      e.preventDefault();
      depth.current = 0;
      setOver(false);
      if (latest.current.disabled) return;
      void filesOfDrop(e.dataTransfer, { walkFolders: transport.kind === 'browser' }).then((files) => {
        if (files.length === 0) toasts.push('info', t.importing.nothingToImport);
        else latest.current.onFiles(files);
      });
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [transport, toasts, t]);

  if (!isOver) return null;
  return (
    <div className="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
      <div className="drop-card">
        <FileUp size={30} />
        <p className="drop-title">{t.importing.dropTitle}</p>
        <p className="drop-body">{t.importing.dropBody}</p>
      </div>
    </div>
  );
}
