/**
 * The seller's deposit methods (`getPaymentMethods`) in `<sp-expected-payout>`'s words: each
 * method as "Bank account ••677, John Doe", its country, whether payouts go to it, and a card's
 * expiry with a warning when it has passed or falls within 30 days. Also which method an AT_RISK
 * or DISABLED payout's guidance names. Text from the API is text: nothing here is markup.
 *
 * @example
 * ```ts
 * const target = defaultDepositMethod(methods);
 * html`<p>${target ? methodLabel(target, words) : ''}</p>`;
 * ```
 */
import { html, nothing, type TemplateResult } from 'lit';
import { marketplaceName } from '../../api/marketplaces.js';
import type { ExpectedPayoutModel } from '../../api/model.js';
import { defaultDepositMethod, expiryState } from '../../api/normalise-payment-methods.js';
import type { ExpiryState, PaymentMethodModel } from '../../api/transfers-model.js';
import { errorFactsTemplate } from '../../internal/templates.js';
import { paymentMethodWords } from '../../l10n/enum-labels.js';
import { str, type Words } from '../../l10n/runtime.js';
import type { StoreMethods } from './deposit-methods.js';
import { depositLabel } from './expected-view.js';

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
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "March 2029", for a card's expiry month. */
function expiryMonth(method: PaymentMethodModel, locale: string): string | undefined {
  const expiry = method.expiry;
  if (!expiry) return undefined;
  return new Intl.DateTimeFormat(locale, {
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

/**
 * The method an AT_RISK or DISABLED payout's guidance names: the store's method with the
 * payout's tail, else its default deposit method, else what the payout itself says it pays to.
 * `undefined` when none of these is known.
 */
export function attentionLabel(
  payout: ExpectedPayoutModel,
  methods: readonly PaymentMethodModel[] | undefined,
  words: Words,
): string | undefined {
  const known =
    methods?.find((method) => payout.accountTail && method.tail === payout.accountTail) ??
    (methods ? defaultDepositMethod(methods) : undefined);
  if (known) return methodLabel(known, words);
  return depositLabel(payout.paymentMethod, payout.accountTail, words);
}

/** One method as a list item: name, default marker, holder's country, card expiry. */
function methodTemplate(method: PaymentMethodModel, words: Words, nowMs: number): TemplateResult {
  const country = countryName(method.countryCode, words.locale);
  const expiry = expiryDisplay(method, words, nowMs);
  return html`<li
    class="method"
    part="deposit-method"
    data-default=${method.isDefaultDeposit ? 'true' : 'false'}
    data-type=${method.type ?? ''}
  >
    <span class="method-name">${methodLabel(method, words)}</span>
    ${
      method.isDefaultDeposit
        ? html`<span class="method-default" part="default-badge">
            ${words.msg('Default deposit method: payouts go here', { id: 'deposit-method.default' })}
          </span>`
        : nothing
    }
    ${
      country
        ? html`<span class="method-country muted">
            ${words.msg(str`Held in ${country}`, { id: 'deposit-method.country' })}
          </span>`
        : nothing
    }
    ${
      expiry
        ? html`<span class="method-expiry" part="expiry" data-state=${expiry.state}>
            ${expiry.text}
          </span>`
        : nothing
    }
  </li>`;
}

/**
 * The deposit methods of the stores shown, one section per store: the methods, or that there
 * are none, or why they could not be read (with the API's message and request id).
 */
export function depositMethodsTemplate(
  stores: readonly StoreMethods[],
  words: Words,
  nowMs: number,
): TemplateResult | typeof nothing {
  if (stores.length === 0) return nothing;
  const several = stores.length > 1;
  return html`${stores.map((store, index) => {
    const name = marketplaceName(store.marketplaceId) ?? store.marketplaceId;
    const title = several
      ? words.msg(str`Deposit methods in ${name}`, { id: 'deposit-method.title.store' })
      : words.msg('Deposit methods', { id: 'deposit-method.title' });
    return html`<section
      class="methods"
      part="deposit-methods"
      aria-labelledby="methods-title-${index}"
      data-marketplace-id=${store.marketplaceId}
    >
      <h2 class="methods-title" id="methods-title-${index}">${title}</h2>
      ${
        'error' in store
          ? html`<div class="methods-error" role="alert">
              <p>
                ${words.msg('The deposit methods could not be read.', {
                  id: 'deposit-method.failed',
                })}
              </p>
              ${errorFactsTemplate(store.error, words)}
            </div>`
          : store.methods.length === 0
            ? html`<p class="muted">
                ${words.msg('Amazon lists no deposit method for this store.', {
                  id: 'deposit-method.none',
                })}
              </p>`
            : html`<ul class="method-list">
                ${store.methods.map((method) => methodTemplate(method, words, nowMs))}
              </ul>`
      }
    </section>`;
  })}`;
}
