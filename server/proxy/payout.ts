import type { IncomingMessage, ServerResponse } from 'node:http';
import { toCode } from '../../src/api/enums.js';
import {
  PAYOUT_ACCOUNT_TYPE,
  PAYOUT_ERROR_CODES,
  PAYOUT_MARKETPLACE_IDS,
  PAYOUT_REPEAT_MS,
  WRITE_REQUEST_HEADER,
} from '../../src/api/on-demand-payout.js';
import type { InitiatePayoutRequest } from '../../src/api/operations.js';
import { canonicalOrigin } from './cors.js';
import { sendError, type ProxyErrorEntry } from './errors.js';
import { failUnexpectedly, spendBudget, type Front } from './front.js';
import { StoreUnavailableError } from './guarded-store.js';
import type { LwaCredentials } from './lwa.js';
import type { UpstreamFailure, UpstreamResponse } from './upstream.js';

/**
 * `initiatePayout` through the reference proxy: the one request that moves money. Off unless
 * the host turns it on, and then guarded in this order, each refusal answered here without
 * calling Amazon:
 *
 * 1. cross-site requests: the `Origin` must be one the host listed, the request must carry
 *    `X-Requested-With: sp-finance-widgets` (a form cannot) and be `application/json`;
 * 2. the body: exactly `marketplaceId` (one of the eight EU stores) and `accountType`
 *    ("Standard Orders"), else 400;
 * 3. the seller (`credentials(req)`), then the host's `authorizePayout(req, payout)`;
 * 4. one attempt at a time per seller, store and account type (409 `PayoutInProgress`), a
 *    payout already made in the last 24 hours (409 `PayoutAlreadyRequested` with
 *    `Retry-After`), and the seller's budget of 0.017 requests/s, burst 2 (429); all three in
 *    the shared store, so every instance behind one Redis allows only what Amazon allows;
 * 5. one POST to Amazon, never retried (not even with a fresh token), never aborted when the
 *    browser leaves, so its outcome is always known and remembered.
 *
 * Every attempt writes one audit line: seller, store, account type, result, status and
 * Amazon's request id. Never a token: lines are redacted like every other.
 */

/** The host's decision: may this request (its signed-in user) move this seller's money? */
export type PayoutAuthorizer = (
  req: IncomingMessage,
  payout: InitiatePayoutRequest & {
    /** The seller: `sellerId` from `credentials(req)`, else the proxy's key for the seller. */
    seller: string;
  },
) => boolean | Promise<boolean>;

export interface PayoutOptions {
  /** `true` turns `initiatePayout` on. Anything else leaves it answering 405. */
  enabled: boolean;
  /** The origins a payout request may come from (the portal's own), checked on `Origin`. */
  origins: readonly string[];
  /**
   * Decides each request: a signed-in user's role, a recent re-authentication. Return `true`
   * to let it through; `false` answers 403 `PayoutNotAuthorized`.
   */
  authorizePayout: PayoutAuthorizer;
}

export interface PayoutPolicy {
  origins: ReadonlySet<string>;
  authorize: PayoutAuthorizer;
  /** How long one attempt may hold its lock: longer than Amazon and LWA may take together. */
  lockMs: number;
}

/** The policy for enabled payouts, or `undefined` when they are off; bad options throw. */
export function payoutPolicy(
  options: PayoutOptions | undefined,
  attemptMs: number,
): PayoutPolicy | undefined {
  if (!options || options.enabled !== true) return undefined;
  if (typeof options.authorizePayout !== 'function') {
    throw new TypeError('payouts.enabled needs an authorizePayout(req, payout) function');
  }
  if (!Array.isArray(options.origins) || options.origins.length === 0) {
    throw new TypeError('payouts.enabled needs payouts.origins: the origins of your pages');
  }
  return {
    origins: new Set(options.origins.map((origin) => canonicalOrigin(origin, 'payouts.origins'))),
    authorize: options.authorizePayout,
    lockMs: attemptMs + 5_000,
  };
}

/** What the proxy needs from its SP-API side to make the one call. */
export interface PayoutBackend {
  /** Answers 401/500 itself and resolves `undefined` when there is no seller. */
  seller(
    req: IncomingMessage,
    res: ServerResponse,
    secrets: string[],
  ): Promise<PayoutSeller | undefined>;
  /** One POST; `lwa-failed` has been answered already. */
  post(
    seller: PayoutSeller,
    body: Buffer,
    res: ServerResponse,
    secrets: string[],
  ): Promise<PostOutcome>;
  /** Sends Amazon's answer on. */
  send(res: ServerResponse, response: UpstreamResponse): void;
}

export interface PayoutSeller {
  key: string;
  /** What `authorizePayout` is told. */
  name: string;
  credentials: LwaCredentials;
}

export type PostOutcome =
  | { kind: 'answered'; response: UpstreamResponse }
  | { kind: 'unanswered'; failure: UpstreamFailure }
  | { kind: 'lwa-failed' };

