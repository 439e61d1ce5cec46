import { expect } from '@open-wc/testing';
import {
  canonicalSummaryType,
  normaliseSummaries,
  normaliseSummary,
  summaryFingerprint,
  withUniqueKeys,
  withoutRepeats,
} from '../../src/api/normalise-summary.js';
import type { BreakdownNode } from '../../src/api/model.js';
import { levelsBelow, MAX_BREAKDOWN_DEPTH } from '../../src/api/normalise-common.js';
import type { Breakdown } from '../../src/api/wire.js';
import { breakdownLabel } from '../../src/components/summary-sunburst/sunburst-labels.js';
import { familySlots, signOf } from '../../src/components/summary-sunburst/sunburst-scheme.js';
import { ENGLISH } from '../../src/l10n/runtime.js';
import { Decimal } from '../../src/money/decimal.js';
import { publishedSummaryExample } from '../fixtures/summary-published.js';
import { referenceSummary } from '../fixtures/summary-reference.js';
import { sandboxSummaryResponse } from '../fixtures/summary-sandbox.js';

/** `type rawType amount currency` for every node, depth-first, indented by level. */
function outline(nodes: BreakdownNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.type} ${n.rawType} ${n.money ? `${n.money.amount} ${n.money.currency}` : '-'}`,
    ...outline(n.children, depth + 1),
  ]);
}

describe('normaliseSummary', () => {
  it('reads the reference shape: amount, breakdownAmount and taxonomy codes', () => {
    const model = normaliseSummary(referenceSummary);
    expect(model.net!.amount.toString()).to.equal('1750');
    expect(model.currency).to.equal('USD');
    expect(model.periodStart).to.equal('2026-01-01T00:00:00Z');
    expect(model.periodEnd).to.equal('2026-01-31T23:59:59Z');
    expect(model.account).to.deep.equal({
      partnerId: 'A2SELLER0001',
      accountType: 'STANDARD_ORDERS',
      accountTypeRaw: 'STANDARD_ORDERS',
      marketplaceId: 'ATVPDKIKX0DER',
    });
    expect(model.settlementIds).to.deep.equal([]);
    expect(outline(model.breakdowns)).to.deep.equal([
      'EARNINGS EARNINGS 3000 USD',
      '  SALES SALES 3500 USD',
      '  REFUNDS REFUNDS -450 USD',
      '  CHARGEBACKS CHARGEBACKS -50 USD',
      'AMAZON_SERVICE_CHARGES_AND_FEES AMAZON_SERVICE_CHARGES_AND_FEES -1234.56 USD',
      '  FULFILLED_BY_AMAZON FULFILLED_BY_AMAZON -1000 USD',
      '    PICK_AND_PACK PICK_AND_PACK -600 USD',
      '    Storage fees Storage fees -300 USD',
      '  ADVERTISING ADVERTISING -234.56 USD',
      'DEDUCTIONS_AND_WITHHOLDINGS DEDUCTIONS_AND_WITHHOLDINGS 0 USD',
      '  LOAN_REPAYMENT LOAN_REPAYMENT 0 USD',
      'OTHERS OTHERS -15.44 USD',
    ]);
  });

  it('reads the published model: netProceeds, bare amounts in the summary currency, names', () => {
    const model = normaliseSummary(publishedSummaryExample);
    expect(model.net!.amount.toString()).to.equal('17000');
    expect(model.currency).to.equal('USD');
    expect(model.settlementIds).to.deep.equal(['123456789']);
    expect(model.account.accountType).to.equal('STANDARD_ORDERS');
    expect(model.account.accountTypeRaw).to.equal('Standard Orders');
    // "Sales" and "Refunds" spell taxonomy codes; "Expenses" is kept as sent.
    expect(outline(model.breakdowns)).to.deep.equal([
      'SALES Sales 20000 USD',
      'Expenses Expenses -1000 USD',
      'REFUNDS Refunds -2000 USD',
    ]);
  });

  it("reads Amazon's sandbox answer, keeping each parent's own amount", () => {
    const [model] = normaliseSummaries(sandboxSummaryResponse);
    expect(model!.net!.amount.toString()).to.equal('8000');
    expect(outline(model!.breakdowns)).to.deep.equal([
      'SALES Sales 8000 USD',
      '  Product Charges Product Charges 9000 USD',
      'Expenses Expenses -1000 USD',
      '  FBA fees FBA fees -1000 USD',
    ]);
    expect(model!.periodStart).to.equal('2025-01-12');
  });

  it('keeps amounts exact and reads breakdowns null, [] and missing amounts', () => {
    const model = normaliseSummary({
      netProceeds: { currencyAmount: '9007199254740993.07', currencyCode: 'usd' },
      breakdowns: [
        { breakdownType: 'EARNINGS', amount: '0.1', breakdowns: null },
        { breakdownType: 'OTHERS', breakdowns: [] },
        { breakdownType: 'new_fee-type', amount: { currencyAmount: 1.5, currencyCode: 'USD' } },
      ],
    });
    expect(model.net!.amount.toString()).to.equal('9007199254740993.07');
    expect(model.net!.currency).to.equal('USD');
    expect(outline(model.breakdowns)).to.deep.equal([
      'EARNINGS EARNINGS 0.1 USD',
      'OTHERS OTHERS -',
      'new_fee-type new_fee-type 1.5 USD',
    ]);
    expect(model.periodStart).to.equal(undefined);
  });

  it('takes the currency from a breakdown when there is no net amount', () => {
    const model = normaliseSummary({
      breakdowns: [
        { breakdownType: 'EARNINGS', breakdowns: [{ breakdownType: 'SALES', amount: 5 }] },
        {
          breakdownType: 'OTHERS',
          breakdownAmount: { currencyAmount: 2, currencyCode: 'EUR' },
          breakdowns: [{ breakdownType: 'X', amount: 2 }],
        },
      ],
    });
    expect(model.net).to.equal(undefined);
    expect(model.currency).to.equal('EUR');
    expect(outline(model.breakdowns)).to.deep.equal([
      'EARNINGS EARNINGS -',
      '  SALES SALES 5 EUR',
      'OTHERS OTHERS 2 EUR',
      '  X X 2 EUR',
    ]);
  });

  it('skips null summaries and survives a null response', () => {
    expect(normaliseSummaries(null)).to.deep.equal([]);
    expect(normaliseSummaries({ summaries: null })).to.deep.equal([]);
    const models = normaliseSummaries({
      summaries: [null as never, referenceSummary, referenceSummary],
    });
    expect(models.length).to.equal(2);
    expect(models[0]!.key).not.to.equal(models[1]!.key);
    expect(models[1]!.key).to.equal(`${models[0]!.key}#2`);
  });

  it('fingerprints the whole content, so only an exact repeat is a duplicate', () => {
    const a = normaliseSummary(referenceSummary);
    const b = normaliseSummary(structuredClone(referenceSummary));
    const changed = structuredClone(referenceSummary);
    changed.breakdowns![0]!.breakdowns![0]!.breakdownAmount!.currencyAmount = '3500.01';
    expect(summaryFingerprint(a)).to.equal(summaryFingerprint(b));
    expect(summaryFingerprint(a)).not.to.equal(summaryFingerprint(normaliseSummary(changed)));
    expect(withUniqueKeys([a, b]).map((m) => m.key)).to.deep.equal([a.key, `${a.key}#2`]);
  });

  it('drops exact repeats only, in order of arrival', () => {
    const a = normaliseSummary(referenceSummary);
    const repeat = normaliseSummary(structuredClone(referenceSummary));
    const changed = structuredClone(referenceSummary);
    changed.breakdowns![0]!.breakdowns![0]!.breakdownAmount!.currencyAmount = '3500.01';
    const sameIdentity = normaliseSummary(changed);
    const other = normaliseSummary({ ...referenceSummary, periodStart: '2020-01-01T00:00:00Z' });
    expect(withoutRepeats([a, other, repeat, sameIdentity, repeat])).to.deep.equal([
      a,
      other,
      sameIdentity,
    ]);
    expect(withoutRepeats([other, a])).to.deep.equal([other, a]);
    expect(withoutRepeats([])).to.deep.equal([]);
  });

  it('canonicalises names that spell a taxonomy code, and nothing else', () => {
    expect(canonicalSummaryType('Fulfilled by Amazon')).to.equal('FULFILLED_BY_AMAZON');
    expect(canonicalSummaryType('amazon-service-charges-and-fees')).to.equal(
      'AMAZON_SERVICE_CHARGES_AND_FEES',
    );
    expect(canonicalSummaryType('FBA fees')).to.equal('FBA fees');
    expect(canonicalSummaryType('Product Charges')).to.equal('Product Charges');
  });
});

