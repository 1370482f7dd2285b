import { ArrowDown, ArrowUp, GripVertical, PinOff } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { SynthesisCoding } from '../../../../shared/contract';
import type { QuoteRequest } from '../../../../shared/quote-request';
import { useT } from '../../../i18n';
import { IconButton } from '../../../ui';
import { moveItem } from '../move-item';
import { QuoteCard } from './QuoteCard';

export type KeyQuotesProps = {
  quotes: readonly SynthesisCoding[];
  onReorder: (codingIds: number[]) => void;
  onUnpin: (codingId: number) => void;
  onOpen: (quote: QuoteRequest) => void;
};

/**
 * The theme's key quotes in the report's order: drag one onto another's place, or focus it and
 * press Alt+↑ / Alt+↓ (the buttons do the same). The new order shows at once; the core keeps it.
 */
export function KeyQuotes({ quotes, onReorder, onUnpin, onOpen }: KeyQuotesProps) {
  const t = useT();
  const [order, setOrder] = useState(() => quotes.map((q) => q.id));
  const [dragged, setDragged] = useState<number | null>(null);
  const [focusId, setFocusId] = useState<number | null>(null);
  const items = useRef(new Map<number, HTMLLIElement>());
  const serverOrder = quotes.map((q) => q.id).join(',');
  useEffect(() => setOrder(serverOrder ? serverOrder.split(',').map(Number) : []), [serverOrder]);
  useEffect(() => {
    if (focusId !== null) items.current.get(focusId)?.focus();
  }, [focusId, order]);

  const byId = new Map(quotes.map((q) => [q.id, q]));
  const shown = order.map((id) => byId.get(id)).filter((q): q is SynthesisCoding => q !== undefined);
  const move = (from: number, to: number) => {
    if (to < 0 || to >= shown.length || from === to) return;
    const next = moveItem(order, from, to);
    setOrder(next);
    setFocusId(order[from] ?? null);
    onReorder(next);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, i: number) => {
    if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
    e.preventDefault();
    move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
  };

  if (shown.length === 0) return <p className="syn-empty-line" data-testid="key-quotes-empty">{t.synthesis.themes.noKeyQuotes}</p>;
  return (
    <ol className="syn-key-quotes" data-testid="key-quotes">
      {shown.map((quote, i) => (
        <li
          key={quote.id}
          ref={(el) => {
            if (el) items.current.set(quote.id, el);
            else items.current.delete(quote.id);
          }}
          className={dragged === quote.id ? 'syn-key-quote is-dragged' : 'syn-key-quote'}
          tabIndex={0}
          aria-label={t.synthesis.themes.position(i + 1, shown.length)}
          draggable
          onDragStart={(e) => {
            setDragged(quote.id);
            e.dataTransfer.effectAllowed = 'move';
            e.dataTransfer.setData('text/plain', String(quote.id));
          }}
          onDragEnd={() => setDragged(null)}
          onDragOver={(e) => {
            if (dragged === null) return;
            e.preventDefault();
            e.dataTransfer.dropEffect = 'move';
          }}
          onDrop={(e) => {
            e.preventDefault();
            if (dragged !== null) move(order.indexOf(dragged), i);
            setDragged(null);
          }}
          onKeyDown={(e) => onKeyDown(e, i)}
          data-testid="key-quote"
        >
          <span className="syn-key-quote-handle" aria-hidden="true">
            <span className="syn-key-quote-number">{i + 1}</span>
            <GripVertical size={14} />
          </span>
          <QuoteCard
            quote={quote}
            onOpen={onOpen}
            showCode={quote.codeId !== quotes[0]?.codeId}
            actions={
              <>
                <IconButton size="sm" bare label={t.synthesis.themes.moveUp} icon={<ArrowUp size={14} />} disabled={i === 0} onClick={() => move(i, i - 1)} data-testid="quote-move-up" />
                <IconButton
                  size="sm"
                  bare
                  label={t.synthesis.themes.moveDown}
                  icon={<ArrowDown size={14} />}
                  disabled={i === shown.length - 1}
                  onClick={() => move(i, i + 1)}
                  data-testid="quote-move-down"
                />
                <IconButton size="sm" bare label={t.synthesis.themes.unpin} icon={<PinOff size={14} />} onClick={() => onUnpin(quote.id)} data-testid="quote-unpin" />
              </>
            }
          />
        </li>
      ))}
    </ol>
  );
}
