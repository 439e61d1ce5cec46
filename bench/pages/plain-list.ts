/**
 * The reference list: what a host would write without virtualisation, a Lit `repeat` of every
 * row with the same fields, formatted with Intl.
 */
import { LitElement, css, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Payout } from '../../src/api/wire.js';

export class PlainPayoutList extends LitElement {
  static override properties = { payouts: { attribute: false } };
  static override styles = css`
    li {
      display: flex;
      gap: 12px;
      padding: 8px 0;
      border-block-end: 1px solid #ddd;
    }
  `;

  payouts: Payout[] = [];

  override render() {
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    return html`<ul>
      ${repeat(
        this.payouts,
        (payout) => payout.id,
        (payout) =>
          html`<li data-payout-id=${payout.id ?? ''}>
            <time>${date.format(new Date(payout.creationDate ?? 0))}</time>
            <span>${money.format(Number(payout.amount?.currencyAmount ?? 0))}</span>
            <span>${payout.currentStatus}</span>
            <span>${payout.type}</span>
            <span>${payout.paymentMethod} ••${payout.accountTail}</span>
            <button type="button" aria-expanded="false">Details</button>
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plain-payout-list': PlainPayoutList;
  }
}