describe('breakdown labels and the colour scheme', () => {
  const label = (type: string, rawType = type) => breakdownLabel({ type, rawType }, ENGLISH);

  it('reads codes and free-form names well', () => {
    expect(label('EARNINGS')).to.equal('Earnings');
    expect(label('FULFILLED_BY_AMAZON')).to.equal('Fulfilled by Amazon');
    expect(label('FULFILLED_BY_AMAZON', 'Fulfilled By Amazon')).to.equal('Fulfilled by Amazon');
    expect(label('AMAZON_SERVICE_CHARGES_AND_FEES')).to.equal('Amazon service charges and fees');
    expect(label('FBA fees')).to.equal('FBA fees');
    expect(label('Product Charges')).to.equal('Product Charges');
    expect(label('NEW_FEE_TYPE')).to.equal('New fee type');
    expect(label('UNKNOWN', '')).to.equal('Unknown');
  });

  it('gives the taxonomy L1 families fixed colours and others the lowest free one', () => {
    expect(
      familySlots(['OTHERS', 'EARNINGS', 'Sales', 'DEDUCTIONS_AND_WITHHOLDINGS', 'Expenses']),
    ).to.deep.equal([3, 0, 1, 2, 4]);
    expect(familySlots(['Sales', 'Expenses'])).to.deep.equal([0, 1]);
    expect(familySlots(Array.from({ length: 10 }, (_, i) => `T${i}`))).to.deep.equal([
      0, 1, 2, 3, 4, 5, 6, 7, 0, 1,
    ]);
  });

  it('tells money in, money out, zero and absent apart', () => {
    const usd = (amount: string) => ({ amount: new Decimal(amount), currency: 'USD' });
    expect(signOf(usd('1'))).to.equal('inflow');
    expect(signOf(usd('-0.01'))).to.equal('outflow');
    expect(signOf(usd('-0'))).to.equal('zero');
    expect(signOf(undefined)).to.equal('none');
  });
});

