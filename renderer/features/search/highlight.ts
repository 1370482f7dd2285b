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