/** The largest body a payout request can need; anything longer is not one. */
const MAX_BODY_BYTES = 1024;
const FIELDS = ['marketplaceId', 'accountType'] as const;

interface Audit {
  result: string;
  seller?: string;
  marketplaceId?: string;
  accountType?: string;
  requestId?: string;
}

/** Handles one POST of `initiatePayout` that passed the gate (so payouts are enabled). */
export async function handlePayout(
  front: Front,
  policy: PayoutPolicy,
  backend: PayoutBackend,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = front.now();
  const audit: Audit = { result: 'error' };
  const secrets: string[] = [];
  try {
    await attempt(front, policy, backend, req, res, audit, secrets);
  } catch (error) {
    audit.result = error instanceof StoreUnavailableError ? 'store-unavailable' : 'error';
    failUnexpectedly(front, res, error);
  } finally {
    front.log.write(
      'info',
      'sp-api proxy audit: initiatePayout',
      { ...audit, status: res.statusCode, ms: front.now() - started },
      secrets,
    );
  }
}

async function attempt(
  front: Front,
  policy: PayoutPolicy,
  backend: PayoutBackend,
  req: IncomingMessage,
  res: ServerResponse,
  audit: Audit,
  secrets: string[],
): Promise<void> {
  const crossSite = crossSiteRefusal(policy, req);
  if (crossSite) {
    audit.result = crossSite.result;
    sendError(res, crossSite.status, crossSite.error);
    return;
  }
  const read = await readBody(req);
  if (read === 'too-large') {
    audit.result = 'invalid-body';
    sendError(res, 413, {
      code: 'RequestEntityTooLarge',
      message: `A payout request is at most ${MAX_BODY_BYTES} bytes.`,
    });
    return;
  }
  const parsed = parsePayoutBody(read);
  if ('error' in parsed) {
    audit.result = 'invalid-body';
    sendError(res, 400, parsed.error);
    return;
  }
  const payout = parsed.request;
  audit.marketplaceId = payout.marketplaceId;
  audit.accountType = payout.accountType;

  const seller = await backend.seller(req, res, secrets);
  if (!seller) {
    audit.result = 'no-seller';
    return;
  }
  audit.seller = seller.key;
  if (!(await authorised(front, policy, req, res, payout, seller))) {
    audit.result = res.statusCode === 403 ? 'not-authorized' : 'authorize-failed';
    return;
  }

  const account = `${seller.key}:${payout.marketplaceId}:${toCode(payout.accountType)}`;
  const lockKey = `payout-lock:${account}`;
  const lock = await front.store.take(
    lockKey,
    { ratePerSecond: 1000 / policy.lockMs, burst: 1 },
    front.now(),
  );
  if (!lock.allowed) {
    audit.result = 'in-progress';
    sendError(
      res,
      409,
      {
        code: PAYOUT_ERROR_CODES.inProgress,
        message: 'A payout request for this account is already under way. Wait for its answer.',
      },
      { 'Retry-After': String(Math.max(1, Math.ceil(lock.retryAfterMs / 1000))) },
    );
    return;
  }
  try {
    await underLock(front, backend, res, audit, secrets, seller, account);
  } finally {
    await front.store.delete(lockKey).catch(() => undefined);
  }
}

async function underLock(
  front: Front,
  backend: PayoutBackend,
  res: ServerResponse,
  audit: Audit,
  secrets: string[],
  seller: PayoutSeller,
  account: string,
): Promise<void> {
  const doneKey = `payout-done:${account}`;
  const previous = readDone(await front.store.get(doneKey));
  if (previous) {
    audit.result = 'already-requested';
    const againAt = previous.at + PAYOUT_REPEAT_MS;
    sendError(
      res,
      409,
      {
        code: PAYOUT_ERROR_CODES.alreadyRequested,
        message: `An on-demand payout was already requested for this store and account type in the last 24 hours. Try again after ${new Date(againAt).toISOString()}.`,
        details: new Date(againAt).toISOString(),
      },
      { 'Retry-After': String(Math.max(1, Math.ceil((againAt - front.now()) / 1000))) },
    );
    return;
  }
  if (!(await spendBudget(front, res, 'initiatePayout', seller.key))) {
    audit.result = 'rate-limited';
    return;
  }
  // Re-serialised from the validated fields: what Amazon gets is exactly what was checked.
  const body = Buffer.from(
    JSON.stringify({ marketplaceId: audit.marketplaceId, accountType: audit.accountType }),
  );
  const outcome = await backend.post(seller, body, res, secrets);
  if (outcome.kind === 'lwa-failed') {
    audit.result = 'lwa-failed';
    return;
  }
  if (outcome.kind === 'unanswered') {
    audit.result = 'outcome-unknown';
    const timedOut = outcome.failure === 'timeout';
    sendError(res, timedOut ? 504 : 502, {
      code: timedOut ? 'GatewayTimeout' : 'BadGateway',
      message: `${timedOut ? 'Amazon did not answer in time' : 'Amazon could not be reached'}. The payout may or may not have been made: look at the payouts before asking again.`,
    });
    return;
  }
  const { response } = outcome;
  const requestId = response.headers['x-amzn-requestid'];
  audit.requestId = Array.isArray(requestId) ? requestId[0] : requestId;
  if (response.status >= 200 && response.status < 300) {
    audit.result = 'succeeded';
    // Money moved: a store that fails now must not turn the answer into an error.
    await front.store
      .set(doneKey, JSON.stringify({ at: front.now() }), PAYOUT_REPEAT_MS)
      .catch(() => {
        audit.result = 'succeeded-unrecorded';
      });
  } else {
    audit.result = `amazon-${response.status}`;
  }
  backend.send(res, response);
}

