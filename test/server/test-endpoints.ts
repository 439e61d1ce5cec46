import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Scripted HTTP endpoints for the data layer's tests, mounted by web-test-runner.config.js at
 * `/__test` (the handler sees the path below it). Every test uses its own key, so tests are
 * isolated even when they run side by side:
 *
 * - `POST /<key>/script` with `{steps: Step[]}` scripts the answers for that key: the n-th
 *   request gets the n-th step, and the last step repeats. Unscripted keys answer `200 {}`.
 * - `GET /<key>/stats` tells what the server saw: every request's URL, query, headers, arrival
 *   time, and whether the client went away before the answer was sent.
 * - any other `/<key>/...` path (e.g. `/<key>/finances/2024-06-19/balances?...`) is a request
 *   answered from the script: the client under test uses `/__test/<key>` as its base URL.
 */

/** One scripted answer. */
export interface Step {
  /** Default 200. */
  status?: number;
  headers?: Record<string, string>;
  /** Raw text is sent verbatim (exact JSON numbers, non-JSON errors); anything else as JSON. */
  body?: unknown;
  /** Wait this long before answering (timeouts, coalescing, aborts). */
  delayMs?: number;
  /**
   * Drop the connection halfway through the body: a network error for the client. (Dropping it
   * before any answer is no use: Chromium silently retries such requests on a new connection.)
   */
  destroy?: boolean;
  /** Send `Retry-After` as an HTTP date this many ms in the future, rounded up to a second. */
  retryAfterDateInMs?: number;
}

/** What `GET /<key>/stats` returns for each request. */
export interface SeenRequest {
  /** The path and query as the client sent them (below the key), e.g. `/finances/...?...`. */
  url: string;
  method: string;
  /** The request body as text (a POST's JSON), as it arrived. */
  body: string;
  /** Query parameters, decoded. */
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Arrival time in ms, monotonic (for gaps between requests). */
  at: number;
  /** Arrival time by the wall clock (`Date.now()`), to compare with HTTP dates. */
  wallClock: number;
  /** The client closed the connection before the answer was complete. */
  aborted: boolean;
  /** The headers of the answer sent (e.g. a computed `retry-after` date). */
  responseHeaders?: Record<string, unknown>;
}

export interface Stats {
  count: number;
  requests: SeenRequest[];
}

interface KeyState {
  steps: Step[];
  requests: SeenRequest[];
}

export function testEndpoints() {
  const keys = new Map<string, KeyState>();
  const stateOf = (key: string) => {
    let state = keys.get(key);
    if (!state) {
      state = { steps: [], requests: [] };
      keys.set(key, state);
    }
    return state;
  };

  return (req: IncomingMessage, res: ServerResponse, next?: () => void) => {
    const url = new URL(req.url ?? '/', 'http://test.invalid');
    if (url.pathname.startsWith('/echo')) {
      sendJson(res, 200, { url: req.url });
      return;
    }
    const match = /^\/([^/]+)(\/.*)?$/.exec(url.pathname);
    if (!match) {
      next?.();
      return;
    }
    const state = stateOf(match[1]!);
    const rest = match[2] ?? '/';
    if (rest === '/script' && req.method === 'POST') {
      void readBody(req).then((text) => {
        state.steps = (JSON.parse(text) as { steps: Step[] }).steps;
        state.requests = [];
        res.statusCode = 204;
        res.end();
      });
      return;
    }
    if (rest === '/stats') {
      const stats: Stats = { count: state.requests.length, requests: state.requests };
      sendJson(res, 200, stats);
      return;
    }
    answer(state, req, res, rest + url.search);
  };
}

function answer(state: KeyState, req: IncomingMessage, res: ServerResponse, url: string) {
  const seen: SeenRequest = {
    url,
    method: req.method ?? 'GET',
    body: '',
    query: Object.fromEntries(new URL(url, 'http://test.invalid').searchParams),
    headers: { ...req.headers },
    at: performance.now(),
    wallClock: Date.now(),
    aborted: false,
  };
  const index = state.requests.push(seen) - 1;
  req.on('data', (chunk: Buffer) => (seen.body += chunk.toString('utf8')));
  res.on('close', () => {
    if (!res.writableFinished) seen.aborted = true;
  });
  const step = state.steps[Math.min(index, state.steps.length - 1)] ?? { body: {} };
  setTimeout(() => send(step, seen, req, res), step.delayMs ?? 0);
}

function send(step: Step, seen: SeenRequest, req: IncomingMessage, res: ServerResponse) {
  if (res.destroyed) return;
  if (step.destroy) {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"payouts": [', () => req.socket.destroy());
    return;
  }
  res.statusCode = step.status ?? 200;
  // Never let the browser's HTTP cache answer: every request must reach the server and count.
  res.setHeader('cache-control', 'no-store');
  if (step.body !== undefined && !('content-type' in (step.headers ?? {}))) {
    res.setHeader('content-type', 'application/json');
  }
  for (const [name, value] of Object.entries(step.headers ?? {})) res.setHeader(name, value);
  if (step.retryAfterDateInMs !== undefined) {
    const at = Math.ceil((Date.now() + step.retryAfterDateInMs) / 1000) * 1000;
    res.setHeader('retry-after', new Date(at).toUTCString());
  }
  seen.responseHeaders = { ...res.getHeaders() };
  if (step.body === undefined) res.end();
  else res.end(typeof step.body === 'string' ? step.body : JSON.stringify(step.body));
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('cache-control', 'no-store');
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
