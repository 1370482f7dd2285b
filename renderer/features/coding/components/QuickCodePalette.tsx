import { Check, Clock, Plus } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Code } from '../../../../shared/contract';
import { isAppError, type ErrorCode } from '../../../../shared/result';
import { afterPaint } from '../../../after-paint';
import { useT } from '../../../i18n';
import { isMac } from '../../../platform';
import { ColorSwatch } from '../../../ui';
import { codePath, nextColor } from '../../codebook';
import { paletteOptions, queryPath, resolvePath, type PaletteOption } from '../filter-codes';
import { enterAction, enterCodes } from '../palette-action';
import { useApplyCodes, useApplyNewCode } from '../hooks/useApplyCoding';
import { useRecentCodes } from '../hooks/useRecentCodes';

/** Failures the palette explains itself (anything else gets the app's toast). */
const INLINE: readonly ErrorCode[] = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'];

export type CodingTarget = { documentId: number; start: number; end: number; excerpt: string };

/** Where the palette sits in its positioned parent (default: near the top). */
export type PalettePlacement = { top?: number; bottom?: number };

export type QuickCodePaletteProps = {
  codes: readonly Code[];
  target: CodingTarget;
  placement?: PalettePlacement;
  /** `codeId`: the (last) code just applied (undefined when closed without applying). */
  onClose: (codeId?: number) => void;
};

type CreateOption = Extract<PaletteOption, { kind: 'create' }>;

/**
 * Type to find a code (fuzzy: « cfh » finds « Confiance des habitants »), arrows to choose, Enter to
 * apply — or to create a code of that name and apply it; a path (`Gouvernance/Confiance`) creates
 * the codes it lacks, under those it names that exist. Ctrl+Enter (or Ctrl+Space, or Space before
 * typing) ticks several codes: Enter applies the highlighted one and the ticked ones in one
 * undoable step, and the line at the bottom says what it will do. With nothing typed, the recently
 * applied codes come first.
 */
