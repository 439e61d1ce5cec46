import { expect } from '@open-wc/testing';
import {
  calendarDateIn,
  daysBetween,
  relativePhrase,
  describePeriod,
  describeSchedule,
  parseApiDate,
  scheduleTime,
} from '../../src/components/expected-payout/schedule-date.js';

/** Intl puts thin and narrow no-break spaces in dates; compare with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\s+/g, ' ');

const EAST = 'Pacific/Kiritimati'; // UTC+14
const WEST = 'Pacific/Pago_Pago'; // UTC−11

describe('schedule-date: reading API dates', () => {
  it('reads midnight UTC, and a bare date, as the calendar date written', () => {
    const expected = { kind: 'date', date: { year: 2026, month: 11, day: 18 } };
    expect(parseApiDate('2026-11-18T00:00:00Z')).to.deep.equal(expected);
    expect(parseApiDate('2026-11-18T00:00:00.000Z')).to.deep.equal(expected);
    expect(parseApiDate('2026-11-18')).to.deep.equal(expected);
  });

  it('reads any other time as an instant, UTC when no offset is given', () => {
    const withZ = parseApiDate('2026-11-18T14:00:00Z');
    expect(withZ).to.deep.equal({ kind: 'instant', instant: new Date(Date.UTC(2026, 10, 18, 14)) });
    expect(parseApiDate('2026-11-18T14:00:00')).to.deep.equal(withZ);
    expect(parseApiDate('2026-11-18T16:00:00+02:00')).to.deep.equal(withZ);
    expect(parseApiDate('2026-11-18T14:00:00.5Z')).to.deep.equal({
      kind: 'instant',
      instant: new Date(Date.UTC(2026, 10, 18, 14, 0, 0, 500)),
    });
  });

  it('rejects text that is not a real date', () => {
    expect(parseApiDate('next Tuesday')).to.equal(undefined);
    expect(parseApiDate('2026-02-30T00:00:00Z')).to.equal(undefined);
    expect(parseApiDate('2026-13-01')).to.equal(undefined);
    expect(parseApiDate(undefined)).to.equal(undefined);
  });

  it('gives the day of an instant in a given zone', () => {
    const instant = new Date('2026-11-18T14:00:00Z');
    expect(calendarDateIn(instant, EAST)).to.deep.equal({ year: 2026, month: 11, day: 19 });
    expect(calendarDateIn(instant, WEST)).to.deep.equal({ year: 2026, month: 11, day: 18 });
    expect(calendarDateIn(instant, 'UTC')).to.deep.equal({ year: 2026, month: 11, day: 18 });
  });

  it('counts calendar days across months, years and daylight-saving changes', () => {
    expect(
      daysBetween({ year: 2026, month: 11, day: 17 }, { year: 2026, month: 11, day: 18 }),
    ).to.equal(1);
    expect(
      daysBetween({ year: 2026, month: 12, day: 30 }, { year: 2027, month: 1, day: 2 }),
    ).to.equal(3);
    // 29 Mar 2026 is 23 hours long in Europe; it is still one day.
    expect(
      daysBetween({ year: 2026, month: 3, day: 28 }, { year: 2026, month: 3, day: 30 }),
    ).to.equal(2);
    expect(
      daysBetween({ year: 2024, month: 2, day: 28 }, { year: 2024, month: 3, day: 1 }),
    ).to.equal(2);
    expect(
      daysBetween({ year: 2026, month: 11, day: 20 }, { year: 2026, month: 11, day: 18 }),
    ).to.equal(-2);
  });

  it('sorts calendar dates at their UTC midnight and instants at their moment', () => {
    expect(scheduleTime('2026-11-18T00:00:00Z')).to.equal(Date.UTC(2026, 10, 18));
    expect(scheduleTime('2026-11-18T14:00:00Z')).to.equal(Date.UTC(2026, 10, 18, 14));
    expect(scheduleTime('soon')).to.equal(undefined);
    expect(scheduleTime(undefined)).to.equal(undefined);
  });
});

describe('schedule-date: describing a scheduled date', () => {
  const now = new Date('2026-11-17T20:00:00Z'); // 18 Nov in Kiritimati, 17 Nov in Pago Pago

  it('shows a midnight-UTC date as that date in every zone, with no zone named', () => {
    for (const timeZone of [EAST, WEST, 'UTC']) {
      const shown = describeSchedule('2026-11-18T00:00:00Z', { locale: 'en-GB', now, timeZone });
      expect(plain(shown?.text)).to.equal('Wed, 18 Nov 2026');
      expect(shown?.datetime).to.equal('2026-11-18');
      expect(shown?.zoneStated).to.equal(false);
    }
  });

  it('counts the relative phrase from today in the seller zone', () => {
    const east = describeSchedule('2026-11-18T00:00:00Z', { locale: 'en-GB', now, timeZone: EAST });
    const west = describeSchedule('2026-11-18T00:00:00Z', { locale: 'en-GB', now, timeZone: WEST });
    expect(east?.relative).to.equal('today');
    expect(east?.days).to.equal(0);
    expect(west?.relative).to.equal('tomorrow');
    expect(west?.days).to.equal(1);
  });

  it('shows another time as the local date and time, naming the zone when the day differs from UTC', () => {
    const east = describeSchedule('2026-11-18T14:00:00Z', { locale: 'en-GB', now, timeZone: EAST });
    expect(plain(east?.text)).to.equal('Thu, 19 Nov 2026, 04:00 GMT+14');
    expect(east?.zoneStated).to.equal(true);
    expect(east?.relative).to.equal('tomorrow');
    expect(east?.datetime).to.equal('2026-11-18T14:00:00.000Z');

    const west = describeSchedule('2026-11-18T14:00:00Z', { locale: 'en-GB', now, timeZone: WEST });
    expect(plain(west?.text)).to.equal('Wed, 18 Nov 2026, 3:00');
    expect(west?.zoneStated).to.equal(false);
    expect(west?.relative).to.equal('tomorrow');
  });

  it('uses the locale for the date and the phrase', () => {
    const shown = describeSchedule('2026-11-20T00:00:00Z', {
      locale: 'de-DE',
      now,
      timeZone: WEST,
    });
    expect(plain(shown?.text)).to.equal('Fr., 20. Nov. 2026');
    expect(shown?.relative).to.equal('in 3 Tagen');
    const english = describeSchedule('2026-11-20T00:00:00Z', {
      locale: 'en-US',
      now,
      timeZone: WEST,
    });
    expect(english?.relative).to.equal('in 3 days');
  });

  it('says how long ago a date has passed', () => {
    const shown = describeSchedule('2026-11-15T00:00:00Z', {
      locale: 'en-US',
      now,
      timeZone: WEST,
    });
    expect(shown?.relative).to.equal('2 days ago');
  });

  it('counts dates further away in weeks, calendar months and years', () => {
    const today = { year: 2026, month: 11, day: 17 };
    const phrase = (year: number, month: number, day: number) =>
      relativePhrase(today, { year, month, day }, 'en-US');
    expect(phrase(2026, 11, 30)).to.equal('in 13 days');
    expect(phrase(2026, 12, 1)).to.equal('in 2 weeks');
    expect(phrase(2026, 11, 3)).to.equal('2 weeks ago');
    expect(phrase(2027, 1, 16)).to.equal('next month');
    expect(phrase(2027, 1, 17)).to.equal('in 2 months');
    expect(phrase(2026, 5, 1)).to.equal('6 months ago');
    expect(phrase(2027, 11, 17)).to.equal('next year');
    expect(phrase(2024, 3, 22)).to.equal('2 years ago');
  });

  it('shows text that is not a date as sent, with no phrase, and nothing for no date', () => {
    expect(describeSchedule('end of month', { locale: 'en-US', now })).to.deep.equal({
      datetime: '',
      text: 'end of month',
      zoneStated: false,
    });
    expect(describeSchedule(undefined, { locale: 'en-US', now })).to.equal(undefined);
    expect(describeSchedule('  ', { locale: 'en-US', now })).to.equal(undefined);
  });
});

describe('schedule-date: describing a period', () => {
  const now = new Date('2026-11-17T20:00:00Z');

  it('formats a range of calendar dates the same in every zone', () => {
    for (const timeZone of [EAST, WEST]) {
      const period = { startDate: '2024-03-08T00:00:00Z', endDate: '2024-03-22T00:00:00Z' };
      expect(plain(describePeriod(period, { locale: 'en-GB', now, timeZone }))).to.equal(
        '8 – 22 Mar 2024',
      );
      expect(plain(describePeriod(period, { locale: 'en-US', now, timeZone }))).to.equal(
        'Mar 8 – 22, 2024',
      );
    }
  });

  it('names times and zone when an end falls on another day locally than in UTC', () => {
    const period = { startDate: '2024-03-08T14:00:00Z', endDate: '2024-03-22T14:00:00Z' };
    expect(plain(describePeriod(period, { locale: 'en-GB', now, timeZone: EAST }))).to.equal(
      '9 Mar 2024, 04:00 GMT+14 – 23 Mar 2024, 04:00 GMT+14',
    );
    expect(plain(describePeriod(period, { locale: 'en-GB', now, timeZone: WEST }))).to.equal(
      '8 – 22 Mar 2024',
    );
  });

  it('shows an open end, and text that is not a date as sent', () => {
    const context = { locale: 'en-GB', now, timeZone: WEST };
    expect(plain(describePeriod({ startDate: '2024-03-08T00:00:00Z' }, context))).to.equal(
      'From 8 Mar 2024',
    );
    expect(plain(describePeriod({ endDate: '2024-03-22T00:00:00Z' }, context))).to.equal(
      'Until 22 Mar 2024',
    );
    expect(
      plain(describePeriod({ startDate: 'last week', endDate: '2024-03-22T00:00:00Z' }, context)),
    ).to.equal('last week – 22 Mar 2024');
    expect(describePeriod(undefined, context)).to.equal(undefined);
  });
});
