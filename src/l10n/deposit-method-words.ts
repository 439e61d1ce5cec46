/**
 * A deposit method in words, wherever one is named (the expected payout's "Deposit to", the
 * payout request's destination, the deposit-method lists): "Bank account ••677, John Doe", its
 * country, a card's expiry with a warning when it has passed or falls within 30 days. Pure: no
 * DOM; text from the API stays text.
 */
import { expiryState } from '../api/normalise-payment-methods.js';
import type { ExpiryState, PaymentMethodModel } from '../api/transfers-model.js';
import { paymentMethodWords } from './enum-labels.js';
import { str, type Words } from './runtime.js';
import { dateTimeFormat, displayNames } from './intl-cache.js';

/** "Bank account ••1234"; either half alone; `undefined` when neither was sent. */
export function depositLabel(
  method: string | undefined,
  tail: string | undefined,
  words: Words,
): string | undefined {
  const name = method ? paymentMethodWords(method, words) : undefined;
  const ending = tail ? `••${tail}` : undefined;
  if (name && ending) return `${name} ${ending}`;
  if (name) return name;
  if (ending) return words.msg(str`Account ${ending}`, { id: 'expected.account-ending' });
  return undefined;
}

/** Types the transfers API names that the shared labels do not: its own spelling of a card. */
const TYPES: Readonly<Record<string, (words: Words) => string>> = {
  CARD: (words) => words.msg('Card', { id: 'deposit-method.type.CARD' }),
  SELLER_WALLET: (words) => words.msg('Seller wallet', { id: 'deposit-method.type.SELLER_WALLET' }),
};

/** "Bank account", "Card"; a type the library does not know as the API humanises it. */
export function methodTypeWords(method: PaymentMethodModel, words: Words): string | undefined {
  if (method.type === undefined) return undefined;
  return TYPES[method.type]?.(words) ?? method.typeLabel ?? paymentMethodWords(method.type, words);
}

/** "Bank account ••677, John Doe": what the seller recognises a method by. */
export function methodLabel(method: PaymentMethodModel, words: Words): string {
  const type = methodTypeWords(method, words);
  const described =
    depositLabel(type, method.tail, words) ??
    words.msg('Deposit method', { id: 'deposit-method.unnamed' });
  const holder = method.holderName;
  if (!holder) return described;
  return words.msg(str`${described}, ${holder}`, { id: 'deposit-method.with-holder' });
}

/** The country a method is held in, by name ("Germany"); the code when Intl has no name. */
export function countryName(code: string | undefined, locale: string): string | undefined {
  if (!code) return undefined;
  try {
    return displayNames(locale, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "March 2029", for a card's expiry month. */
function expiryMonth(method: PaymentMethodModel, locale: string): string | undefined {
  const expiry = method.expiry;
  if (!expiry) return undefined;
  return dateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.UTC(expiry.year, expiry.month - 1, 1));
}

export interface ExpiryDisplay {
  state: ExpiryState;
  text: string;
}

/** A card's expiry in words, a warning when it has passed or is within 30 days. */
export function expiryDisplay(
  method: PaymentMethodModel,
  words: Words,
  nowMs: number,
): ExpiryDisplay | undefined {
  const month = expiryMonth(method, words.locale);
  if (!method.expiry || month === undefined) return undefined;
  const state = expiryState(method.expiry, nowMs);
  if (state === 'expired') {
    return {
      state,
      text: words.msg(
        str`Expired at the end of ${month}. Payouts to it will fail: update it in Seller Central.`,
        { id: 'deposit-method.expired' },
      ),
    };
  }
  if (state === 'expiring') {
    return {
      state,
      text: words.msg(
        str`Expires at the end of ${month}. Update it in Seller Central before then.`,
        { id: 'deposit-method.expiring' },
      ),
    };
  }
  return {
    state,
    text: words.msg(str`Expires at the end of ${month}`, { id: 'deposit-method.expires' }),
  };
}
