import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { customElement, property } from 'lit/decorators.js';
import { html as litHtml } from 'lit';
import { SpElement, type LoadContext } from '../../src/internal/sp-element.js';
import { SpApiError } from '../../src/api/errors.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import type { PayoutsQuery } from '../../src/api/operations.js';
import type { ListPayoutsResponse } from '../../src/api/wire.js';
import '../../src/events/sp-settlement-select.js';
import { baseUrlFor, newKey, script } from '../data/http-helpers.js';

/** A test-only element proving the base: query → source → states. */
@customElement('test-base-element')
class TestBaseElement extends SpElement<PayoutsQuery, ListPayoutsResponse> {
  @property({ attribute: 'payout-id' }) payoutId: string | undefined;
  protected query(): PayoutsQuery {
    return { payoutId: this.payoutId };
  }
  protected load(query: PayoutsQuery, { source, signal, fresh }: LoadContext) {
    return source.listPayouts(query, { signal, fresh });
  }
  protected isEmpty(data: ListPayoutsResponse) {
    return !data.payouts?.length;
  }
  protected renderData(data: ListPayoutsResponse) {
    return litHtml`<p class="ids">${data.payouts?.map((p) => p.id).join(',')}</p>`;
  }
  /** Never called: `npm run typecheck` (which covers the tests) proves emit is typed. */
  protected typedEmits() {
    this.emit('sp-settlement-select', { settlementId: 'S', payout: { id: 'P' } as never });
    // @ts-expect-error a name that is not one of the library's events
    this.emit('sp-lod', []);
    // @ts-expect-error sp-error's detail is an SpErrorDetail, not a number
    this.emit('sp-error', 42);
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
      errors: [],
    });
    await expect(el).to.be.accessible();
  });

  it('shows every error of an ErrorList that holds several, as text, and reports them all', async () => {
    const key = newKey('error-list');
    await script(key, [
      {
        status: 400,
        headers: { 'x-amzn-RequestId': 'RID-LIST' },
        body: {
          errors: [
            { code: 'InvalidInput', message: 'postedAfter is invalid.', details: 'Use ISO 8601.' },
            { code: 'InvalidInput', message: '<b>marketplaceId</b> is unknown.' },
            { code: 'Unsupported' },
          ],
        },
      },
    ]);
    let detail: unknown;
    const el = await fixture<TestBaseElement>(
      html`<test-base-element
        base-url=${baseUrlFor(key)}
        @sp-error=${(e: CustomEvent) => (detail = e.detail)}
      ></test-base-element>`,
    );
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('.api-error')].map((item) =>
      item.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(items).to.deep.equal([
      'InvalidInput postedAfter is invalid. Use ISO 8601.',
      'InvalidInput <b>marketplaceId</b> is unknown.',
      'Unsupported',
    ]);
    expect(el.shadowRoot!.querySelector('.api-error b')).to.equal(null);
    expect((detail as { errors: unknown[] }).errors).to.deep.equal([
      { code: 'InvalidInput', message: 'postedAfter is invalid.', details: 'Use ISO 8601.' },
      { code: 'InvalidInput', message: '<b>marketplaceId</b> is unknown.', details: undefined },
      { code: 'Unsupported', message: undefined, details: undefined },
    ]);
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

describe('SpElement base: queries, aborts and retries', () => {
  it('drops an older answer that arrives after a newer one, and aborts the older request', async () => {
    const signals: AbortSignal[] = [];
    const slowFirst: FinanceDataSource = source({
      listPayouts: (query, options) => {
        signals.push(options!.signal!);
        const delay = query.payoutId === 'OLD' ? 300 : 10;
        return new Promise((resolve) =>
          setTimeout(() => resolve({ payouts: [{ id: query.payoutId }] }), delay),
        );
      },
    });
    // Not awaited: the first (slow) load must still be in flight when the query changes.
    const el = fixtureSync<TestBaseElement>(
      html`<test-base-element payout-id="OLD" .dataSource=${slowFirst}></test-base-element>`,
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(signals).to.have.length(1);
    el.payoutId = 'NEW';
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(el.shadowRoot!.querySelector('.ids')!.textContent).to.equal('NEW');
    expect(signals[0]!.aborted).to.equal(true);
  });

  it('Retry asks the data source for a fresh answer (skipping caches)', async () => {
    const freshFlags: (boolean | undefined)[] = [];
    let calls = 0;
    const el = await fixture<TestBaseElement>(
      html`<test-base-element
        .dataSource=${source({
          listPayouts: async (_query, options) => {
            freshFlags.push(options?.fresh);
            if (calls++ === 0)
              throw new SpApiError({ kind: 'http', status: 503, message: 'Service unavailable' });
            return { payouts: [{ id: 'P2' }] };
          },
        })}
      ></test-base-element>`,
    );
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('.retry');
    expect(retry, 'a 503 offers Retry').to.exist;
    retry!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.ids')!.textContent).to.equal('P2');
    expect(freshFlags).to.deep.equal([false, true]);
  });

  it('shows a configuration hint when neither base-url nor dataSource is set', async () => {
    const el = await fixture<TestBaseElement>(html`<test-base-element></test-base-element>`);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('base-url');
  });

  it('shows an unparsable base-url as an error naming it, with no unhandled rejection, and recovers', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      rejections.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const errors: CustomEvent[] = [];
      const el = fixtureSync<TestBaseElement>(
        html`<test-base-element
          base-url="http://["
          @sp-error=${(event: CustomEvent) => errors.push(event)}
        ></test-base-element>`,
      );
      await el.updateComplete;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an error state, not a skeleton').to.exist;
      expect(alert!.textContent).to.contain('base-url "http://[" is not a valid URL.');
      expect(errors.map((event) => event.detail.code)).to.deep.equal(['InvalidBaseUrl']);
      await expect(el).to.be.accessible();
      el.baseUrl = '/__test/echo';
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Nothing to show');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });

  it('loads once for the same query given twice, and again when it changes', async () => {
    const asked: PayoutsQuery[] = [];
    const el = await fixture<TestBaseElement>(
      html`<test-base-element
        payout-id="P1"
        .dataSource=${source({
          listPayouts: async (query) => {
            asked.push(query);
            return { payouts: [{ id: query.payoutId }] };
          },
        })}
      ></test-base-element>`,
    );
    await el.updateComplete;
    el.payoutId = 'P1'; // the same value set again, and an unrelated update
    el.requestUpdate();
    await el.updateComplete;
    el.payoutId = 'P2';
    await el.updateComplete;
    expect(asked.map((query) => query.payoutId)).to.deep.equal(['P1', 'P2']);
  });

  it('takes its locale from its attribute, else the nearest lang (across shadow roots), else the browser', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="de-DE"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('test-base-element') as TestBaseElement;
    shadow.append(el);
    expect(el.resolvedLocale).to.equal('de-DE');
    el.locale = 'ja-JP';
    expect(el.resolvedLocale).to.equal('ja-JP');
    el.locale = 'not a locale!';
    expect(el.resolvedLocale, 'an invalid tag falls back').to.equal('de-DE');
    const orphan = document.createElement('test-base-element') as TestBaseElement;
    expect(orphan.resolvedLocale).to.equal(Intl.getCanonicalLocales(navigator.language)[0]);
  });

  it('is right-to-left under dir="rtl" or an Arabic locale', async () => {
    const el = await fixture<TestBaseElement>(
      html`<test-base-element locale="ar-SA"></test-base-element>`,
    );
    expect(el.resolvedDirection).to.equal('rtl');
    el.locale = 'en-US';
    expect(el.resolvedDirection).to.equal('ltr');
    el.setAttribute('dir', 'rtl');
    expect(el.resolvedDirection).to.equal('rtl');
  });
});

describe('defineElement', () => {
  it('warns instead of throwing when a tag is taken, and registers a class under another name', async () => {
    const { defineElement } = await import('../../src/internal/define.js');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      expect(defineElement('test-base-element', class extends HTMLElement {})).to.equal(false);
      expect(customElements.get('test-base-element')).to.equal(TestBaseElement);
      expect(String(warnings[0])).to.contain('<test-base-element> is already defined');
      expect(defineElement('acme-base-element', TestBaseElement)).to.equal(true);
      expect(customElements.get('acme-base-element')).to.be.a('function');
    } finally {
      console.warn = warn;
    }
  });
});
