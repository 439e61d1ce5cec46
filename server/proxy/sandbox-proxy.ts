import type { IncomingMessage } from 'node:http';
import type { SandboxOptions } from '../../src/data/sandbox/index.js';
import { createSandboxHandler } from '../sandbox-handler.js';
import { sendError, setCommonHeaders } from './errors.js';
import {
  admit,
  createFront,
  failUnexpectedly,
  spendBudget,
  type FrontOptions,
  type ProxyHandler,
} from './front.js';

export interface SandboxProxyOptions extends FrontOptions {
  /** The sandbox's own options: seed, anchor date, latency, scenario, page size. */
  sandbox?: SandboxOptions;
  /**
   * Whose rate budget a request spends. Default: one budget per client address, as if each
   * visitor of the demo were a seller.
   */
  sellerId?: (req: IncomingMessage) => string | undefined;
}

/**
 * The same front as `createSpApiProxy` (allowlist, parameter validation, per-seller rate limit)
 * with the built-in sandbox behind it instead of Amazon: no credentials, realistic data, and the
 * demo behaves as production does (a burst of requests gets a 429 with `Retry-After`).
 */
export function createSandboxProxy(options: SandboxProxyOptions = {}): ProxyHandler {
  const front = createFront(options);
  const sandbox = createSandboxHandler(options.sandbox);
  return async function sandboxProxy(req, res, next) {
    const started = front.now();
    const allowed = admit(front, req, res, next);
    if (!allowed) return;
    try {
      const seller = options.sellerId?.(req) ?? `visitor:${req.socket?.remoteAddress ?? 'unknown'}`;
      if (!(await spendBudget(front, res, allowed.operation, encodeURIComponent(seller)))) {
        front.log.write('info', 'sandbox proxy', { operation: allowed.operation, status: 429 });
        return;
      }
      // The sandbox sees the canonical SP-API path and the validated query, nothing else.
      req.url = allowed.target;
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