export function QuickCodePalette({ codes, target, placement = {}, onClose }: QuickCodePaletteProps) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [checked, setChecked] = useState<readonly number[]>([]);
  const apply = useApplyCodes({ inlineErrors: INLINE });
  const applyNew = useApplyNewCode({ inlineErrors: INLINE });
  const { recent, remember } = useRecentCodes();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const busy = apply.isPending || applyNew.isPending;

  const paths = useMemo(() => {
    const byId = new Map(codes.map((c) => [c.id, c]));
    return new Map(codes.map((c) => [c.id, byId.size < 2000 ? codePath(codes, c.id) : [c.name]]));
  }, [codes]);
  const recentKey = recent.join(',');
  const options = useMemo(() => paletteOptions(codes, paths, query, recent), [codes, paths, query, recentKey]);
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const byId = useMemo(() => new Map(codes.map((c) => [c.id, c])), [codes]);

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const onDown = (e: MouseEvent) => {
      if (root.current && !root.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);
  useEffect(() => {
    root.current?.querySelector(`[data-option-index="${current}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current]);

  const range = { documentId: target.documentId, start: target.start, end: target.end };
  const done = (codeIds: readonly number[]) => {
    remember(codeIds);
    onClose(codeIds[codeIds.length - 1]);
  };

  const applyIds = (codeIds: readonly number[]) => {
    if (codeIds.length === 0) return;
    // The palette stays until the core answers (a refusal is explained here), and closes once the
    // highlight is painted: moving the focus back to the transcript costs a frame's worth of work
    // that would otherwise delay showing the coding.
    apply.mutate({ ...range, codeIds: [...codeIds] }, { onSuccess: () => afterPaint(() => done(codeIds)) });
  };

  const createAndApply = ({ name, parentId, parents }: CreateOption, also: readonly number[]) =>
    applyNew.mutate(
      { ...range, name, parentId, ...(parents.length > 0 ? { parents } : {}), ...(also.length > 0 ? { alsoCodeIds: [...also] } : {}), color: nextColor(codes) },
      {
        // The ticked codes are applied with the new one, in the same undoable step.
        onSuccess: ({ code }) => afterPaint(() => done([...also, code.id])),
        onError: (e) => {
          // The core knows the names better (its comparison may differ): apply the existing code.
          const id = isAppError(e) && e.code === 'CONFLICT' ? (e.details as { id?: unknown } | undefined)?.id : undefined;
          if (typeof id === 'number') applyIds([...also, id]);
        },
      },
    );

  const toggle = (option: PaletteOption | undefined) => {
    if (option?.kind !== 'code') return;
    const id = option.code.id;
    setChecked((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };

  /** Enter: the highlighted choice and the ticked codes, together (see `enterAction`). */
  const choose = (option: PaletteOption | undefined) => {
    if (busy) return;
    if (option?.kind === 'create') return createAndApply(option, checked);
    applyIds(enterCodes(option, checked));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const mod = e.ctrlKey || e.metaKey;
    if (e.key === 'ArrowDown') setActive((current + 1) % Math.max(options.length, 1));
    else if (e.key === 'ArrowUp') setActive((current - 1 + options.length) % Math.max(options.length, 1));
    else if ((e.key === 'Enter' && mod) || (e.key === ' ' && (mod || query === ''))) toggle(options[current]);
    else if (e.key === 'Enter') choose(options[current]);
    else if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
    } else return;
    e.preventDefault();
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const excerpt = target.excerpt.length > 140 ? `${target.excerpt.slice(0, 137).trimEnd()}…` : target.excerpt;
  const shown = (e: Error | null) =>
    isAppError(e) && INLINE.includes(e.code) && !(e.code === 'CONFLICT' && e === applyNew.error) ? e : null;
  const failure = shown(apply.error) ?? shown(applyNew.error);
  const firstOther = options.findIndex((o) => o.kind === 'code' && !o.isRecent);
  const hasRecent = options.some((o) => o.kind === 'code' && o.isRecent);
  const mod = isMac() ? '⌘' : 'Ctrl';
  const action = enterAction(options[current], checked, byId, paths, t.coding);
  // A name that is only a folder's: say so rather than « no code matches ».
  const typed = queryPath(query);
  const named = typed.length > 0 ? resolvePath(codes, typed) : [];
  const folder = named.length === typed.length && named.length > 0 && !named[named.length - 1]!.isCodable ? named[named.length - 1]!.name : null;

  return (
    <div
      ref={root}
      className="palette"
      style={placement.bottom !== undefined ? { top: 'auto', bottom: placement.bottom } : placement.top !== undefined ? { top: placement.top } : undefined}
      role="dialog"
      aria-label={t.coding.paletteLabel}
      data-testid="quick-code-palette"
    >
      <p className="palette-excerpt">{t.common.quote(excerpt)}</p>
      <input
        ref={input}
        className="palette-input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length > 0 ? optionId(current) : undefined}
        aria-label={t.coding.palettePlaceholder}
        placeholder={t.coding.palettePlaceholder}
        value={query}
        spellCheck={false}
        autoComplete="off"
        data-testid="palette-input"
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {checked.length > 0 && (
        <div className="palette-checked" data-testid="palette-checked" aria-live="polite">
          {checked.map((id) => {
            const code = byId.get(id);
            return (
              <span key={id} className="palette-chip">
                <ColorSwatch color={code?.color ?? '#888'} size={8} />
                {code?.name ?? '?'}
              </span>
            );
          })}
        </div>
      )}
      <ul id={listId} role="listbox" aria-multiselectable="true" className="palette-list" aria-label={t.codebook.treeLabel}>
        {options.flatMap((option, i) => {
          const heading: ReactNode =
            hasRecent && i === 0 ? (
              <li key="recent" role="presentation" className="palette-group">
                <Clock size={11} aria-hidden="true" /> {t.coding.recentCodes}
              </li>
            ) : hasRecent && i === firstOther ? (
              <li key="others" role="presentation" className="palette-group">
                {t.coding.allCodes}
              </li>
            ) : null;
          if (option.kind === 'create') {
            return [
              heading,
              <li
                key="create"
                id={optionId(i)}
                role="option"
                aria-selected={i === current}
                data-option-index={i}
                className="palette-option palette-create"
                data-testid="palette-create"
                onMouseEnter={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(option)}
              >
                <Plus size={14} aria-hidden="true" />
                <span className="palette-name">
                  {option.path.length > 1 ? t.coding.createCodePath(option.path.join(' › '), option.parents.length + 1) : t.coding.createCode(option.name)}
                </span>
                <kbd className="palette-kbd">{t.coding.enterKey}</kbd>
              </li>,
            ];
          }
          const isChecked = checked.includes(option.code.id);
          return [
            heading,
            <li
              key={option.code.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              aria-checked={isChecked}
              data-option-index={i}
              data-code-id={option.code.id}
              className={isChecked ? 'palette-option is-checked' : 'palette-option'}
              data-testid="palette-option"
              onMouseEnter={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={(e) => (checked.length > 0 || e.ctrlKey || e.metaKey ? toggle(option) : choose(option))}
            >
              <span
                className="palette-check"
                aria-hidden="true"
                title={t.coding.tick(option.code.name)}
                onClick={(e) => {
                  e.stopPropagation();
                  toggle(option);
                }}
              >
                {isChecked && <Check size={11} strokeWidth={3} />}
              </span>
              <ColorSwatch color={option.code.color} size={10} />
              <span className="palette-name">
                {option.path.length > 1 && <span className="palette-parent">{option.path.slice(0, -1).join(' › ')} › </span>}
                <Matched name={option.code.name} positions={option.positions} />
              </span>
              <span className="palette-count">{option.code.codings}</span>
            </li>,
          ];
        })}
      </ul>
      {options.length === 0 && <p className="palette-empty">{codes.length === 0 ? t.coding.typeToCreate : (folder ? t.coding.folderNamed(folder) : t.coding.noMatch)}</p>}
      {failure && (
        <p className="field-error palette-error" role="alert">
          {failure.message}
        </p>
      )}
      <p className="palette-footer">
        {action && (
          <span className="palette-action" data-testid="palette-action">
            <kbd className="palette-kbd">{t.coding.enterKey}</kbd>
            <span className="palette-action-text">{action}</span>
          </span>
        )}
        <span className="palette-hint">{t.coding.hintKeys(mod)}</span>
      </p>
    </div>
  );
}

/** The name with the characters the query matched in bold. */
function Matched({ name, positions }: { name: string; positions: readonly number[] }) {
  if (positions.length === 0) return <>{name}</>;
  const chars = [...name];
  const hit = new Set(positions);
  const parts: ReactNode[] = [];
  let run = '';
  let inHit = false;
  const flush = (key: number) => {
    if (!run) return;
    parts.push(inHit ? <b key={key} className="palette-hit">{run}</b> : run);
    run = '';
  };
  chars.forEach((ch, i) => {
    const h = hit.has(i);
    if (h !== inHit) {
      flush(i);
      inHit = h;
    }
    run += ch;
  });
  flush(chars.length);
  return <>{parts}</>;
}
