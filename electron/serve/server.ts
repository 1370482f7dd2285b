import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Session } from '../core/session';
import type { Result } from '../../shared/result';
import { CONTENT_SECURITY_POLICY, readStatic, resolveStatic } from './static-files';

/** The header every API request carries; the printed URL hands the token to the page once. */
export const TOKEN_HEADER = 'x-verbatim-token';
const MAX_JSON_BYTES = 20 * 1024 * 1024;
const MAX_UPLOAD_BYTES = 2 * 1024 * 1024 * 1024;

export type EventSink = (name: string, payload: unknown) => void;

export type ServerOptions = {
  session: Session;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** Where uploaded files are staged before import; emptied when the server stops. */
  stagingDir: string;
  /** Exports written without a chosen path land here; `GET /api/download/<id>/<name>` serves them. */
  downloadsDir?: string;
  port?: number;
  token?: string;
  checkOutput?: boolean;
};

export type RunningServer = {
  server: Server;
  url: string;
  origin: string;
  token: string;
  /** Sends an event to every connected page (wire this to the session's `emit`). */
  broadcast: EventSink;
  close(): Promise<void>;
};

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(text);
};

const refuse = (res: ServerResponse, message: string) =>
  json(res, 403, { ok: false, error: { code: 'FORBIDDEN', message } } satisfies Result<never>);

