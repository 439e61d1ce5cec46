import { expect } from '@open-wc/testing';
import { normaliseSummaries } from '../../src/api/normalise-summary.js';
import {
  defaultOptionKey,
  mergeSummaries,
  resolveOption,
  summaryOptions,
} from '../../src/components/summary-sunburst/summary-selection.js';
import { formatShare } from '../../src/components/summary-sunburst/summary-text.js';
import { formatDay, formatPeriod } from '../../src/l10n/dates.js';
import { ENGLISH } from '../../src/l10n/runtime.js';
import { Decimal } from '../../src/money/decimal.js';
import { summaryWith } from '../fixtures/summary-reference.js';

const money = (currencyAmount: string, currencyCode = 'USD') => ({ currencyAmount, currencyCode });

function threeSummaries() {
  return normaliseSummaries({
    summaries: [
      summaryWith('USD', [
        {
          breakdownType: 'EARNINGS',
          breakdownAmount: money('0.10'),
          breakdowns: [{ breakdownType: 'SALES', breakdownAmount: money('0.10') }],
        },
      ]),
      summaryWith('EUR', [{ breakdownType: 'EARNINGS', breakdownAmount: money('5', 'EUR') }], {
        partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'A1PA6795UKMFR9' },
      }),
      summaryWith(
        'USD',
        [
          {
            breakdownType: 'Earnings',
            breakdownAmount: money('0.20'),
            breakdowns: [
              { breakdownType: 'Sales', breakdownAmount: money('0.25') },
              { breakdownType: 'REFUNDS', breakdownAmount: money('-0.05') },
            ],
          },
          { breakdownType: 'OTHERS', breakdownAmount: money('-1.00') },
        ],
        {
          partnerMetadata: { accountType: 'Invoiced Orders', marketplaceId: 'A2EUQ1WTGCTBG2' },
          amount: money('-0.80'),
        },
      ),
    ],
  });
}

