/**
 * Runs `fn` once the next frame is painted (at the latest 50 ms later): refreshing lists must not
 * delay showing what the user just did.
 */
export function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 50);
}
