/**
 * `<sp-summary-sunburst>` over real HTTP with breakdowns nested far deeper than any real summary
 * (issue 20, harm 6: deeper than 32 levels were cut silently). Every level up to the element's
 * bound (256) reaches the table of every node and can be drilled into; beyond it, the last row
 * read says how many levels are not shown.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/summary-sunburst/summary-sunburst.js';
import type { SpSummarySunburst } from '../../src/components/summary-sunburst/summary-sunburst.component.js';
import { baseUrlFor, newKey, script } from '../data/http-helpers.js';

const text = (node: Element | ShadowRoot | null | undefined) =>
  (node?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

/** One chain of `levels` breakdowns, `LEVEL_1` outermost, each 100.00 USD, as raw JSON text. */
function chain(levels: number): string {
  let inner = '';
  for (let level = levels; level >= 1; level--) {
    const children = inner ? `,"breakdowns":[${inner}]` : '';
    inner = `{"breakdownType":"LEVEL_${level}","breakdownAmount":{"currencyAmount":"100.00","currencyCode":"USD"}${children}}`;
  }
  return `{"summaries":[{"amount":{"currencyAmount":"100.00","currencyCode":"USD"},"breakdowns":[${inner}]}]}`;
}

async function render(levels: number) {
  const key = newKey(`sunburst-deep-${levels}`);
  await script(key, [{ body: chain(levels) }]);
  const el = await fixture<SpSummarySunburst>(
    html`<sp-summary-sunburst base-url=${baseUrlFor(key)} locale="en-US"></sp-summary-sunburst>`,
  );
  const root = el.shadowRoot!;
  await waitUntil(() => root.querySelector('tbody tr'), 'no table rows', { timeout: 5000 });
  // Over one chunk of rows, the table fills in after the chart has painted.
  await waitUntil(
    () => !root.querySelector('.table-wrap')!.hasAttribute('aria-busy'),
    'the table never filled in',
  );
  await el.updateComplete;
  return { el, root };
}

function tableRows(root: ShadowRoot): string[][] {
  return [...root.querySelectorAll('tbody tr')].map((tr) => [
    text(tr.querySelector('.row-name')),
    ...[...tr.querySelectorAll('td')].map((td) => text(td)),
  ]);
}

const levelRows = (levels: number) =>
  Array.from({ length: levels }, (_, i) => [`Level ${i + 1}`, '+$100.00', '100%', '100%']);

describe('<sp-summary-sunburst> with deep breakdowns', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('lists all 100 levels of a 100-deep breakdown and drills to the deepest', async () => {
    const { el, root } = await render(100);
    expect(tableRows(root)).to.deep.equal(levelRows(100));
    // Screen readers hear each row's whole path.
    const last = root.querySelector('tbody tr:last-child th')!;
    expect(text(last.querySelector('.visually-hidden'))).to.equal(
      `${Array.from({ length: 99 }, (_, i) => `Level ${i + 1} ›`).join(' ')}`,
    );
    expect(root.querySelector('[part~="deeper-levels"]')).to.equal(null);

    // The chart shows three rings at a time; drilling in reaches every level.
    await emulateMedia({ reducedMotion: 'reduce' });
    for (let level = 1; level < 100; level++) {
      const arc = root.querySelector<SVGPathElement>(
        `path.arc.drillable[aria-label^="Level ${level},"]`,
      );
      expect(arc, `Level ${level} drillable`).to.not.equal(null);
      arc!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    await nextFrame();
    const crumbs = [...root.querySelectorAll('.breadcrumb li')].map(text);
    expect(crumbs).to.have.length(100);
    expect(crumbs.slice(-2)).to.deep.equal(['Level 98', 'Level 99']);
    expect(
      [...root.querySelectorAll('path.arc')].map((p) => p.getAttribute('aria-label')),
    ).to.deep.equal(['Level 100, +$100.00, 100% of Level 99, 100% of gross']);
  });

  it('says how many levels lie beyond the 256 it reads, in the table and the tooltip', async () => {
    const { el, root } = await render(300);
    const rows = tableRows(root);
    expect(rows).to.have.length(256);
    expect(rows).to.deep.equal(levelRows(256));
    const notes = [...root.querySelectorAll('tbody [part~="deeper-levels"]')];
    expect(notes.map(text)).to.deep.equal(['44 deeper levels not shown']);
    // The note is on the last row read, visible when the table is shown.
    expect(notes[0]!.closest('tr')).to.equal(root.querySelector('tbody tr:last-child'));
    root.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await el.updateComplete;
    expect(notes[0]!.getBoundingClientRect().height).to.be.greaterThan(0);

    // Drilled in to level 254, the chart's outer ring is level 256: its label says so too.
    await emulateMedia({ reducedMotion: 'reduce' });
    for (let level = 1; level <= 254; level++) {
      root
        .querySelector(`path.arc.drillable[aria-label^="Level ${level},"]`)!
        .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
    }
    const deepest = root.querySelector('path.arc[aria-label^="Level 256,"]')!;
    expect(deepest.getAttribute('aria-label')).to.equal(
      'Level 256, +$100.00, 100% of Level 255, 100% of gross, 44 deeper levels not shown',
    );
  });
});
