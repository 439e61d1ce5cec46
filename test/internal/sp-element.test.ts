import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { SpElement, type LoadContext } from '../../src/internal/sp-element.js';
import { SpApiError } from '../../src/api/errors.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import type { PayoutsQuery } from '../../src/api/operations.js';
import type { ListPayoutsResponse } from '../../src/api/wire.js';

/** A test-only element proving the base: query → source → states. */
@customElement('test-base-element')
class TestBaseElement extends SpElement<PayoutsQuery, ListPayoutsResponse> {
  protected query(): PayoutsQuery {
    return { payoutId: this.getAttribute('payout-id') ?? undefined };
  }
  protected load(query: PayoutsQuery, { source, signal }: LoadContext) {
    return source.listPayouts(query, { signal });
  }
  protected isEmpty(data: ListPayoutsResponse) {
    return !data.payouts?.length;
  }
  protected renderData(data: ListPayoutsResponse) {
    return litHtml`<p class="ids">${data.payouts?.map((p) => p.id).join(',')}</p>`;
  }
}

function source(impl: Partial<FinanceDataSource>): FinanceDataSource {
  return impl as FinanceDataSource;
}

describe('SpElement base', () => {
  it('renders loaded data and fires sp-load', async () => {
    const el = await fixture<TestBaseElement>(
      html`<test-base-element
        .dataSource=${source({ listPayouts: async () => ({ payouts: [{ id: 'P1' }] }) })}
      ></test-base-element>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.ids')!.textContent).to.equal('P1');
  });

  it('shows the error state with request id and fires sp-error', async () => {
    let detail: unknown;
    const el = await fixture<TestBaseElement>(
      html`<test-base-element
        @sp-error=${(e: CustomEvent) => (detail = e.detail)}
        .dataSource=${source({
          listPayouts: async () => {
            throw new SpApiError({
              kind: 'http',
              status: 403,
              code: 'Unauthorized',
              message: 'Access to requested resource is denied.',
              requestId: 'RID-123',
            });
          },
        })}
      ></test-base-element>`,
    );
    await el.updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('Access denied');
    expect(text).to.contain('Access to requested resource is denied.');
    expect(el.shadowRoot!.querySelector('.request-id')!.textContent).to.equal('RID-123');
    expect(el.shadowRoot!.querySelector('.retry')).to.equal(null);
    expect(detail).to.deep.equal({
      status: 403,
      code: 'Unauthorized',
      message: 'Access to requested resource is denied.',
      requestId: 'RID-123',
    });
    await expect(el).to.be.accessible();
  });

  it('fetches over HTTP from base-url', async () => {
    const el = await fixture<TestBaseElement>(
      html`<test-base-element base-url="/__test/echo"></test-base-element>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('Nothing to show');
  });
});
