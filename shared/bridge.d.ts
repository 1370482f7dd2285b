/** What the Electron preload exposes on `window.bridge` (absent in browser mode). */
export interface Bridge {
  invoke(method: string, input: unknown): Promise<unknown>;
  on(listener: (name: string, payload: unknown) => void): () => void;
  /** The path of a dropped file (Electron's webUtils.getPathForFile). */
  pathOf(file: File): string;
}

declare global {
  interface Window {
    bridge?: Bridge;
  }
}
