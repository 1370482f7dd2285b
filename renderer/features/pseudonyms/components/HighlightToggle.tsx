import { ShieldCheck } from 'lucide-react';
import { useT } from '../../../i18n';
import { Button, Tooltip } from '../../../ui';
import { useHighlightsShown, usePseudonymOccurrences } from '../hooks/useHighlights';

export type HighlightToggleProps = { documentId: number; text: string };

/**
 * Shows or hides, in the transcript, the originals anonymized exports will replace. Present only
 * where the document holds some, so that a project without pseudonyms sees nothing new.
 */
export function HighlightToggle({ documentId, text }: HighlightToggleProps) {
  const t = useT();
  const count = usePseudonymOccurrences(documentId, text).data?.length ?? 0;
  const [shown, setShown] = useHighlightsShown();
  if (count === 0) return null;
  return (
    <Tooltip label={shown ? t.pseudonyms.highlight.hide : t.pseudonyms.highlight.show} align="end">
      <Button
        size="sm"
        variant="ghost"
        className={shown ? 'pseudonym-toggle is-on' : 'pseudonym-toggle'}
        icon={<ShieldCheck size={15} aria-hidden="true" />}
        aria-pressed={shown}
        onClick={() => setShown(!shown)}
        data-testid="pseudonym-highlight-toggle"
      >
        {t.pseudonyms.highlight.button(count)}
      </Button>
    </Tooltip>
  );
}
