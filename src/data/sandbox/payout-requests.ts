/**
 * On-demand payouts in the sandbox (`initiatePayout`), as Amazon's model describes them: only
 * the eight EU stores (of the sandbox seller's, DE), only "Standard Orders", once per store and
 * account type in 24 hours, to a valid deposit method, of a positive expected payout. A payout
 * made moves that account's expected payout into the payout list as a new ON_DEMAND payout, so
 * later answers (payouts, expected payouts) show it.
 *
 * State is kept per session (the HTTP handler's `session/<id>` segment), so a test's payout
 * never changes what another test or the demo sees; the books themselves are never changed.
 */
import { toCode } from '../../api/enums.js';
import {
  PAYOUT_ACCOUNT_TYPE,
  PAYOUT_MARKETPLACE_IDS,
  PAYOUT_REPEAT_MS,
} from '../../api/on-demand-payout.js';
import type { InitiatePayoutRequest } from '../../api/operations.js';
import type { ErrorList, Payout } from '../../api/wire.js';
import { Decimal } from '../../money/decimal.js';
import type { ExpectedRecord, PayoutRecord, SandboxBook } from './book.js';
import { withInvalidBankAccount, INVALID_BANK_ACCOUNT_KEY } from './payment-methods.js';
import { Random } from './random.js';
import type { ScenarioName } from './scenarios.js';
import { isoInstant } from './seller.js';

/** One session's payouts: when each account last asked, and the payouts made. */
interface SessionState {
  madeAt: Map<string, number>;
  payouts: PayoutRecord[];
}

export type PayoutAnswer =
  { status: 200; body: { payoutReferenceId: string } } | { status: 400; body: ErrorList };

function refusal(code: string, message: string, details?: string): PayoutAnswer {
  return { status: 400, body: { errors: [{ code, message, ...(details ? { details } : {}) }] } };
}

export class SandboxPayouts {
  private readonly sessions = new Map<string, SessionState>();
  private made = 0;

  constructor(private readonly seed: number) {}

  /**
   * The book as this session sees it: its payouts first (newest first, as the API sorts), the
   * accounts they paid without an expected payout, and the scenario's deposit-method trouble.
   */
  view(book: SandboxBook, session: string, scenario: ScenarioName): SandboxBook {
    const state = this.sessions.get(session);
    if (!state && scenario !== 'invalid-bank-account') return book;
    const paid = new Set(state?.payouts.map((record) => record.account.key));
    let expected: ExpectedRecord[] = book.expected.filter(
      (record) => !paid.has(record.account.key),
    );
    if (scenario === 'invalid-bank-account') expected = expected.map(withInvalidBankAccount);
    const payouts = state ? [...state.payouts, ...book.payouts] : book.payouts;
    return Object.create(book, {
      payouts: { value: payouts },
      expected: { value: expected },
    }) as SandboxBook;
  }

  /** Answers one `initiatePayout` at `nowMs` (the sandbox's clock). */
  initiate(
    book: SandboxBook,
    request: Partial<InitiatePayoutRequest>,
    session: string,
    scenario: ScenarioName,
    nowMs: number,
  ): PayoutAnswer {
    const { marketplaceId, accountType } = request;
    if (!marketplaceId || !PAYOUT_MARKETPLACE_IDS.includes(marketplaceId)) {
      return refusal(
        'InvalidInput',
        'This marketplace is not eligible for on-demand payouts: only DE, FR, IT, ES, SE, NL, PL and BE are.',
        'The following input parameters are invalid : [ marketplaceId ].',
      );
    }
    if (accountType !== PAYOUT_ACCOUNT_TYPE) {
      return refusal(
        'InvalidInput',
        `This account type is not eligible for on-demand payouts: only "${PAYOUT_ACCOUNT_TYPE}" is.`,
        'The following input parameters are invalid : [ accountType ].',
      );
    }
    const view = this.view(book, session, scenario);
    const account = book.accounts.find(
      (a) => a.marketplaceId === marketplaceId && a.accountType === toCode(accountType),
    );
    if (!account) {
      return refusal(
        'InvalidInput',
        'The seller has no Standard Orders account in this marketplace, so it is not eligible for an on-demand payout.',
      );
    }
    const state = this.sessionState(session);
    const last = state.madeAt.get(account.key);
    if (last !== undefined && nowMs - last < PAYOUT_REPEAT_MS) {
      return refusal(
        'InvalidInput',
        'An on-demand payout was already initiated for this marketplace and account type in the last 24 hours.',
        isoInstant(last + PAYOUT_REPEAT_MS),
      );
    }
    if (scenario === 'invalid-bank-account' && account.key === INVALID_BANK_ACCOUNT_KEY) {
      return refusal(
        'NoDepositMethod',
        'No deposit method found for the selling partner. Add a valid deposit method and try again.',
      );
    }
    const next = view.expected.find((record) => record.account.key === account.key);
    const amount = next?.expected.amount;
    if (!next || !amount || !new Decimal(String(amount.currencyAmount)).greaterThan(0)) {
      return refusal(
        'InsufficientPayoutAmount',
        'The available balance is less than the minimum permissible payout amount. No payout will be initiated.',
      );
    }
    const payoutReferenceId = new Random(this.seed, 'on-demand', String(++this.made)).code(43);
    const created = isoInstant(nowMs);
    const payout: Payout = {
      id: payoutReferenceId,
      partnerMetadata: next.expected.partnerMetadata,
      currentStatus: 'STARTED',
      statusHistory: [{ status: 'STARTED', lastUpdatedDate: created }],
      type: 'ON_DEMAND',
      amount,
      accountTail: next.expected.accountTail,
      paymentMethod: next.expected.paymentMethod,
      creationDate: created,
      paymentRail: account.rails[0],
      period: { startDate: next.expected.period?.startDate, endDate: created },
      relatedIdentifiers: next.expected.relatedIdentifiers,
    };
    state.madeAt.set(account.key, nowMs);
    state.payouts.unshift({ payout, account, creationMs: nowMs });
    return { status: 200, body: { payoutReferenceId } };
  }

  private sessionState(session: string): SessionState {
    let state = this.sessions.get(session);
    if (!state) {
      state = { madeAt: new Map(), payouts: [] };
      this.sessions.set(session, state);
    }
    return state;
  }
}
