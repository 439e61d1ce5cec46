import { expect } from '@open-wc/testing';
import {
  calendarDateIn,
  daysBetween,
  formatDateTime,
  formatDay,
  formatLastIncludedDay,
  formatPeriod,
  isTimeZone,
  machineDate,
  marketplaceTimeZone,
  resolveTimeZone,
  writtenDate,
  relativePhrase,
  describePeriod,
  describeSchedule,
  parseApiDate,
  scheduleTime,
} from '../../src/l10n/dates.js';
import { instantOf } from '../../src/api/api-dates.js';

/** Intl puts thin and narrow no-break spaces in dates; compare with plain spaces. */
const plain = (text: string | undefined) => text?.replace(/\s+/g, ' ');

const EAST = 'Pacific/Kiritimati'; // UTC+14
const WEST = 'Pacific/Pago_Pago'; // UTC−11

describe('dates: reading API dates', () => {
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

describe('dates: describing a scheduled date', () => {
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

describe('dates: describing a period', () => {
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

describe('dates: one rule for every element', () => {
  const US = 'ATVPDKIKX0DER';
  const DE = 'A1PA6795UKMFR9';
  const JP = 'A1VC38T7YXB528';
  const zoneOf = (id: string) => resolveTimeZone(undefined, [id]);

  it('formats calendar dates in the locale, on their day, and unreadable text as sent', () => {
    // Moved from the payout list's and the balance card's own date helpers.
    for (const timeZone of [EAST, WEST, 'UTC', undefined]) {
      expect(plain(formatDay('2024-06-01', { locale: 'en-US', timeZone }))).to.equal('Jun 1, 2024');
      expect(plain(formatDay('2024-06-01', { locale: 'de-DE', timeZone }))).to.equal(
        '1. Juni 2024',
      );
      expect(plain(formatDay('2025-01-12T00:00:00Z', { locale: 'en-GB', timeZone }))).to.equal(
        '12 Jan 2025',
      );
    }
    expect(formatDay('not a date', { locale: 'en-US' })).to.equal('not a date');
    expect(formatDay('2025-02-30', { locale: 'en-GB' })).to.equal('2025-02-30');
    expect(writtenDate('2025-01-12T10:30:00+09:00')).to.equal('2025-01-12');
    expect(writtenDate('2025-02-30')).to.equal(undefined);
    expect(writtenDate('yesterday')).to.equal(undefined);
    expect(machineDate('2024-06-01T00:00:00Z')).to.equal('2024-06-01');
    expect(machineDate('2024-06-01T06:00:00Z')).to.equal('2024-06-01T06:00:00.000Z');
  });

  it('shows a time of day with its zone always named', () => {
    const utc = formatDateTime('2024-06-01T06:00:00Z', { locale: 'en-US', timeZone: 'UTC' });
    expect(plain(utc)).to.equal('Jun 1, 2024, 6:00 AM UTC');
    const la = formatDateTime('2024-06-01T06:00:00Z', { locale: 'en-US', timeZone: zoneOf(US) });
    expect(plain(la)).to.equal('May 31, 2024, 11:00 PM PDT');
    expect(formatDateTime('not a time', { locale: 'en-US' })).to.equal(undefined);
  });

  it('puts each marketplace in its own zone, and the time-zone override above it', () => {
    expect(marketplaceTimeZone(US)).to.equal('America/Los_Angeles');
    expect(marketplaceTimeZone(DE)).to.equal('Europe/Berlin');
    expect(marketplaceTimeZone(JP)).to.equal('Asia/Tokyo');
    expect(marketplaceTimeZone('UNKNOWN')).to.equal(undefined);
    expect(resolveTimeZone(undefined, [US, US])).to.equal('America/Los_Angeles');
    // Marketplaces in different zones, or none known: the API's own zone, UTC.
    expect(resolveTimeZone(undefined, [US, JP])).to.equal('UTC');
    expect(resolveTimeZone(undefined, [])).to.equal('UTC');
    expect(resolveTimeZone(undefined, ['UNKNOWN'])).to.equal('UTC');
    // The host's zone wins; "local" is the viewer's; a zone Intl does not know is ignored.
    expect(resolveTimeZone('Asia/Kolkata', [US])).to.equal('Asia/Kolkata');
    expect(resolveTimeZone('UTC', [JP])).to.equal('UTC');
    expect(resolveTimeZone('local', [JP])).to.equal(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    expect(resolveTimeZone('Mars/Olympus_Mons', [DE])).to.equal('Europe/Berlin');
    expect(resolveTimeZone('<script>', [])).to.equal('UTC');
    expect(isTimeZone('Europe/Berlin')).to.equal(true);
    expect(isTimeZone('nowhere')).to.equal(false);
  });

  it('shows timestamps around midnight on the marketplace day, naming the zone when it moves the day', () => {
    // [marketplace, locale, 23:30 UTC on 31 May, 00:30 UTC on 1 June]: Los Angeles is still on
    // 31 May for both; Berlin and Tokyo are on 1 June for both.
    const cases = [
      [US, 'en-US', 'May 31, 2024', 'May 31, 2024, 5:30 PM PDT'],
      [DE, 'de-DE', '1. Juni 2024, 01:30 MESZ', '1. Juni 2024'],
      [JP, 'ja-JP', '2024年6月1日 8:30 JST', '2024年6月1日'],
    ] as const;
    for (const [id, locale, late, early] of cases) {
      const context = { locale, timeZone: zoneOf(id) };
      expect(plain(formatDay('2024-05-31T23:30:00Z', context)), id).to.equal(late);
      expect(plain(formatDay('2024-06-01T00:30:00Z', context)), id).to.equal(early);
    }
    const early = '2024-06-01T00:30:00Z';
    // The far-east and far-west zones, set as the host's override.
    expect(plain(formatDay(early, { locale: 'en-US', timeZone: resolveTimeZone(EAST) }))).to.equal(
      'Jun 1, 2024',
    );
    expect(plain(formatDay(early, { locale: 'en-US', timeZone: resolveTimeZone(WEST) }))).to.equal(
      'May 31, 2024, 1:30 PM GMT-11',
    );
    // The payout, created at midnight UTC: 1 June for every reader.
    for (const id of [US, DE, JP]) {
      expect(
        plain(formatDay('2024-06-01T00:00Z', { locale: 'en-US', timeZone: zoneOf(id) })),
      ).to.equal('Jun 1, 2024');
    }
  });

  it('shows an exclusive end bound as the last day it includes', () => {
    const context = { locale: 'en-US', timeZone: 'UTC' };
    expect(formatLastIncludedDay('2024-07-01', context)).to.equal('Jun 30, 2024');
    expect(formatLastIncludedDay('2024-03-01T00:00:00Z', context)).to.equal('Feb 29, 2024');
    expect(formatLastIncludedDay('2025-01-01', context)).to.equal('Dec 31, 2024');
    expect(formatLastIncludedDay('soon', context)).to.equal('soon');
    expect(
      plain(formatPeriod('2024-06-01', '2024-07-01', context, { exclusiveEnd: true })),
    ).to.equal('Jun 1 – 30, 2024');
    expect(plain(formatPeriod('2024-06-01', '2024-07-01', context))).to.equal(
      'Jun 1 – Jul 1, 2024',
    );
  });

  it('shows a period as a range, one day once, or one end alone', () => {
    // Moved from the payout list's and the sunburst's own period helpers.
    const us = { locale: 'en-US', timeZone: 'UTC' };
    expect(plain(formatPeriod('2024-05-18', '2024-06-01', us))).to.equal('May 18 – Jun 1, 2024');
    expect(plain(formatPeriod('2024-05-18', undefined, us))).to.equal('From May 18, 2024');
    expect(plain(formatPeriod(undefined, '2024-06-01', us))).to.equal('Until Jun 1, 2024');
    expect(formatPeriod(undefined, undefined, us)).to.equal(undefined);
    // A summary's period (first second to last second) is those days in every marketplace.
    for (const timeZone of ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Tokyo', EAST, WEST]) {
      expect(
        plain(
          formatPeriod('2026-01-01T00:00:00Z', '2026-01-31T23:59:59Z', {
            locale: 'en-US',
            timeZone,
          }),
        ),
      ).to.equal('Jan 1 – 31, 2026');
    }
    // Ends the wrong way round are shown as sent, not swapped or thrown on.
    expect(plain(formatPeriod('2024-06-01', '2024-05-18', us))).to.equal(
      'Jun 1, 2024 – May 18, 2024',
    );
  });
});

describe('dates: a period end exclusive when timed, inclusive when a date (the summary, #21)', () => {
  const LA = 'America/Los_Angeles';
  const shown = (start: string, end: string, timeZone = LA) =>
    plain(formatPeriod(start, end, { locale: 'en-US', timeZone }, { exclusiveEnd: 'timestamps' }));

  it('shows an offset last second as its own day, not the next one', () => {
    expect(shown('2026-01-01T00:00:00-08:00', '2026-01-31T23:59:59-08:00')).to.equal(
      'Jan 1 – 31, 2026',
    );
  });

  it("shows the reference's exclusive midnight as the day before", () => {
    expect(shown('2026-01-01', '2026-02-01T00:00:00Z')).to.equal('Jan 1 – 31, 2026');
  });

  it("keeps the published model's inclusive date as written", () => {
    expect(shown('2026-01-01', '2026-01-31')).to.equal('Jan 1 – 31, 2026');
  });

  it("shows any other exclusive time as the moment before, in the marketplace's zone", () => {
    // 08:00Z on Feb 1 is midnight in Los Angeles: the last included moment is still Jan 31,
    // and since that day is not the UTC day, the time and zone are named.
    expect(shown('2026-01-01T08:00:00Z', '2026-02-01T08:00:00Z')).to.equal(
      'Jan 1, 2026 – Jan 31, 2026, 11:59 PM PST',
    );
    expect(shown('2026-01-01T08:00:00Z', '2026-02-01T09:00:00Z')).to.contain('Feb 1, 2026');
  });
});

describe('reading API dates for sorting and time between events (src/api/api-dates.ts)', () => {
  it('reads instants strictly as ISO 8601, offsets and fractions kept', () => {
    expect(instantOf('2024-06-01T00:30:00Z')).to.equal(Date.UTC(2024, 5, 1, 0, 30));
    expect(instantOf('2024-06-01T00:00:00-07:00')).to.equal(Date.UTC(2024, 5, 1, 7));
    expect(instantOf('2024-06-01T12:00:00.250+0530')).to.equal(Date.UTC(2024, 5, 1, 6, 30, 0, 250));
    expect(instantOf('2024-06-01')).to.equal(Date.UTC(2024, 5, 1));
    // No offset is UTC, as the SP-API sends; the browser's own zone never leaks in.
    expect(instantOf('2024-06-01T10:00:00')).to.equal(Date.UTC(2024, 5, 1, 10));
  });

  it('refuses what is not an ISO date, where Date.parse would guess', () => {
    for (const text of ['June 1, 2024', '2024-02-30', '1717200000', '', 'soon']) {
      expect(instantOf(text), text).to.equal(undefined);
    }
    expect(instantOf(undefined)).to.equal(undefined);
  });

  it("refuses days that do not exist in the API's own form, which Date.parse rolls over", () => {
    for (const text of [
      '2024-02-30T10:00:00Z',
      '2023-02-29T10:00:00.000Z',
      '2026-04-31T10:00:00+02:00',
      '2026-13-01T00:00:00Z',
      '2026-01-10T23:60:00Z',
    ]) {
      expect(instantOf(text), text).to.equal(undefined);
    }
    expect(instantOf('2024-02-29T10:00:00.000Z')).to.equal(Date.UTC(2024, 1, 29, 10));
    expect(instantOf('2026-01-31T23:59:59.999-01:00')).to.equal(
      Date.UTC(2026, 1, 1, 0, 59, 59, 999),
    );
  });
});
