/**
 * The built-in sandbox served over the real HTTP contract: each operation's SP-API path, JSON
 * whose amounts are exact JSON numbers (`9007199254740993.07` digit for digit), `x-amzn-RequestId`,
 * `x-amzn-RateLimit-Limit`, and SP-API ErrorLists. Vite's dev server mounts it at `/sandbox`
 * for the demo and the test runner mounts it as middleware, so both exercise `HttpDataSource`
 * for real. Node only; it imports nothing but the library's pure modules.
 *
 * Mounted at `/sandbox`, the handler sees paths below the mount point:
 *
 * ```
 * GET /sandbox/finances/2024-06-19/balances?marketplaceId=ATVPDKIKX0DER
 * GET /sandbox/finances/2024-06-19/summary?relatedIdentifierName=SETTLEMENT_ID&relatedIdentifierValue=…
 * GET /sandbox/finances/transfers/2024-06-01/payouts?marketplaceIds=ATVPDKIKX0DER
 * GET /sandbox/finances/transfers/2024-06-01/payouts/expected
 * GET /sandbox/finances/2024-06-19/transactions?postedAfter=2026-11-01  (in the published `payload` envelope)
 * GET /sandbox/finances/transfers/2024-06-01/paymentMethods?marketplaceId=A1PA6795UKMFR9
 * POST /sandbox/finances/transfers/2024-06-01/payouts  {"marketplaceId": "…", "accountType": "Standard Orders"}
 * ```
 *
 * Options go in `name/value` path segments before the SP-API path, so an element's `base-url`
 * can select them:
 *
 * | segment | effect |
 * |---|---|
 * | `scenario/<name>` | one of `SCENARIOS` (e.g. `base-url="/sandbox/scenario/error-403"`) |
 * | `seed/<n>` | another fictional seller's data |
 * | `session/<id>` | separate counters for the `flaky-*` scenarios (one per test) |
 * | `failures/<n>` | how often each distinct request fails in `flaky-*` (default 2) |
 * | `retry-after/<s>` | the `Retry-After` of 429s, in seconds (default 1) |
 * | `latency/<ms>` | delay every answer |
 *
 * e.g. `/sandbox/scenario/flaky-503/session/t1/finances/transfers/2024-06-01/payouts`.
 * Other paths go to `next()` when there is one, else 404; other methods are 405. A payout's
 * 24-hour memory is per `session/<id>`, so give each test its own.
 * The `network` scenario destroys the socket; `pending` never answers (until the client goes).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { methodsAt, operationForPath, parseQueryString } from '../src/api/operations.js';
import {
  isScenarioName,
  SandboxDataSource,
  SCENARIO_NAMES,
  stringifyExact,
  type SandboxOptions,
  type SandboxRequestOptions,
} from '../src/data/sandbox/index.js';
import { Random } from '../src/data/sandbox/random.js';
import { errorList } from '../src/data/sandbox/scenarios.js';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

const NUMBER_SEGMENTS = new Set(['seed', 'failures', 'retry-after', 'latency']);
const SEGMENT_NAMES = new Set([...NUMBER_SEGMENTS, 'scenario', 'session']);

interface Route {
  path: string;
  seed?: number;
  request: SandboxRequestOptions;
}

/** Splits `/scenario/x/seed/2/finances/…` into the options and the SP-API path. */
function route(pathname: string): Route | undefined {
  const segments = pathname.split('/').slice(1);
  const request: SandboxRequestOptions = {};
  const result: Route = { path: '', request };
  let i = 0;
  while (i < segments.length && segments[i] !== 'finances') {
    const name = segments[i]!;
    const raw = segments[i + 1];
    if (!SEGMENT_NAMES.has(name) || raw === undefined) return undefined;
    const value = decodeURIComponent(raw);
    const number = Number(value);
    if (NUMBER_SEGMENTS.has(name) && (value === '' || !Number.isFinite(number) || number < 0)) {
      return undefined;
    }
    if (name === 'scenario') request.scenario = value as SandboxRequestOptions['scenario'];
    else if (name === 'session') request.session = value;
    else if (name === 'seed') result.seed = number;
    else if (name === 'failures') request.failures = number;
    else if (name === 'retry-after') request.retryAfterSeconds = number;
    else request.latencyMs = number;
    i += 2;
  }
  result.path = `/${segments.slice(i).join('/')}`;
  return result;
}

/** A POST body as JSON; anything unreadable is an empty request, which the sandbox refuses. */
function readJsonBody(req: IncomingMessage): Promise<Record<string, string>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 4096) chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        resolve(value && typeof value === 'object' ? (value as Record<string, string>) : {});
      } catch {
        resolve({});
      }
    });
    req.on('error', () => resolve({}));
  });
}

let handlerErrors = 0;

function sendError(
  res: ServerResponse,
  status: number,
  message?: string,
  headers: Record<string, string> = {},
) {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.setHeader('x-amzn-RequestId', new Random(0, 'handler', String(++handlerErrors)).uuid());
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(errorList(status, message ? { message, details: undefined } : {})));
}

/**
 * One `SandboxDataSource` per seed, made on first use, so `flaky-*` counters and payouts made
 * live as long as the server. `options` are the defaults for every request.
 */
export function sandboxSources(
  options: SandboxOptions = {},
): (seed: number | undefined) => SandboxDataSource {
  const sources = new Map<number, SandboxDataSource>();
  return (seed) => {
    const key = seed ?? options.seed ?? 1;
    let source = sources.get(key);
    if (!source) {
      source = new SandboxDataSource({ ...options, seed: key });
      sources.set(key, source);
    }
    return source;
  };
}

/**
 * A Node `(req, res, next?)` handler serving the sandbox (`sourceFor` picks the data source of
 * a seed; the sandbox proxy shares it with its payout path).
 */
export function createSandboxHandler(
  options: SandboxOptions = {},
  sourceFor: (seed: number | undefined) => SandboxDataSource = sandboxSources(options),
): NodeHandler {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    let found: Route | undefined;
    try {
      found = route(url.pathname);
    } catch {
      found = undefined; // a malformed %-escape is not a sandbox path
    }
    const allow = found ? methodsAt(found.path) : [];
    if (!found || allow.length === 0) {
      if (next) return next();
      return sendError(res, 404, `No sandbox operation at ${url.pathname}`);
    }
    const operation = operationForPath(found.path, req.method);
    if (!operation) return sendError(res, 405, undefined, { Allow: allow.join(', ') });
    if (found.request.scenario !== undefined && !isScenarioName(found.request.scenario)) {
      return sendError(
        res,
        404,
        `Unknown sandbox scenario "${found.request.scenario}"; known: ${SCENARIO_NAMES.join(', ')}.`,
      );
    }
    const controller = new AbortController();
    res.on('close', () => controller.abort());
    const input =
      operation === 'initiatePayout'
        ? readJsonBody(req)
        : Promise.resolve(parseQueryString(operation, url.searchParams));
    input
      .then((query) =>
        sourceFor(found.seed).respond(operation, query, {
          ...found.request,
          signal: controller.signal,
        }),
      )
      .then(
        (exchange) => {
          if (res.writableEnded || res.destroyed) return;
          if (exchange.kind === 'network') {
            req.socket.destroy();
            return;
          }
          res.statusCode = exchange.status;
          for (const [name, value] of Object.entries(exchange.headers)) res.setHeader(name, value);
          res.end(stringifyExact(exchange.body));
        },
        (error: unknown) => {
          if (controller.signal.aborted || res.writableEnded || res.destroyed) return;
          sendError(res, 500, error instanceof Error ? error.message : undefined);
        },
      );
  };
}