function readDone(text: string | undefined): { at: number } | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { at?: unknown };
    return typeof value.at === 'number' ? { at: value.at } : undefined;
  } catch {
    return undefined;
  }
}

async function authorised(
  front: Front,
  policy: PayoutPolicy,
  req: IncomingMessage,
  res: ServerResponse,
  payout: InitiatePayoutRequest,
  seller: PayoutSeller,
): Promise<boolean> {
  let verdict: unknown;
  try {
    verdict = await policy.authorize(req, { ...payout, seller: seller.name });
  } catch (error) {
    front.log.write('error', 'sp-api proxy: authorizePayout(req) threw', {
      error: error instanceof Error ? error.name : typeof error,
    });
    sendError(res, 500, {
      code: 'InternalFailure',
      message: 'The proxy could not decide whether this payout is allowed.',
    });
    return false;
  }
  // Only a real `true` lets money move: a truthy string or object from a buggy hook does not.
  if (verdict === true) return true;
  sendError(res, 403, {
    code: PAYOUT_ERROR_CODES.notAuthorized,
    message: 'This user may not request payouts for this seller.',
  });
  return false;
}

interface Refusal {
  status: number;
  result: string;
  error: ProxyErrorEntry;
}

/** Why a request that could come from another site is refused, or `undefined` when it is fine. */
function crossSiteRefusal(policy: PayoutPolicy, req: IncomingMessage): Refusal | undefined {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || !policy.origins.has(origin)) {
    return {
      status: 403,
      result: 'refused-origin',
      error: {
        code: PAYOUT_ERROR_CODES.crossSite,
        message: 'Payout requests are accepted only from the portal’s own pages.',
        details: 'Origin',
      },
    };
  }
  const marker = req.headers[WRITE_REQUEST_HEADER.name.toLowerCase()];
  if (marker !== WRITE_REQUEST_HEADER.value) {
    return {
      status: 403,
      result: 'refused-header',
      error: {
        code: PAYOUT_ERROR_CODES.crossSite,
        message: `Payout requests must carry ${WRITE_REQUEST_HEADER.name}: ${WRITE_REQUEST_HEADER.value}.`,
        details: WRITE_REQUEST_HEADER.name,
      },
    };
  }
  const type = String(req.headers['content-type'] ?? '');
  if (!/^application\/json\s*(?:;\s*charset=utf-8\s*)?$/i.test(type)) {
    return {
      status: 415,
      result: 'refused-content-type',
      error: {
        code: 'UnsupportedMediaType',
        message: 'Payout requests must be Content-Type: application/json.',
        details: 'Content-Type',
      },
    };
  }
  return undefined;
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function invalidBody(message: string, field?: string): { error: ProxyErrorEntry } {
  return {
    error: { code: 'InvalidInput', message, ...(field === undefined ? {} : { details: field }) },
  };
}

/**
 * The body, checked: a JSON object with exactly `marketplaceId` and `accountType`, a store the
 * operation serves and the one account type. The error names the field, in `details`.
 */
export function parsePayoutBody(
  body: Buffer,
): { request: InitiatePayoutRequest } | { error: ProxyErrorEntry } {
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch {
    return invalidBody('The body is not JSON.');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return invalidBody('The body must be a JSON object with marketplaceId and accountType.');
  }
  const fields = Object.keys(value);
  const extra = fields.find((name) => !(FIELDS as readonly string[]).includes(name));
  if (extra !== undefined) {
    return invalidBody('The body may hold only marketplaceId and accountType.', 'body');
  }
  const { marketplaceId, accountType } = value as Record<string, unknown>;
  if (typeof marketplaceId !== 'string') {
    return invalidBody('marketplaceId is required and must be a string.', 'marketplaceId');
  }
  if (!PAYOUT_MARKETPLACE_IDS.includes(marketplaceId)) {
    return invalidBody(
      'On-demand payouts are only available in the DE, FR, IT, ES, SE, NL, PL and BE stores.',
      'marketplaceId',
    );
  }
  if (accountType !== PAYOUT_ACCOUNT_TYPE) {
    return invalidBody(
      `On-demand payouts are only available for the account type "${PAYOUT_ACCOUNT_TYPE}".`,
      'accountType',
    );
  }
  return { request: { marketplaceId, accountType } };
}
