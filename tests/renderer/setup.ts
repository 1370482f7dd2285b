/**
 * jsdom setup for renderer tests: Testing Library cleanup, and the layout APIs that CodeMirror
 * calls but jsdom does not implement (it has no layout: everything measures as zero).
 */
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Whole-app renders take seconds on a busy two-core machine: findBy*/waitFor wait up to 5 s (the
// default second made tests fail by load alone; a real failure still fails, only later).
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  window.sessionStorage.clear();
});

const emptyRects = (): DOMRectList => {
  const list = { length: 0, item: () => null, [Symbol.iterator]: function* () {} };
  return list as unknown as DOMRectList;
};
const zeroRect = () => new DOMRect(0, 0, 0, 0);

if (!Range.prototype.getClientRects) Range.prototype.getClientRects = emptyRects;
if (!Range.prototype.getBoundingClientRect) Range.prototype.getBoundingClientRect = zeroRect;
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => undefined;
if (!document.elementFromPoint) document.elementFromPoint = () => null;
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;
}
