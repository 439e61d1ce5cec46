import { expect } from '@open-wc/testing';
import { dateTimeFormat, listFormat, numberFormat } from '../../src/l10n/intl-cache.js';
import { calendarDateIn } from '../../src/l10n/dates.js';

describe('intl-cache', () => {
  it('makes one formatter per locale and options, and formats as a new one would', () => {
    const options = { style: 'unit', unit: 'hour', unitDisplay: 'long' } as const;
    const first = numberFormat('de-DE', options);
    expect(numberFormat('de-DE', { ...options })).to.equal(first);
    expect(numberFormat('en-US', options)).not.to.equal(first);
    expect(numberFormat('de-DE', { ...options, unit: 'day' })).not.to.equal(first);
    expect(first.format(3)).to.equal(new Intl.NumberFormat('de-DE', options).format(3));
    expect(listFormat('en-US', { type: 'unit' }).format(['a', 'b'])).to.equal('a, b');
  });

  it('throws for what Intl refuses, every time, and keeps nothing', () => {
    const bad = () => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus_Mons' });
    expect(bad).to.throw(RangeError);
    expect(bad).to.throw(RangeError);
    expect(dateTimeFormat('en-US', { timeZone: 'UTC' }).format(0)).to.equal('1/1/1970');
  });

  it('leaves calendar dates per zone as they were', () => {
    const instant = new Date('2026-11-18T03:30:00Z');
    expect(calendarDateIn(instant, 'UTC')).to.deep.equal({ year: 2026, month: 11, day: 18 });
    expect(calendarDateIn(instant, 'America/Los_Angeles')).to.deep.equal({
      year: 2026,
      month: 11,
      day: 17,
    });
  });
});
