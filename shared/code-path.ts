/**
 * Code paths as the CLI and exports write them: `Parent/Child`, with a `/` inside a name written
 * `\/` (and a backslash written `\\`), so that any name survives the round trip.
 */
export function joinCodePath(names: readonly string[]): string {
  return names.map((n) => n.replace(/\\/g, '\\\\').replace(/\//g, '\\/')).join('/');
}

export function splitCodePath(path: string): string[] {
  const names: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === '\\' && i + 1 < path.length) {
      current += path[++i]!;
    } else if (ch === '/') {
      names.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  names.push(current);
  return names.map((n) => n.trim());
}
