import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { noFilters, SearchContext, type FilterState, type SearchState } from '../search-context';

/** Typing pauses this long before the search runs (Enter runs it at once). */
const TYPING_PAUSE_MS = 250;

export type SearchProviderProps = {
  children: ReactNode;
  /** The user asked to see results (the results live in the coding view: the shell brings it forward). */
  onShow?: () => void;
};

export function SearchProvider({ children, onShow }: SearchProviderProps) {
  const [text, setTextState] = useState('');
  const [query, setQuery] = useState('');
  const [filters, setFiltersState] = useState<FilterState>(noFilters);
  const [selected, setSelectedState] = useState<ReadonlySet<string>>(new Set());
  const [showRequest, setShowRequest] = useState(0);
  const box = useRef<(() => void) | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestOnShow = useRef(onShow);
  useEffect(() => {
    latestOnShow.current = onShow;
  });
  const show = useCallback(() => {
    setShowRequest((n) => n + 1);
    latestOnShow.current?.();
  }, []);

  const run = useCallback((q: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setQuery((previous) => {
      // Ticked hits belong to the results they were ticked in.
      if (previous !== q) setSelectedState(new Set());
      return q;
    });
    if (q.trim()) show();
  }, [show]);

  const setText = useCallback(
    (next: string) => {
      setTextState(next);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => run(next), TYPING_PAUSE_MS);
    },
    [run],
  );
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const state = useMemo<SearchState>(
    () => ({
      text,
      setText,
      query,
      submit: (q = text) => run(q),
      filters,
      setFilters: (update) => {
        setFiltersState(update);
        setSelectedState(new Set());
      },
      selected,
      setSelected: setSelectedState,
      showRequest,
      focusBox: () => {
        box.current?.();
        show();
      },
      registerBox: (focus) => {
        box.current = focus;
      },
    }),
    [text, setText, query, run, show, filters, selected, showRequest],
  );
  return <SearchContext.Provider value={state}>{children}</SearchContext.Provider>;
}
