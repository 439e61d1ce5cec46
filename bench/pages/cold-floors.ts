/**
 * Cold pages, the floors of the other elements (issue 19): the least a host's own LitElement
 * does to show the same amounts, formatted with Intl.NumberFormat, in shadow DOM like the
 * elements. No states, no words, no interaction.
 */
import { LitElement, css, html } from 'lit';
import type { Balance, ExpectedPayout } from '../../src/api/wire.js';
import { coldPaint, stage } from './cold-timing.js';
import { PlainPayoutList } from './plain-list.js';
import { balancesResponse, expectedResponse, payoutsResponse } from './synthetic.js';
import { countNodes } from './timing.js';

const money = (amount: { currencyAmount?: number | string | null; currencyCode?: string | null }) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: amount.currencyCode ?? 'USD',
  }).format(Number(amount.currencyAmount ?? 0));

class FloorBalances extends LitElement {
  static override properties = { balances: { attribute: false } };
  static override styles = css`
    section {
      padding: 8px 0;
    }
  `;
  balances: Balance[] = [];

  override render() {
    const accounts = new Map<string, Balance[]>();
    for (const balance of this.balances) {
      const { accountType, marketplaceId } = balance.partnerMetadata ?? {};
      const key = `${accountType} ${marketplaceId}`;
      accounts.set(key, [...(accounts.get(key) ?? []), balance]);
    }
    return html`${[...accounts].map(
      ([account, balances]) =>
        html`<section>
          <h3>${account}</h3>
          <dl>
            ${balances.map(
              (balance) =>
                html`<dt>${balance.balanceType}</dt>
                  <dd>${money(balance.amount ?? {})}</dd>`,
            )}
          </dl>
        </section>`,
    )}`;
  }
}

class FloorExpected extends LitElement {
  static override properties = { payouts: { attribute: false } };
  payouts: ExpectedPayout[] = [];

  override render() {
    const date = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' });
    return html`<ul>
      ${this.payouts.map(
        (payout) =>
          html`<li>
            <span>${money(payout.amount ?? {})}</span>
            <span>${payout.status}</span>
            <time>${date.format(new Date(payout.scheduledDate ?? 0))}</time>
            <span>${payout.paymentMethod} ••${payout.accountTail}</span>
          </li>`,
      )}
    </ul>`;
  }
}

customElements.define('floor-balances', FloorBalances);
customElements.define('floor-expected', FloorExpected);
customElements.define('plain-payout-list', PlainPayoutList);

/** Appends `element`, its data set as a property, timed to its first painted frame. */
async function show(element: LitElement, data: Record<string, unknown>) {
  const where = stage();
  const ms = await coldPaint(() => {
    Object.assign(element, data);
    where.append(element);
    return element.updateComplete;
  });
  return { ms, nodes: countNodes(element).all };
}

const balances = () => show(new FloorBalances(), { balances: balancesResponse().balances ?? [] });
const expected = (count: number) =>
  show(new FloorExpected(), { payouts: expectedResponse(count).expectedPayouts ?? [] });
const payouts = (count: number) =>
  show(new PlainPayoutList(), { payouts: payoutsResponse(count).payouts ?? [] });

Object.assign(window, { bench: { balances, expected, payouts } });
