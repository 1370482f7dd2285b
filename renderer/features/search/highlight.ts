/** A snippet cut into plain and highlighted pieces, in order (highlights may overlap or be unsorted). */
export function highlightSegments(snippet: string, highlights: readonly { start: number; end: number }[]): { text: string; isMatch: boolean }[] {
  const spans = [...highlights].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  const out: { text: string; isMatch: boolean }[] = [];
  let at = 0;
  for (const h of spans) {
    const start = Math.max(at, Math.min(h.start, snippet.length));
    const end = Math.min(h.end, snippet.length);
    if (end <= start) continue;
    if (start > at) out.push({ text: snippet.slice(at, start), isMatch: false });
    out.push({ text: snippet.slice(start, end), isMatch: true });
    at = end;
  }
  if (at < snippet.length) out.push({ text: snippet.slice(at), isMatch: false });
  return out;
}

/** `83000` → `01:23`, `3723000` → `1:02:03` (as the transcript's margin shows times). */
export function formatTimestamp(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
