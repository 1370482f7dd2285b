import { Search, X } from 'lucide-react';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../../i18n';
import { shortcutLabel } from '../../../platform';
import { useSearchState } from '../search-context';

/**
 * The top bar's box over every transcript. Ctrl/Cmd+Shift+F reaches it from anywhere, Ctrl/Cmd+F
 * too unless the transcript has the focus (its own find belongs to it).
 */
export function SearchBox() {
  const t = useT();
  const search = useSearchState();
  const input = useRef<HTMLInputElement>(null);
  const { registerBox, focusBox } = search;

  useEffect(() => {
    registerBox(() => {
      input.current?.focus();
      input.current?.select();
    });
    return () => registerBox(null);
  }, [registerBox]);

  const latestFocus = useRef(focusBox);
  useEffect(() => {
    latestFocus.current = focusBox;
  });
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey || e.key.toLowerCase() !== 'f') return;
      if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
      if (!e.shiftKey && e.target instanceof Element && e.target.closest('.cm-editor')) return;
      e.preventDefault();
      latestFocus.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      search.submit();
    } else if (e.key === 'Escape' && search.text) {
      e.preventDefault();
      search.setText('');
    }
  };

  const shortcut = shortcutLabel('shift+mod+f', t.keys);
  return (
    <div className="search-box" role="search">
      <Search size={15} className="search-box-icon" aria-hidden="true" />
      <input
        ref={input}
        type="search"
        className="search-box-input"
        value={search.text}
        onChange={(e) => search.setText(e.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t.search.boxPlaceholder}
        aria-label={t.search.boxLabel}
        aria-keyshortcuts={isMacLike(shortcut) ? 'Meta+Shift+F' : 'Control+Shift+F'}
        title={`${t.search.boxLabel} (${shortcut})`}
        spellCheck={false}
        data-testid="search-box"
      />
      {search.text ? (
        <button type="button" className="search-box-clear" onClick={() => search.setText('')} aria-label={t.search.clear} title={t.search.clear}>
          <X size={14} aria-hidden="true" />
        </button>
      ) : (
        <kbd className="search-box-kbd" aria-hidden="true">
          {shortcut}
        </kbd>
      )}
    </div>
  );
}

const isMacLike = (label: string) => label.includes('⌘');
