import type { IncomingMessage } from 'node:http';
import { stringifyExact, type SandboxOptions } from '../../src/data/sandbox/index.js';
import { createSandboxHandler, sandboxSources } from '../sandbox-handler.js';
import { sendError, setCommonHeaders } from './errors.js';
import {
  admit,
  createFront,
  failUnexpectedly,
  spendBudget,
  type FrontOptions,
  type ProxyHandler,
} from './front.js';
import { handlePayout, payoutPolicy, type PayoutBackend, type PayoutOptions } from './payout.js';

export interface SandboxProxyOptions extends FrontOptions {
  /** The sandbox's own options: seed, anchor date, latency, scenario, page size. */
  sandbox?: SandboxOptions;
  /**
   * Whose rate budget a request spends. Default: one budget per client address, as if each
   * visitor of the demo were a seller.
   */
  sellerId?: (req: IncomingMessage) => string | undefined;
  /**
   * On-demand payouts against the sandbox, behind the same checks as `createSpApiProxy`'s
   * (origins, custom header, JSON, the body, `authorizePayout`, the 24-hour memory). Off unless
   * `enabled`.
   */
  payouts?: PayoutOptions;
}

/** The sandbox needs none; the payout path's types carry credentials for the real proxy. */
const NO_CREDENTIALS = Object.freeze({ clientId: '', clientSecret: '', refreshToken: '' });

/**
 * The same front as `createSpApiProxy` (allowlist, parameter validation, per-seller rate limit)
 * with the built-in sandbox behind it instead of Amazon: no credentials, realistic data, and the
 * demo behaves as production does (a burst of requests gets a 429 with `Retry-After`).
 */
export function createSandboxProxy(options: SandboxProxyOptions = {}): ProxyHandler {
  const payouts = payoutPolicy(options.payouts, 0);
  const front = createFront(options, payouts ? ['initiatePayout'] : []);
  const sources = sandboxSources(options.sandbox);
  const sandbox = createSandboxHandler(options.sandbox, sources);
  const sellerOf = (req: IncomingMessage) =>
    options.sellerId?.(req) ?? `visitor:${req.socket?.remoteAddress ?? 'unknown'}`;
  const payoutBackend: PayoutBackend = {
    seller: async (req) => {
      const name = sellerOf(req);
      return { key: encodeURIComponent(name), name, credentials: NO_CREDENTIALS };
    },
    async post(seller, body) {
      const exchange = await sources(undefined).respond(
        'initiatePayout',
        JSON.parse(String(body)),
        {
          session: seller.name,
        },
      );
      if (exchange.kind === 'network') return { kind: 'unanswered', failure: 'network' };
      const headers = Object.fromEntries(
        Object.entries(exchange.headers).map(([name, value]) => [name.toLowerCase(), value]),
      );
      const bytes = Buffer.from(stringifyExact(exchange.body));
      return { kind: 'answered', response: { status: exchange.status, headers, body: bytes } };
    },
    send(res, response) {
      res.statusCode = response.status;
      setCommonHeaders(res);
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) res.setHeader(name, value);
      }
      res.end(response.body);
    },
  };
  return async function sandboxProxy(req, res, next) {
    const started = front.now();
    const allowed = admit(front, req, res, next);
    if (!allowed) return;
    if (allowed.operation === 'initiatePayout' && payouts) {
      return handlePayout(front, payouts, payoutBackend, req, res);
    }
    try {
      const seller = sellerOf(req);
      if (!(await spendBudget(front, res, allowed.operation, encodeURIComponent(seller)))) {
        front.log.write('info', 'sandbox proxy', { operation: allowed.operation, status: 429 });
        return;
      }
      // The sandbox sees the canonical SP-API path and the validated query, nothing else, in
      // the visitor's own session: one visitor's payout is not another's.
      req.url = `/session/${encodeURIComponent(seller)}${allowed.target}`;
      setCommonHeaders(res);
      sandbox(req, res, () =>
        sendError(res, 404, { code: 'NotFound', message: 'The sandbox has no answer for this.' }),
      );
      res.once('finish', () =>
        front.log.write('info', 'sandbox proxy', {
          operation: allowed.operation,
          status: res.statusCode,
          ms: front.now() - started,
        }),
      );
    } catch (error) {
      failUnexpectedly(front, res, error);
    }
  };
}
