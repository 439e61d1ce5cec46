/**
 * Runs only in the `tz-far-east` (Pacific/Kiritimati, UTC+14) and `tz-far-west`
 * (Pacific/Pago_Pago, UTC−11) groups of web-test-runner.config.js, whose Chromium is started
 * with TZ set. Each test reads which zone it is in and expects what a seller there sees; the
 * element is asked for the viewer's zone (`time-zone="local"`), as a host that wants it would.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/expected-payout/expected-payout.js';
import type { SpExpectedPayout } from '../../src/components/expected-payout/expected-payout.component.js';
import { describeSchedule } from '../../src/l10n/dates.js';
import { expectedPayout, onePage, recordingSource } from '../fixtures/expected-payouts.js';
import { sandboxExpectedPayouts } from '../fixtures/expected-sandbox.js';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const east = zone === 'Pacific/Kiritimati';

/** 17 Nov 20:00 UTC: already 18 Nov 10:00 in Kiritimati, still 17 Nov 09:00 in Pago Pago. */
const NOW = new Date('2026-11-17T20:00:00Z');

const text = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function render(source = onePage(expectedPayout()).source) {
  const el = await fixture<SpExpectedPayout>(
    html`<sp-expected-payout
      locale="en-GB"
      time-zone="local"
      .now=${NOW}
      .dataSource=${source}
    ></sp-expected-payout>`,
  );
  await el.updateComplete;
  return el.shadowRoot!.querySelector('[part="hero"]')!;
}

describe(`scheduled dates in the browser's zone (${zone})`, () => {
  it('runs in a far-east or far-west zone, set on the browser', () => {
    expect(['Pacific/Kiritimati', 'Pacific/Pago_Pago']).to.include(zone);
    // The zone really moves the clock, not only its name.
    expect(new Date('2026-11-18T00:00:00Z').getTimezoneOffset()).to.equal(
      east ? -14 * 60 : 11 * 60,
    );
  });

  it('shows a midnight-UTC date as that date, with no zone, in both zones', async () => {
    const hero = await render(
      onePage(expectedPayout({ scheduledDate: '2026-11-18T00:00:00Z' })).source,
    );
    const schedule = text(hero.querySelector('.schedule'));
    // Today is the 18th in Kiritimati and the 17th in Pago Pago.
    expect(schedule).to.equal(east ? 'Wed, 18 Nov 2026 (today)' : 'Wed, 18 Nov 2026 (tomorrow)');
    expect(schedule).not.to.match(/GMT|UTC/);
    expect(hero.querySelector('time')!.getAttribute('datetime')).to.equal('2026-11-18');
    expect(text(hero.querySelector('.period'))).to.equal('4 – 18 Nov 2026');
  });

  it('shows another time on its local date, naming the zone when that date differs from UTC', async () => {
    const hero = await render(
      onePage(expectedPayout({ scheduledDate: '2026-11-18T14:00:00Z' })).source,
    );
    expect(text(hero.querySelector('.schedule'))).to.equal(
      east ? 'Thu, 19 Nov 2026, 04:00 GMT+14 (tomorrow)' : 'Wed, 18 Nov 2026, 3:00 (tomorrow)',
    );
  });

  it("shows Amazon's sandbox payout on the seller's own day", async () => {
    const hero = await render(recordingSource(() => sandboxExpectedPayouts).source);
    expect(text(hero.querySelector('.schedule'))).to.equal(
      east
        ? 'Sat, 23 Mar 2024, 04:00 GMT+14 (2 years ago)'
        : 'Fri, 22 Mar 2024, 3:00 (2 years ago)',
    );
    expect(text(hero.querySelector('.period'))).to.equal(
      east ? '9 Mar 2024, 04:00 GMT+14 – 23 Mar 2024, 04:00 GMT+14' : '8 – 22 Mar 2024',
    );
  });

  it('counts relative days in the browser zone when no zone is passed', () => {
    const shown = describeSchedule('2026-11-19T00:00:00Z', { locale: 'en-US', now: NOW });
    expect(shown?.relative).to.equal(east ? 'tomorrow' : 'in 2 days');
  });
});
