/**
 * Right to left (Arabic, or `dir="rtl"`): layouts mirror, positions prove it; amounts keep their
 * own direction; the timeline still runs in reading order. axe passes in Arabic and Japanese.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { NOW, TAGS, exercise, renderIn, text, type AnyElement } from './helpers.js';

const box = (element: Element | null | undefined) => element!.getBoundingClientRect();
const centreX = (element: Element | null | undefined) => {
  const rect = box(element);
  return rect.left + rect.width / 2;
};

describe('right to left', () => {
  it('mirrors the balance card in ar-SA: each label right of its amount', async () => {
    const el = await renderIn('sp-balance-card', 'ar-SA');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    expect(text(root.querySelector('.title'))).to.equal('الأرصدة');
    const rows = [...root.querySelectorAll('[part~="balance-row"] > .row')];
    expect(rows.length).to.be.greaterThan(0);
    for (const row of rows) {
      // A long label may wrap the amount onto the next line; it still sits on the left.
      const label = row.querySelector('[part~="label"]');
      const amount = row.querySelector('[part~="amount"]');
      expect(centreX(label), text(label)).to.be.greaterThan(centreX(amount));
      expect(box(row).right - box(label).right).to.be.lessThan(2);
      expect(box(amount).left - box(row).left).to.be.lessThan(2);
    }
    // The title starts at the right edge of the card.
    const card = box(root.querySelector('[part="card"]'));
    const title = box(root.querySelector('.title'));
    expect(card.right - title.right).to.be.lessThan(2);
  });

  it('keeps the same layout left to right in en-US', async () => {
    const el = await renderIn('sp-balance-card', 'en-US');
    const row = el.shadowRoot!.querySelector('[part~="balance-row"] > .row')!;
    expect(box(row.querySelector('[part~="label"]')).right).to.be.lessThan(
      box(row.querySelector('[part~="amount"]')).left,
    );
  });

  it('runs the sunburst breadcrumb and table from the right', async () => {
    const el = await renderIn('sp-summary-sunburst', 'ar');
    const root = el.shadowRoot!;
    root
      .querySelector('svg .arc.drillable')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    const [first, current] = root.querySelectorAll('[part~="breadcrumb"] li');
    expect(text(first)).to.equal('الملخص');
    expect(box(first).left).to.be.at.least(box(current).right);
    // The separator points the way the path runs.
    expect(getComputedStyle(current!, '::before').content).to.contain('‹');
    (root.querySelector('[part~="table-toggle"]') as HTMLElement).click();
    await el.updateComplete;
    const row = root.querySelector('tbody tr')!;
    expect(box(row.querySelector('th')).left).to.be.at.least(box(row.querySelector('td')).right);
  });

  it('lists the payout timeline oldest first, top to bottom, icons on the right', async () => {
    const el = await renderIn('sp-payout-list', 'ar-EG');
    const root = el.shadowRoot!;
    // Open payouts until one with several status steps shows.
    let steps: Element[] = [];
    for (const toggle of root.querySelectorAll<HTMLElement>('[part~="toggle-button"]')) {
      toggle.click();
      await el.updateComplete;
      const details = root.getElementById(toggle.getAttribute('aria-controls')!)!;
      steps = [...details.querySelectorAll('[part~="timeline"] > li')];
      if (steps.length > 1) break;
    }
    expect(steps.length).to.be.greaterThan(1);
    const times = steps.map((step) => Date.parse(step.querySelector('time')!.dateTime));
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
    const tops = steps.map((step) => box(step).top);
    expect([...tops].sort((a, b) => a - b)).to.deep.equal(tops);
    for (const step of steps) {
      expect(centreX(step.querySelector('.step-icon'))).to.be.greaterThan(
        centreX(step.querySelector('.step-status')),
      );
    }
    // The row's date comes first, at the right.
    const summary = root.querySelector('[part~="row-summary"]')!;
    expect(box(summary.querySelector('[part~="date"]')).left).to.be.greaterThan(
      box(summary.querySelector('[part~="amount"]')).left,
    );
  });

  it('keeps a left-to-right amount readable inside right-to-left text', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <sp-summary-sunburst
          locale="en-US"
          .dataSource=${new SandboxDataSource({ now: NOW.toISOString() })}
        ></sp-summary-sunburst>
      </div>`,
    );
    const el = wrapper.querySelector('sp-summary-sunburst') as unknown as AnyElement;
    await el.updateComplete;
    const amounts = [...el.shadowRoot!.querySelectorAll('[part~="legend"] .amount')];
    const signed = amounts.find((a) => /^[-+−]/.test(text(a)));
    expect(signed, 'a signed legend amount').to.exist;
    // The sign is drawn left of the digits, as "-$1,234.56" reads.
    const node = signed!.firstChild!.nodeType === Node.TEXT_NODE ? signed!.firstChild! : signed!;
    const textNode = [...node.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) ?? node;
    const range = document.createRange();
    const content = textNode.textContent!;
    const at = (i: number) => {
      range.setStart(textNode, i);
      range.setEnd(textNode, i + 1);
      return range.getBoundingClientRect();
    };
    const signIndex = content.search(/[-+−]/);
    const lastDigit = content.search(/\d(?!.*\d)/);
    expect(at(signIndex).left).to.be.lessThan(at(lastDigit).left);
  });

  for (const locale of ['ar', 'ja']) {
    for (const tag of TAGS) {
      it(`passes axe: <${tag}> in ${locale}`, async () => {
        const el = await renderIn(tag, locale);
        await exercise(el);
        await expect(el).to.be.accessible();
        const empty = await renderIn(tag, locale, 'empty');
        await expect(empty).to.be.accessible();
        const failed = await renderIn(tag, locale, 'error-403');
        await expect(failed).to.be.accessible();
      });
    }
  }
});