describe('deep breakdowns', () => {
  /** A wire chain `levels` deep, `L1` outermost. */
  function chain(levels: number): Breakdown[] {
    let inner: Breakdown[] = [];
    for (let level = levels; level >= 1; level--) {
      const breakdownAmount = { currencyAmount: '1', currencyCode: 'USD' };
      inner = [{ breakdownType: `L${level}`, breakdownAmount, breakdowns: inner }];
    }
    return inner;
  }
  const depthOf = (nodes: BreakdownNode[]): number =>
    nodes.length === 0 ? 0 : 1 + Math.max(...nodes.map((n) => depthOf(n.children)));

  it('reads every level up to 256 and counts what lies deeper on the last one read', () => {
    expect(MAX_BREAKDOWN_DEPTH).to.equal(256);
    const read = (levels: number) =>
      normaliseSummary({
        amount: { currencyAmount: '1', currencyCode: 'USD' },
        breakdowns: chain(levels),
      }).breakdowns;
    const hundred = read(100);
    expect(depthOf(hundred)).to.equal(100);
    expect(JSON.stringify(hundred)).not.to.contain('deeperLevels');

    const exactly = read(256);
    expect(depthOf(exactly)).to.equal(256);
    expect(JSON.stringify(exactly)).not.to.contain('deeperLevels');

    const deeper = read(300);
    expect(depthOf(deeper)).to.equal(256);
    let last = deeper[0]!;
    while (last.children.length > 0) last = last.children[0]!;
    expect(last.rawType).to.equal('L256');
    expect(last.deeperLevels).to.equal(44);
  });

  it('counts levels without recursion, a node met twice once', () => {
    type Tree = { kids?: Tree[] };
    expect(levelsBelow<Tree>([], (t) => t.kids)).to.equal(0);
    expect(levelsBelow<Tree>([{}, { kids: [{ kids: [{}] }] }], (t) => t.kids)).to.equal(3);
    const cyclic: Tree = { kids: [] };
    cyclic.kids!.push(cyclic);
    expect(levelsBelow<Tree>([cyclic], (t) => t.kids)).to.equal(2);
  });
});
