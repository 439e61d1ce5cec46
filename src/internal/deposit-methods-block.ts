/**
 * The deposit-method lists of the expected payout and the balance card (`show-payment-methods`):
 * one section per store, each method with its default marker, country and card expiry, or that
 * there are none, or why they could not be read.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { marketplaceName } from '../api/marketplaces.js';
import type { PaymentMethodModel } from '../api/transfers-model.js';
import { errorFactsTemplate } from './templates.js';
import { countryName, expiryDisplay, methodLabel } from '../l10n/deposit-method-words.js';
import { str, type Words } from '../l10n/runtime.js';
import type { StoreMethods } from './deposit-methods.js';

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
