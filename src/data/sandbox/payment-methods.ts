/**
 * The sandbox seller's deposit methods (`getPaymentMethods`): in each store, the bank account
 * (or debit card) its payouts go to, marked as the default deposit method, and a card on file.
 * Two scenarios make them need attention: `expiring-card` (the card runs out at the end of the
 * anchor's month, within 30 days) and `invalid-bank-account` (the DE bank account is invalid:
 * its expected payout is AT_RISK and an on-demand payout finds no valid deposit method).
 */
import type { PaymentMethodsQuery } from '../../api/operations.js';
import type { WirePaymentMethod } from '../../api/transfers-model.js';
import type { ExpectedRecord, SandboxBook } from './book.js';
import { checkMarketplaceIds, SandboxInputError } from './input.js';
import type { SandboxPage } from './paging.js';
import type { ScenarioName } from './scenarios.js';
import type { SandboxAccount } from './seller.js';

/** The account whose bank account `invalid-bank-account` makes invalid. */
export const INVALID_BANK_ACCOUNT_KEY = 'DE:STANDARD_ORDERS';

const HOLDERS: Readonly<Record<SandboxAccount['country'], string>> = {
  US: 'Sandbox Trading LLC',
  CA: 'Sandbox Trading Ltd.',
  DE: 'Sandbox Handel GmbH',
  UK: 'Sandbox Trading Ltd',
  IN: 'Sandbox Trading Pvt. Ltd.',
  BR: 'Sandbox Comércio Ltda.',
  JP: 'サンドボックス商事株式会社',
};

const COUNTRY_CODES: Readonly<Record<SandboxAccount['country'], string>> = {
  US: 'US',
  CA: 'CA',
  DE: 'DE',
  UK: 'GB',
  IN: 'IN',
  BR: 'BR',
  JP: 'JP',
};

/** The deposit methods of one store, default first; every query parameter honoured. */
export function listPaymentMethods(
  book: SandboxBook,
  query: PaymentMethodsQuery,
  scenario: ScenarioName,
): SandboxPage<WirePaymentMethod> {
  if (!query.marketplaceId) {
    throw new SandboxInputError('marketplaceId', 'marketplaceId is required.');
  }
  checkMarketplaceIds('marketplaceId', [query.marketplaceId]);
  const accounts = book.accounts.filter((account) => account.marketplaceId === query.marketplaceId);
  const methods: WirePaymentMethod[] = [];
  const first = accounts[0];
  for (const account of accounts) {
    const isCard = account.paymentMethod === 'DEBIT_CARD';
    if (methods.some((method) => method.tail === account.accountTail)) continue;
    methods.push({
      accountHolderName: HOLDERS[account.country],
      paymentMethodId: `0h_SB_${account.key.replace(':', '_')}_${account.accountTail}`,
      paymentMethodType: isCard ? 'CARD' : 'BANK_ACCOUNT',
      tail: account.accountTail,
      countryCode: COUNTRY_CODES[account.country],
      ...(isCard ? { expiryDate: { month: '9', year: '2029' } } : {}),
      // One default per store: the account that pays out most, listed first in the plan.
      ...(account === first ? { assignmentType: 'DEFAULT_DEPOSIT_METHOD' } : {}),
    });
  }
  if (first) methods.push(cardOnFile(book, first, scenario));
  const types = query.paymentMethodTypes;
  return {
    items: types?.length ? methods.filter((m) => types.includes(m.paymentMethodType!)) : methods,
  };
}

/** The card on file: valid for years, or (`expiring-card`) until the end of this month. */
function cardOnFile(
  book: SandboxBook,
  account: SandboxAccount,
  scenario: ScenarioName,
): WirePaymentMethod {
  const now = new Date(book.nowMs);
  const expiry =
    scenario === 'expiring-card'
      ? { month: String(now.getUTCMonth() + 1), year: String(now.getUTCFullYear()) }
      : { month: '3', year: String(now.getUTCFullYear() + 3) };
  return {
    accountHolderName: HOLDERS[account.country],
    paymentMethodId: `0h_SB_CARD_${account.country}`,
    paymentMethodType: 'CARD',
    tail: book.rng('card', account.country).digits(4),
    countryCode: COUNTRY_CODES[account.country],
    expiryDate: expiry,
  };
}

/** `invalid-bank-account`: the DE standard account's expected payout is at risk. */
export function withInvalidBankAccount(record: ExpectedRecord): ExpectedRecord {
  if (record.account.key !== INVALID_BANK_ACCOUNT_KEY) return record;
  return { ...record, expected: { ...record.expected, status: 'AT_RISK' } };
}