/** A request body over the limit: told apart from a body that is not JSON. */
class BodyTooLarge extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLarge(`Request body over ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** An uploaded file's name as given, made safe to create in a staging folder; null when it names no file. */
export function stagedNameOf(raw: string | null): string | null {
  const name = basename(raw ?? 'upload').replace(/[\\/:*?"<>|\0]/g, '_').trim();
  return name === '' || name === '.' || name === '..' ? null : name;
}

/** Strings of a call's input (one level deep, and arrays of them): where staged paths appear. */
const pathsIn = (input: unknown): string[] =>
  input && typeof input === 'object'
    ? Object.values(input).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []))
    : [];

/** Removes the staging folders of the uploads a call used: uploaded transcripts are confidential. */
function removeStagedUploads(stagingDir: string, input: unknown, keep: ReadonlySet<string> = new Set()): void {
  const root = resolve(stagingDir) + sep;
  for (const path of pathsIn(input)) {
    const abs = resolve(path);
    if (!abs.startsWith(root) || keep.has(abs)) continue;
    const folder = abs.slice(root.length).split(sep)[0];
    if (folder) rmSync(join(root, folder), { recursive: true, force: true });
  }
}

/** Paths `documents:import` left out as already in the project (kept for “Import anyway”). */
function duplicatesOf(method: string, result: { ok: boolean; value?: unknown }): Set<string> {
  if (method !== 'documents:import' || !result.ok) return new Set();
  const duplicates = (result.value as { duplicates?: { path?: string }[] } | undefined)?.duplicates ?? [];
  return new Set(duplicates.flatMap((d) => (typeof d.path === 'string' ? [resolve(d.path)] : [])));
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Browser mode: the renderer and the core served on 127.0.0.1 only. API requests need the run's
 * token, a Host of this server (no DNS rebinding) and, when the browser sends one, an Origin of this
 * server; POSTs must send it. Static files carry no data and need no token.
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const clients = new Set<ServerResponse>();
  mkdirSync(options.stagingDir, { recursive: true });
  let origin = '';
  let hosts = new Set<string>();
  let origins = new Set<string>();

  const isTrusted = (req: IncomingMessage): string | null => {
    if (!hosts.has(String(req.headers.host ?? ''))) return 'Unknown host';
    const sentOrigin = req.headers.origin;
    // The page may be opened as localhost or 127.0.0.1: both are this server (only it listens there).
    if (sentOrigin !== undefined && !origins.has(sentOrigin)) return 'Cross-origin request refused';
    if (req.method === 'POST' && sentOrigin === undefined) return 'Missing Origin header';
    const sentToken = req.headers[TOKEN_HEADER];
    if (typeof sentToken !== 'string' || !sameSecret(sentToken, token)) return 'Missing or wrong token';
    return null;
  };

  const handleApi = async (req: IncomingMessage, res: ServerResponse, path: string) => {
    const problem = isTrusted(req);
    if (problem) return refuse(res, problem);

    if (req.method === 'GET' && path === '/api/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
      req.on('close', () => {
        clearInterval(ping);
        clients.delete(res);
      });
      return;
    }

    if (req.method === 'GET' && path.startsWith('/api/download/') && options.downloadsDir) {
      const file = resolveStatic(options.downloadsDir, path.slice('/api/download'.length));
      if (!file || !existsSync(file) || !statSync(file).isFile()) return json(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such export' } });
      res.writeHead(200, {
        'content-type': 'application/octet-stream',
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(basename(file))}`,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
      return;
    }

    if (req.method === 'POST' && path === '/api/upload') {
      const given = new URL(req.url ?? '', origin).searchParams.get('name');
      const name = stagedNameOf(given);
      if (name === null) {
        req.resume();
        return json(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: `“${given ?? ''}” is not a file name: nothing was uploaded` } });
      }
      const dir = join(options.stagingDir, randomUUID());
      mkdirSync(dir, { recursive: true });
      const target = join(dir, name);
      let size = 0;
      let tooLarge = false;
      req.on('data', (c: Buffer) => {
        size += c.length;
        if (size > MAX_UPLOAD_BYTES && !tooLarge) {
          tooLarge = true;
          req.destroy(new Error('Upload too large'));
        }
      });
      try {
        await pipeline(req, createWriteStream(target));
      } catch (e) {
        rmSync(dir, { recursive: true, force: true });
        if (tooLarge) return json(res, 413, { ok: false, error: { code: 'FILE_TOO_LARGE', message: `“${name}” is too large to upload (over ${MAX_UPLOAD_BYTES / 2 ** 30} GB)` } });
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOSPC') return json(res, 507, { ok: false, error: { code: 'DISK_FULL', message: `The disk is full: “${name}” was not uploaded` } });
        return json(res, 500, { ok: false, error: { code: 'INTERNAL', message: `“${name}” could not be uploaded: ${(e as Error).message}` } });
      }
      return json(res, 200, { ok: true, value: { path: target } });
    }

    if (req.method === 'POST' && path.startsWith('/api/')) {
      const method = decodeURIComponent(path.slice('/api/'.length));
      let input: unknown;
      try {
        const body = await readBody(req, MAX_JSON_BYTES);
        input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch (e) {
        if (e instanceof BodyTooLarge) {
          return json(res, 413, { ok: false, error: { code: 'FILE_TOO_LARGE', message: `The request is over ${MAX_JSON_BYTES / 2 ** 20} MB: send files through /api/upload` } });
        }
        return json(res, 400, { ok: false, error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON' } });
      }
      const checkOutput = options.checkOutput ?? false;
      const started = performance.now();
      const result = await options.session.dispatch(method, input, { checkOutput });
      // An upload serves one call (import, participants, word list): its copy goes at once — except
      // a transcript the import left out as a duplicate, which the user may import anyway next.
      removeStagedUploads(options.stagingDir, input, duplicatesOf(method, result));
      // The core's share of a call, for the browser's network panel and the UI benchmark.
      return json(res, 200, result, { 'server-timing': `core;dur=${(performance.now() - started).toFixed(2)}` });
    }

    return json(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `No API route ${req.method} ${path}` } });
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path.startsWith('/api/')) {
      handleApi(req, res, path).catch((e: unknown) => {
        console.error('[serve]', e);
        if (!res.headersSent) json(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Unexpected server error' } });
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { ok: false, error: { code: 'INVALID_INPUT', message: 'Method not allowed' } });
    void readStatic(options.staticDir, path).then((file) => {
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end('Not found');
      }
      res.writeHead(200, {
        'content-type': file.type,
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(req.method === 'HEAD' ? undefined : file.body);
    });
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  origins = new Set([...hosts].map((h) => `http://${h}`));

  const broadcast: EventSink = (name, payload) => {
    const frame = `event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const c of clients) c.write(frame);
  };

  return {
    server,
    url: `${origin}/#token=${token}`,
    origin,
    token,
    broadcast,
    close: () =>
      new Promise<void>((done) => {
        for (const c of clients) c.end();
        clients.clear();
        server.closeAllConnections();
        server.close(() => done());
        rmSync(options.stagingDir, { recursive: true, force: true });
      }),
  };
}
