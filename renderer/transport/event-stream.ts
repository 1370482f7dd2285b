/**
 * Server-Sent Events read with `fetch` and a ReadableStream (EventSource cannot send the token
 * header). Reconnects with a growing delay when the stream drops.
 */
export type SseEvent = { event: string; data: string };

/** Splits a text stream into SSE events; keeps an incomplete tail for the next chunk. */
export function createSseParser(onEvent: (e: SseEvent) => void): (chunk: string) => void {
  let buffer = '';
  return (chunk) => {
    buffer = (buffer + chunk).replace(/\r\n?/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line === '' || line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length > 0) onEvent({ event, data: data.join('\n') });
      end = buffer.indexOf('\n\n');
    }
  };
}

export type EventStreamOptions = {
  url: string;
  headers: Record<string, string>;
  onEvent: (e: SseEvent) => void;
  /** Called each time the stream is (re)connected; `reconnected` is false the first time. */
  onOpen?: (reconnected: boolean) => void;
  /** Called when the server refuses the stream for good (403): no retry. */
  onRefused?: () => void;
  fetch?: typeof fetch;
  initialDelayMs?: number;
  maxDelayMs?: number;
};

export function openEventStream(options: EventStreamOptions): () => void {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 10_000;
  let delay = initial;
  let closed = false;
  let opened = false;
  let controller: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const retry = () => {
    if (closed) return;
    timer = setTimeout(connect, delay);
    delay = Math.min(delay * 2, max);
  };

  async function connect(): Promise<void> {
    if (closed) return;
    controller = new AbortController();
    try {
      const res = await doFetch(options.url, { headers: options.headers, signal: controller.signal, cache: 'no-store' });
      if (res.status === 403) {
        options.onRefused?.();
        return;
      }
      if (!res.ok || !res.body) throw new Error(`HTTP ${res.status}`);
      options.onOpen?.(opened);
      opened = true;
      delay = initial;
      const parse = createSseParser(options.onEvent);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parse(value);
      }
    } catch {
      // A dropped or refused connection: fall through to the retry below.
    }
    retry();
  }

  void connect();
  return () => {
    closed = true;
    if (timer !== undefined) clearTimeout(timer);
    controller?.abort();
  };
}
