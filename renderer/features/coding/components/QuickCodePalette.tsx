import { Plus } from 'lucide-react';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Code } from '../../../../shared/contract';
import { isAppError, type ErrorCode } from '../../../../shared/result';
import { useT } from '../../../i18n';
import { ColorSwatch } from '../../../ui';
import { codePath, nextColor, useCreateCode } from '../../codebook';
import { paletteOptions, type PaletteOption } from '../filter-codes';
import { useApplyCoding } from '../hooks/useApplyCoding';

/** Failures the palette explains itself (anything else gets the app's toast). */
const INLINE: readonly ErrorCode[] = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT'];

export type CodingTarget = { documentId: number; start: number; end: number; excerpt: string };

/** Where the palette sits in its positioned parent (default: near the top). */
export type PalettePlacement = { top?: number; bottom?: number };

export type QuickCodePaletteProps = {
  codes: readonly Code[];
  target: CodingTarget;
  placement?: PalettePlacement;
  /** `codeId`: the code just applied (undefined when closed without applying). */
  onClose: (codeId?: number) => void;
};

/** Type to filter the codebook, arrows to choose, Enter to apply (or create and apply), Escape to close. */
export function QuickCodePalette({ codes, target, placement = {}, onClose }: QuickCodePaletteProps) {
  const t = useT();
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const apply = useApplyCoding({ inlineErrors: INLINE });
  const create = useCreateCode();
  const root = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const busy = apply.isPending || create.isPending;

  const paths = useMemo(() => new Map(codes.map((c) => [c.id, codePath(codes, c.id)])), [codes]);
  const options = useMemo(() => paletteOptions(codes, paths, query), [codes, paths, query]);
  const current = Math.min(active, Math.max(options.length - 1, 0));

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

  const applyCode = (codeId: number) =>
    apply.mutate(
      { documentId: target.documentId, codeId, start: target.start, end: target.end },
      { onSuccess: () => onClose(codeId) },
    );

  const choose = (option: PaletteOption | undefined) => {
    if (!option || busy) return;
    if (option.kind === 'code') {
      applyCode(option.code.id);
      return;
    }
    create.mutate(
      { name: option.name, parentId: null, color: nextColor(codes) },
      {
        onSuccess: (code) => applyCode(code.id),
        onError: (e) => {
          // The core knows the name better (its comparison may differ): apply the existing code.
          const id = isAppError(e) && e.code === 'CONFLICT' ? (e.details as { id?: unknown } | undefined)?.id : undefined;
          if (typeof id === 'number') applyCode(id);
        },
      },
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((current + 1) % Math.max(options.length, 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((current - 1 + options.length) % Math.max(options.length, 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(options[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const excerpt = target.excerpt.length > 140 ? `${target.excerpt.slice(0, 137).trimEnd()}…` : target.excerpt;
  const shown = (e: Error | null) => (isAppError(e) && INLINE.includes(e.code) && !(e.code === 'CONFLICT' && e === create.error) ? e : null);
  const failure = shown(apply.error) ?? shown(create.error);

  return (
    <div
      ref={root}
      className="palette"
      style={placement.bottom !== undefined ? { top: 'auto', bottom: placement.bottom } : placement.top !== undefined ? { top: placement.top } : undefined}
      role="dialog" aria-label={t.coding.paletteLabel} data-testid="quick-code-palette">
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
      <ul id={listId} role="listbox" className="palette-list" aria-label={t.codebook.treeLabel}>
        {options.map((option, i) => (
          <li
            key={option.kind === 'code' ? option.code.id : 'create'}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            data-option-index={i}
            className={option.kind === 'create' ? 'palette-option palette-create' : 'palette-option'}
            data-testid={option.kind === 'create' ? 'palette-create' : 'palette-option'}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(option)}
          >
            {option.kind === 'code' ? (
              <>
                <ColorSwatch color={option.code.color} size={10} />
                <span className="palette-name">
                  {option.path.length > 1 && <span className="palette-parent">{option.path.slice(0, -1).join(' › ')} › </span>}
                  {option.code.name}
                </span>
                <span className="palette-count">{option.code.codings}</span>
              </>
            ) : (
              <>
                <Plus size={14} aria-hidden="true" />
                <span className="palette-name">{t.coding.createCode(option.name)}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      {options.length === 0 && <p className="palette-empty">{codes.length === 0 ? t.coding.typeToCreate : t.coding.noMatch}</p>}
      {failure && (
        <p className="field-error palette-error" role="alert">
          {failure.message}
        </p>
      )}
      <p className="palette-hint">{t.coding.hintKeys}</p>
    </div>
  );
}
