import { html, nothing, type TemplateResult } from 'lit';
import { invalidAmountsIn } from '../api/normalise-common.js';
import type { Decimal } from '../money/decimal.js';
import { formatBareAmount } from '../money/format.js';
import type { InvalidAmount } from '../money/money.js';
import type { Words } from '../l10n/runtime.js';

/**
 * An amount no money can be, in words, with the text the API sent in its `title` (cut to 40
 * characters). Nothing for `undefined`, so callers can pass a model's `invalidAmount` as is.
 */
export function invalidAmountTemplate(
  invalid: InvalidAmount | undefined,
  words: Words,
): TemplateResult | typeof nothing {
  if (!invalid) return nothing;
  return html`<span class="invalid-amount" part="invalid-amount" title=${invalid.raw}
    >${words.msg('Invalid amount', { id: 'amount.invalid' })}</span
  >`;
}

/**
 * An amount the API sent without a currency: the exact number, marked "currency not given"
 * (never guessed, never added to anything). Nothing for `undefined`.
 */
export function bareAmountTemplate(
  amount: Decimal | undefined,
  locale: string,
  words: Words,
): TemplateResult | typeof nothing {
  if (!amount) return nothing;
  return html`<span class="bare-amount" part="bare-amount"
    ><bdi>${formatBareAmount(amount, locale)}</bdi>
    <span class="muted"
      >${words.msg('(currency not given)', { id: 'amount.no-currency' })}</span
    ></span
  >`;
}

/**
 * What shows where a model has no money: its amount without a currency, else its invalid
 * amount, else nothing.
 */
export function noMoneyTemplate(
  model: { bareAmount?: Decimal; invalidAmount?: InvalidAmount },
  locale: string,
  words: Words,
): TemplateResult | typeof nothing {
  return model.bareAmount
    ? bareAmountTemplate(model.bareAmount, locale, words)
    : invalidAmountTemplate(model.invalidAmount, words);
}

/**
 * Tells the host, in one console warning per response, which amounts could not be shown. A
 * warning and not `sp-error` (CHANGELOG): the data did load and everything else in it is
 * shown; an error state would hide it all for one bad field.
 */
export function warnInvalidAmounts(element: Element, response: unknown): void {
  const found = invalidAmountsIn(response);
  if (found.length === 0) return;
  const fields = found.map(({ path, raw }) => `${path} = ${raw}`).join('; ');
  console.warn(
    `<${element.localName}>: ${found.length} amount(s) outside what money can be, shown as "Invalid amount": ${fields}`,
  );
}