describe('summary selection', () => {
  it('groups options by currency, with "All" only within a currency that has several', () => {
    const groups = summaryOptions(threeSummaries(), ENGLISH);
    expect(groups.map((g) => [g.label, g.options.map((o) => o.label)])).to.deep.equal([
      [
        'USD',
        ['All USD summaries (2)', 'Amazon.com · Standard orders', 'Amazon.ca · Invoiced Orders'],
      ],
      ['EUR', ['Amazon.de · Standard orders']],
    ]);
    expect(defaultOptionKey(groups)).to.equal('all:USD');
  });

  it('offers no "All" across currencies', () => {
    const [usd, eur] = threeSummaries().filter((_, i) => i < 2);
    const groups = summaryOptions([usd!, eur!], ENGLISH);
    const labels = groups.flatMap((g) => g.options.map((o) => o.label));
    expect(labels).to.deep.equal(['Amazon.com · Standard orders', 'Amazon.de · Standard orders']);
    expect(labels.some((l) => l.startsWith('All'))).to.equal(false);
    expect(defaultOptionKey(groups)).to.equal(usd!.key);
  });

  it('adds a currency up exactly, merging breakdowns by type at every level', () => {
    const groups = summaryOptions(threeSummaries(), ENGLISH);
    const all = resolveOption(groups, 'all:USD')!;
    expect(all.key).to.equal('all:USD');
    expect(all.currency).to.equal('USD');
    expect(all.net!.amount.toString()).to.equal('-0.8');
    const earnings = all.breakdowns[0]!;
    expect(earnings.type).to.equal('EARNINGS');
    expect(earnings.money!.amount.toString()).to.equal('0.3');
    expect(earnings.children.map((c) => [c.type, c.money!.amount.toString()])).to.deep.equal([
      ['SALES', '0.35'],
      ['REFUNDS', '-0.05'],
    ]);
    expect(all.breakdowns.map((b) => b.type)).to.deep.equal(['EARNINGS', 'OTHERS']);
    expect(all.account).to.deep.equal({
      partnerId: undefined,
      accountType: undefined,
      accountTypeRaw: undefined,
      marketplaceId: undefined,
    });
  });

  it('never adds an amount in another currency into a total', () => {
    const [usd, eur] = threeSummaries();
    const merged = mergeSummaries([usd!, eur!], 'USD');
    expect(merged.breakdowns[0]!.money!.amount.toString()).to.equal('0.1');
    expect(merged.breakdowns[0]!.money!.currency).to.equal('USD');
  });

  it('makes a total with an invalid amount in it that invalid amount, never the rest added up', () => {
    const [fine, broken] = normaliseSummaries({
      summaries: [
        summaryWith(
          'USD',
          [
            {
              breakdownType: 'EARNINGS',
              breakdownAmount: money('10'),
              breakdowns: [{ breakdownType: 'SALES', breakdownAmount: money('10') }],
            },
          ],
          { amount: money('10') },
        ),
        summaryWith(
          'USD',
          [
            {
              breakdownType: 'EARNINGS',
              breakdownAmount: money('1e400'),
              breakdowns: [{ breakdownType: 'SALES', breakdownAmount: money('5') }],
            },
          ],
          { amount: money('1e400') },
        ),
      ],
    });
    const merged = mergeSummaries([fine!, broken!], 'USD');
    expect(merged.net).to.equal(undefined);
    expect(merged.invalidNet).to.deep.equal({ raw: '1e400', currency: 'USD' });
    const earnings = merged.breakdowns[0]!;
    expect([earnings.money, earnings.invalidAmount]).to.deep.equal([
      undefined,
      { raw: '1e400', currency: 'USD' },
    ]);
    // Where every amount is money, the total still is.
    expect(earnings.children[0]!.money!.amount.toString()).to.equal('15');
    expect(earnings.children[0]!.invalidAmount).to.equal(undefined);
  });

  it('tells same-named summaries apart by period, then by number', () => {
    const models = normaliseSummaries({
      summaries: [
        summaryWith('USD', [], { periodStart: '2026-01-01', periodEnd: '2026-01-31' }),
        summaryWith('USD', [], { periodStart: '2026-02-01', periodEnd: '2026-02-28' }),
        summaryWith('USD', [], { periodStart: '2026-02-01', periodEnd: '2026-02-28' }),
      ],
    });
    const groups = summaryOptions(models, ENGLISH, (s) =>
      formatPeriod(s.periodStart, s.periodEnd, { locale: 'en-US', timeZone: 'UTC' }),
    );
    expect(groups[0]!.options.map((o) => o.label)).to.deep.equal([
      'All USD summaries (3)',
      'Amazon.com · Standard orders · Jan 1 – 31, 2026',
      'Amazon.com · Standard orders · Feb 1 – 28, 2026 (1)',
      'Amazon.com · Standard orders · Feb 1 – 28, 2026 (2)',
    ]);
    expect(new Set(groups[0]!.options.map((o) => o.key)).size).to.equal(4);
  });
});

describe('summary text', () => {
  it('formats periods in UTC calendar days', () => {
    expect(
      formatPeriod('2026-01-01T00:00:00Z', '2026-01-31T23:59:59Z', {
        locale: 'en-US',
        timeZone: 'UTC',
      }),
    ).to.equal('Jan 1 – 31, 2026');
    expect(formatPeriod('2025-01-12', '2025-01-12', { locale: 'en-US', timeZone: 'UTC' })).to.equal(
      'Jan 12, 2025',
    );
    expect(formatPeriod('2025-01-12', undefined, { locale: 'en-GB', timeZone: 'UTC' })).to.equal(
      'From 12 Jan 2025',
    );
    expect(formatPeriod(undefined, 'soon', { locale: 'en-US', timeZone: 'UTC' })).to.equal(
      'Until soon',
    );
    expect(formatPeriod(undefined, undefined, { locale: 'en-US', timeZone: 'UTC' })).to.equal(
      undefined,
    );
    expect(formatDay('not a date', { locale: 'en-US' })).to.equal('not a date');
  });

  it('formats shares from the exact decimal', () => {
    expect(formatShare(new Decimal('1.125'), 'en-US')).to.equal('112.5%');
    expect(formatShare(new Decimal('0.70588235294'), 'en-US')).to.equal('70.6%');
    expect(formatShare(new Decimal('0.5'), 'de-DE')).to.equal('50\u00a0%');
  });
});
