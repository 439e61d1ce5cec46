/**
 * The rules of an on-demand payout (`initiatePayout`), shared by the elements, the HTTP client,
 * the sandbox and the reference proxy, so that none of them can disagree about who may ask:
 * the eight EU stores, the account type "Standard Orders", once per store and account type in
 * 24 hours. And how a failure reads: `payoutFailure` sorts any rejection into a reason an
 * element can put in words. Pure: no DOM, no network.
 *
 * @example
 * ```ts
 * const request = payoutRequestFor(account.marketplaceId, account.accountType);
 * if (!request) return nothing; // no button outside the EU stores and Standard Orders
 * try {
 *   const { payoutReferenceId } = await source.initiatePayout(request);
 * } catch (error) {
 *   const { reason, retryAtMs } = payoutFailure(error);
 *   // 'already-requested' → "You can ask again after {retryAtMs}", …
 * }
 * ```
 */
import { SpApiError } from './errors.js';
import { toCode } from './enums.js';
import { MARKETPLACES } from './marketplaces.js';
import type { InitiatePayoutRequest } from './operations.js';

/** The stores `initiatePayout` serves, by country, as Amazon's model lists them. */
export const PAYOUT_COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'SE', 'NL', 'PL', 'BE'] as const;

/** Their marketplace ids. */
export const PAYOUT_MARKETPLACE_IDS: readonly string[] = Object.freeze(
  [...MARKETPLACES.values()]
    .filter((marketplace) => (PAYOUT_COUNTRIES as readonly string[]).includes(marketplace.country))
    .map((marketplace) => marketplace.id),
);

/** The one account type the operation takes, spelled exactly as the API wants it. */
export const PAYOUT_ACCOUNT_TYPE = 'Standard Orders';

/** How long after a payout the same store and account type may not ask again. */
export const PAYOUT_REPEAT_MS = 24 * 60 * 60 * 1000;

/**
 * The header every request that moves money carries. A form cannot send a custom header, and a
 * cross-origin script cannot without a CORS preflight the proxy refuses, so the reference proxy
 * refuses a payout request without it.
 */
export const WRITE_REQUEST_HEADER = Object.freeze({
  name: 'X-Requested-With',
  value: 'sp-finance-widgets',
});

/**
 * The request body for an account, or `undefined` when the account cannot ask for an
 * on-demand payout. The account type may be a code or a label (`STANDARD_ORDERS`, "Standard
 * Orders"); the body always carries the label the API takes.
 */
export function payoutRequestFor(
  marketplaceId: string | undefined,
  accountType: string | undefined,
): InitiatePayoutRequest | undefined {
  if (!marketplaceId || !PAYOUT_MARKETPLACE_IDS.includes(marketplaceId)) return undefined;
  if (toCode(accountType) !== toCode(PAYOUT_ACCOUNT_TYPE)) return undefined;
  return { marketplaceId, accountType: PAYOUT_ACCOUNT_TYPE };
}

/**
 * Why a payout request failed, for the words an element shows:
 * - `ineligible`: this store or account type cannot ask (the request names another store, or
 *   Amazon says the account is not eligible);
 * - `insufficient-balance`: below the minimum Amazon pays out;
 * - `already-requested`: one was made for this store and account type in the last 24 hours;
 * - `in-progress`: another request for the same account is under way (another tab, instance);
 * - `no-deposit-method`: no valid deposit method to pay to;
 * - `rate-limited`: too many requests; `retryAtMs` says when, where the answer did;
 * - `refused`: the proxy would not do it (not enabled, not authorised, not signed in,
 *   cross-site, wrong content type);
 * - `outcome-unknown`: the request may have reached Amazon but no clear answer came back (a
 *   timeout, a network failure, a 5xx): the payout may or may not have been made, so look at
 *   the payouts before asking again;
 * - `other`: anything else; the API's message says what.
 */
export type PayoutFailureReason =
  | 'ineligible'
  | 'insufficient-balance'
  | 'already-requested'
  | 'in-progress'
  | 'no-deposit-method'
  | 'rate-limited'
  | 'refused'
  | 'outcome-unknown'
  | 'other';

export interface PayoutFailure {
  reason: PayoutFailureReason;
  /** When asking again can succeed (epoch ms), where the answer said (`Retry-After`). */
  retryAtMs?: number;
  /** The API's (or the proxy's) own code, message and request id, to show and copy. */
  error: SpApiError | undefined;
}

/** Codes the reference proxy answers with; Amazon's own codes are matched more loosely. */
export const PAYOUT_ERROR_CODES = Object.freeze({
  alreadyRequested: 'PayoutAlreadyRequested',
  inProgress: 'PayoutInProgress',
  notAuthorized: 'PayoutNotAuthorized',
  crossSite: 'CrossSiteRequestRefused',
});

const REFUSED_STATUSES = new Set([401, 403, 404, 405, 413, 415]);

/** Sorts a rejection of `initiatePayout` into a reason (see `PayoutFailureReason`). */
export function payoutFailure(error: unknown, nowMs: number = Date.now()): PayoutFailure {
  if (!(error instanceof SpApiError)) return { reason: 'other', error: undefined };
  const reason = reasonOf(error);
  if (reason !== 'already-requested' && reason !== 'rate-limited') return { reason, error };
  const retryAtMs = retryAt(error, nowMs);
  return retryAtMs === undefined ? { reason, error } : { reason, retryAtMs, error };
}

/**
 * When asking again can succeed: `Retry-After`, else an instant in `details` (the reference
 * proxy and the sandbox put the end of the 24 hours there).
 */
function retryAt(error: SpApiError, nowMs: number): number | undefined {
  if (error.retryAfterMs !== undefined) return nowMs + error.retryAfterMs;
  const details = error.details?.trim() ?? '';
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(details)) {
    return undefined;
  }
  const at = Date.parse(details);
  return Number.isNaN(at) ? undefined : at;
}

function reasonOf(error: SpApiError): PayoutFailureReason {
  const code = error.code ?? '';
  const words = `${code} ${error.message} ${error.details ?? ''}`;
  if (code === PAYOUT_ERROR_CODES.inProgress) return 'in-progress';
  if (error.kind !== 'http') {
    // Sent but unanswered (or answered with something unreadable): it may have been made.
    return error.kind === 'data' ? 'other' : 'outcome-unknown';
  }
  const status = error.status ?? 0;
  if (code === PAYOUT_ERROR_CODES.alreadyRequested || /already|duplicate|24.?hours?/i.test(words)) {
    return 'already-requested';
  }
  if (/deposit.?method/i.test(words)) return 'no-deposit-method';
  if (/insufficient|minimum/i.test(words)) return 'insufficient-balance';
  if (status === 429) return 'rate-limited';
  if (/ineligib|not.?eligible|not supported/i.test(words)) return 'ineligible';
  if (status === 400 && (error.details === 'marketplaceId' || error.details === 'accountType')) {
    return 'ineligible';
  }
  if (REFUSED_STATUSES.has(status)) return 'refused';
  if (status >= 500) return 'outcome-unknown';
  return 'other';
}
