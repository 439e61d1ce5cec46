import { expect } from '@open-wc/testing';
import {
  accountKey,
  list,
  MAX_BREAKDOWN_DEPTH,
  readAccount,
  readBreakdowns,
  readPeriod,
  settlementIds,
  text,
} from '../../src/api/normalise-common.js';
import { toCode } from '../../src/api/enums.js';
import type { BreakdownNode } from '../../src/api/model.js';
import type { Breakdown } from '../../src/api/wire.js';
import { publishedSummaryExample, sandboxSummaryResponse } from './summary-shapes.js';

/** A breakdown tree as plain `type amount currency` lines, children indented. */
function outline(nodes: BreakdownNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.type} ${node.money?.amount.toString() ?? '-'} ${node.money?.currency ?? '-'}`,
    ...outline(node.children, depth + 1),
  ]);
}

describe('readBreakdowns', () => {
  it('reads the reference shape: breakdownAmount, nested', () => {
    const summary = sandboxSummaryResponse.summaries![0]!;
    expect(outline(readBreakdowns(summary.breakdowns, 'USD'))).to.deep.equal([
      'Sales 8000 USD',
      '  Product Charges 9000 USD',
      'Expenses -1000 USD',
      '  FBA fees -1000 USD',
    ]);
  });

  it("reads the published shape: a bare amount in the summary's currency", () => {
    const nodes = readBreakdowns(publishedSummaryExample.breakdowns, 'USD');
    expect(outline(nodes)).to.deep.equal([
      'Sales 20000 USD',
      'Expenses -1000 USD',
      'Refunds -2000 USD',
    ]);
  });

  it('reads an amount given as a Currency object, whose currency the children inherit', () => {
    const breakdowns: Breakdown[] = [
      {
        breakdownType: 'EARNINGS',
        amount: { currencyAmount: '9007199254740993.07', currencyCode: 'EUR' },
        breakdowns: [{ breakdownType: 'SALES', amount: '-0.10' }],
      },
    ];
    expect(outline(readBreakdowns(breakdowns, 'USD'))).to.deep.equal([
      'EARNINGS 9007199254740993.07 EUR',
      '  SALES -0.1 EUR',
    ]);
  });

  it('takes null, [], and missing breakdowns as none', () => {
    expect(readBreakdowns(null, 'USD')).to.deep.equal([]);
    expect(readBreakdowns(undefined, 'USD')).to.deep.equal([]);
    expect(readBreakdowns([], 'USD')).to.deep.equal([]);
    const [node] = readBreakdowns([{ breakdownType: 'Sales', amount: 1, breakdowns: null }], 'USD');
    expect(node!.children).to.deep.equal([]);
  });

  it('keeps unknown and missing types and amounts, and skips junk entries', () => {
    const nodes = readBreakdowns(
      [
        null as unknown as Breakdown,
        { breakdownType: 'NEW_L1_CATEGORY', breakdownAmount: { currencyAmount: 5 } },
        { breakdownAmount: { currencyAmount: 'n/a', currencyCode: 'USD' } },
      ],
      'USD',
    );
    expect(nodes.map((n) => [n.type, n.rawType, n.money?.amount.toString()])).to.deep.equal([
      ['NEW_L1_CATEGORY', 'NEW_L1_CATEGORY', '5'],
      ['UNKNOWN', '', undefined],
    ]);
  });

  it('canonicalises types with the given function, keeping the raw text', () => {
    const [node] = readBreakdowns(publishedSummaryExample.breakdowns, 'USD', toCode);
    expect(node!.type).to.equal('SALES');
    expect(node!.rawType).to.equal('Sales');
  });

  it('survives absurdly deep nesting, reading to its bound and counting the rest', () => {
    let deep: Breakdown = { breakdownType: 'LEAF', amount: 1 };
    for (let i = 0; i < 500; i++) deep = { breakdownType: `L${i}`, amount: 1, breakdowns: [deep] };
    // The bound went from 32 silent levels to 256 counted ones (#20: no silent truncation).
    const levels = outline(readBreakdowns([deep], 'USD'));
    expect(levels.length).to.be.within(1, MAX_BREAKDOWN_DEPTH);
    let last = readBreakdowns([deep], 'USD')[0]!;
    while (last.children.length > 0) last = last.children[0]!;
    expect(last.deeperLevels).to.equal(501 - MAX_BREAKDOWN_DEPTH);
  });
});

describe('readAccount', () => {
  it('reads a code or a label for the account type, keeping the label', () => {
    const label = readAccount(sandboxSummaryResponse.summaries![0]!.partnerMetadata);
    expect(label).to.deep.equal({
      partnerId: 'XXXXXXXXXXXXXX',
      accountType: 'STANDARD_ORDERS',
      accountTypeRaw: 'Standard Orders',
      marketplaceId: 'AXXXXXXXXXER',
    });
    expect(readAccount({ accountType: 'STANDARD_ORDERS' }).accountType).to.equal('STANDARD_ORDERS');
  });

  it('reads the drifted marketplaceIds list when marketplaceId is missing', () => {
    expect(readAccount({ marketplaceIds: ['', 'A1PA6795UKMFR9', 'X'] }).marketplaceId).to.equal(
      'A1PA6795UKMFR9',
    );
    expect(
      readAccount({ marketplaceId: 'ATVPDKIKX0DER', marketplaceIds: ['X'] }).marketplaceId,
    ).to.equal('ATVPDKIKX0DER');
    expect(readAccount({ marketplaceIds: null }).marketplaceId).to.equal(undefined);
  });

  it('gives an empty account for null metadata, and absent fields stay absent', () => {
    expect(readAccount(null)).to.deep.equal({});
    const partial = readAccount({ partnerId: 'P' });
    expect(partial.accountType).to.equal(undefined);
    expect(accountKey(partial)).to.equal('P||');
  });
});

describe('settlementIds, readPeriod, text, list', () => {
  it('settlementIds keeps SETTLEMENT_ID values, de-duplicated', () => {
    expect(settlementIds(publishedSummaryExample.relatedIdentifiers)).to.deep.equal(['123456789']);
    expect(
      settlementIds([
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: '1' },
        { relatedIdentifierName: 'settlement id', relatedIdentifierValue: '2' },
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: '1' },
        { relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: '3' },
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: '' },
      ]),
    ).to.deep.equal(['1', '2']);
    expect(settlementIds(null)).to.deep.equal([]);
  });

  it('readPeriod is undefined without dates', () => {
    expect(readPeriod({ startDate: '2025-01-01' })).to.deep.equal({
      startDate: '2025-01-01',
      endDate: undefined,
    });
    expect(readPeriod({})).to.equal(undefined);
    expect(readPeriod(null)).to.equal(undefined);
  });

  it('text and list turn junk into absent values', () => {
    expect(text('  ')).to.equal(undefined);
    expect(text(null)).to.equal(undefined);
    expect(text(42)).to.equal('42');
    expect(text(Number.NaN)).to.equal(undefined);
    expect(text({})).to.equal(undefined);
    expect(list(null)).to.deep.equal([]);
    expect(list('x' as unknown as string[])).to.deep.equal([]);
  });
});
