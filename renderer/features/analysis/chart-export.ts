import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';

/**
 * The markup of an SVG element rendered off screen. Exports draw the chart again with print colours
 * (CSS variables mean nothing outside the app), so the file looks the same in any viewer.
 */
export function renderSvgMarkup(element: ReactElement): string {
  const host = document.createElement('div');
  const root = createRoot(host);
  try {
    flushSync(() => root.render(element));
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('Nothing rendered');
    // Interactive hooks (tab stops, roles) mean nothing in a file.
    for (const el of svg.querySelectorAll('[tabindex],[role="button"],[data-testid]')) {
      el.removeAttribute('tabindex');
      el.removeAttribute('data-testid');
      if (el.getAttribute('role') === 'button') el.removeAttribute('role');
    }
    // The serializer declares the SVG namespace itself; an explicit attribute would be declared twice.
    svg.removeAttribute('xmlns');
    svg.removeAttribute('class');
    svg.removeAttribute('data-testid');
    return new XMLSerializer().serializeToString(svg);
  } finally {
    root.unmount();
  }
}
