import { expect } from '@open-wc/testing';
import type { BalanceGroup, BalanceNode } from '../../src/api/model.js';
import {
  canonicalBalanceType,
  computedTotalParts,
  normaliseBalances,
} from '../../src/api/normalise-balances.js';
import {
  bigDecimal,
  flatUsd,
  markup,
  multiCurrency,
  nestedEur,
  noTotal,
  noTotalNoReserved,
  publishedDrift,
  unknownTypes,
} from '../fixtures/balances.js';
import { sandboxAsOfBalances, sandboxCurrentBalances } from '../fixtures/balances-sandbox.js';

/** A group's shape as `TYPE amount` lines, children indented: what the card will show, in order. */
function outline(nodes: BalanceNode[], depth = 0): string[] {
  return nodes.flatMap((node) => [
    `${'  '.repeat(depth)}${node.type} ${node.money?.amount.toString() ?? '-'}${node.computed ? ' (computed)' : ''}`,
    ...outline(node.children, depth + 1),
  ]);
}

function only(groups: BalanceGroup[]): BalanceGroup {
  expect(groups).to.have.length(1);
  return groups[0]!;
}

describe('normaliseBalances', () => {
  it('puts the flat form in reading order: TOTAL, AVAILABLE, RESERVED with its parts', () => {
    const group = only(normaliseBalances(flatUsd));
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 1079.75',
      'AVAILABLE 800.25',
      'RESERVED 279.5',
      '  DEFERRED 400',
      '  ACCOUNT_LEVEL_RESERVES -120.5',
    ]);
    expect(group.account).to.deep.equal({
      partnerId: 'A1SELLER',
      accountType: 'STANDARD_ORDERS',
      accountTypeRaw: 'STANDARD_ORDERS',
      marketplaceId: 'ATVPDKIKX0DER',
    });
    expect(group.currency).to.equal('USD');
    expect(group.lastUpdatedTime).to.equal('2025-03-04T09:15:00Z');
    expect(group.asOfDate).to.equal(undefined);
    const deferred = group.balances[2]!.children[0]!;
    expect(deferred.breakdowns.map((b) => [b.type, b.money?.amount.toString()])).to.deep.equal([
      ['DELIVERY_DATE_POLICY', '350'],
      ['INVOICED_ORDERS', '50'],
    ]);
  });

  it('reads the nested form recursively, with breakdowns at any depth', () => {
    const group = only(normaliseBalances(nestedEur));
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 1234.56',
      'AVAILABLE 1000',
      'RESERVED 234.56',
      '  DEFERRED 300',
      '  ACCOUNT_LEVEL_RESERVES -65.44',
    ]);
    expect(group.account.marketplaceId).to.equal('A1PA6795UKMFR9');
    expect(group.currency).to.equal('EUR');
    const policy = group.balances[2]!.children[0]!.breakdowns[0]!;
    expect(policy.type).to.equal('DELIVERY_DATE_POLICY');
    expect(policy.children.map((c) => [c.rawType, c.money?.currency])).to.deep.equal([
      ['Product Charges', 'EUR'],
    ]);
  });

  it("reads Amazon's sandbox answer: labels, ACCOUNT_LEVEL_RESERVE, amounts as given", () => {
    const group = only(normaliseBalances(sandboxCurrentBalances));
    // RESERVED is shown as Amazon sent it, whatever its parts add up to.
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 15000',
      'AVAILABLE 8000',
      'RESERVED 7000',
      '  DEFERRED 9000',
      '  ACCOUNT_LEVEL_RESERVES -2000',
    ]);
    expect(group.balances[2]!.children[1]!.rawType).to.equal('ACCOUNT_LEVEL_RESERVE');
    expect(group.account).to.deep.equal({
      partnerId: 'XXXXXXXXXXXXXX',
      accountType: 'STANDARD_ORDERS',
      accountTypeRaw: 'Standard Orders',
      marketplaceId: 'AXXXXXXXXXER',
    });
    expect(group.lastUpdatedTime).to.equal('2025-01-12T10:30:00+09:00');
    expect(only(normaliseBalances(sandboxAsOfBalances)).asOfDate).to.equal('2025-01-12');
  });

  it('shows a balance sent twice (a repeated page) once', () => {
    const groups = normaliseBalances([sandboxCurrentBalances, sandboxCurrentBalances]);
    expect(outline(only(groups).balances)).to.have.length(5);
  });

  it('groups the published drift with the reference form: label and code, marketplaceIds', () => {
    const group = only(normaliseBalances(publishedDrift));
    expect(group.account.marketplaceId).to.equal('A1F83G8C2ARO7P');
    expect(group.account.accountType).to.equal('STANDARD_ORDERS');
    expect(group.currency).to.equal('GBP');
    expect(outline(group.balances)).to.deep.equal(['TOTAL 10', 'ACCOUNT_LEVEL_RESERVES -3']);
    expect(group.balances.every((b) => b.breakdowns.length === 0)).to.equal(true);
  });

  it('keeps each currency in a group of its own and never adds them', () => {
    const groups = normaliseBalances(multiCurrency);
    expect(groups.map((g) => [g.account.marketplaceId, g.currency])).to.deep.equal([
      ['A1F83G8C2ARO7P', 'GBP'],
      ['A1PA6795UKMFR9', 'EUR'],
    ]);
    expect(groups.map((g) => outline(g.balances))).to.deep.equal([
      ['TOTAL 500', 'AVAILABLE 500'],
      ['TOTAL 700', 'AVAILABLE 700'],
    ]);
  });

  it('splits one account sent in two currencies into two groups', () => {
    const groups = normaliseBalances({
      balances: [
        { ...flatUsd.balances![0]! },
        {
          partnerMetadata: flatUsd.balances![0]!.partnerMetadata,
          balanceType: 'AVAILABLE',
          amount: { currencyAmount: 5, currencyCode: 'CAD' },
        },
      ],
    });
    expect(groups.map((g) => g.currency)).to.deep.equal(['USD', 'CAD']);
    expect(groups.every((g) => g.balances.every((b) => !b.computed))).to.equal(true);
  });

  it('computes a missing TOTAL in decimal from AVAILABLE and RESERVED, marked computed', () => {
    const group = only(normaliseBalances(noTotal));
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 0.3 (computed)',
      'AVAILABLE 0.1',
      'RESERVED 0.2',
    ]);
    expect(computedTotalParts(group)).to.deep.equal({
      parts: ['AVAILABLE', 'RESERVED'],
      loanRepayments: false,
    });
  });

  it('computes a missing TOTAL from AVAILABLE, DEFERRED and the reserve when RESERVED is missing', () => {
    const group = only(normaliseBalances(noTotalNoReserved));
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 130.15 (computed)',
      'AVAILABLE 100.1',
      'DEFERRED 50.05',
      'ACCOUNT_LEVEL_RESERVES -20',
    ]);
    expect(computedTotalParts(group)).to.deep.equal({
      parts: ['AVAILABLE', 'DEFERRED', 'ACCOUNT_LEVEL_RESERVES'],
      loanRepayments: false,
    });
  });

  it('counts loan repayments in a computed TOTAL when Amazon sends them, as the published model defines it', () => {
    const loans = {
      balances: [
        ...noTotalNoReserved.balances!,
        {
          ...noTotalNoReserved.balances![0]!,
          balanceType: 'LOAN_REPAYMENT',
          amount: { currencyAmount: '-30.01', currencyCode: 'USD' },
        },
      ],
    };
    const group = only(normaliseBalances(loans));
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 100.14 (computed)',
      'AVAILABLE 100.1',
      'DEFERRED 50.05',
      'ACCOUNT_LEVEL_RESERVES -20',
      'LOAN_REPAYMENT -30.01',
    ]);
    expect(computedTotalParts(group).loanRepayments).to.equal(true);
    // Another unknown type could belong in TOTAL too: then no total is made up.
    const other = {
      balances: [...loans.balances, { ...loans.balances[0]!, balanceType: 'NEW_HOLD' }],
    };
    expect(only(normaliseBalances(other)).balances.some((b) => b.computed)).to.equal(false);
  });

  it('never computes a TOTAL when a part is missing, in another currency, or not asked for', () => {
    const availableOnly = { balances: [noTotal.balances![0]!] };
    expect(outline(only(normaliseBalances(availableOnly)).balances)).to.deep.equal([
      'AVAILABLE 0.1',
    ]);
    const mixed = normaliseBalances({
      balances: [
        {
          balanceType: 'TOTAL',
          amount: { currencyAmount: 1, currencyCode: 'USD' },
          balances: [
            { balanceType: 'AVAILABLE', amount: { currencyAmount: 1, currencyCode: 'USD' } },
          ],
        },
      ],
    });
    expect(outline(only(mixed).balances)).to.deep.equal(['TOTAL 1', 'AVAILABLE 1']);
    const crossCurrency = normaliseBalances({
      balances: [
        {
          balanceType: 'AVAILABLE',
          amount: { currencyAmount: 1, currencyCode: 'USD' },
          balances: [
            { balanceType: 'RESERVED', amount: { currencyAmount: 2, currencyCode: 'EUR' } },
          ],
        },
      ],
    });
    expect(outline(only(crossCurrency).balances)).to.deep.equal(['AVAILABLE 1', 'RESERVED 2']);
    expect(
      outline(only(normaliseBalances(noTotal, { computeTotal: false })).balances),
    ).to.deep.equal(['AVAILABLE 0.1', 'RESERVED 0.2']);
  });

  it('never replaces the TOTAL Amazon sent, even when the parts add up to something else', () => {
    const group = only(
      normaliseBalances({
        balances: [
          ...noTotal.balances!,
          {
            partnerMetadata: noTotal.balances![0]!.partnerMetadata,
            balanceType: 'TOTAL',
            amount: { currencyAmount: 99, currencyCode: 'USD' },
          },
        ],
      }),
    );
    expect(outline(group.balances)[0]).to.equal('TOTAL 99');
  });

  it('keeps unknown types, after the known ones or under the balance they were sent in', () => {
    const group = only(normaliseBalances(unknownTypes));
    expect(outline(group.balances)).to.deep.equal([
      'TOTAL 90',
      'RESERVED 100',
      '  CHARGEBACK_HOLD 100',
      'LOAN_REPAYMENTS -10',
    ]);
  });

  it('does not compute a TOTAL while unknown types might belong in it', () => {
    const group = only(
      normaliseBalances({
        balances: [
          ...noTotal.balances!,
          {
            partnerMetadata: noTotal.balances![0]!.partnerMetadata,
            // Loan repayments count in TOTAL (#21); a type nobody defined might, too.
            balanceType: 'CHARGEBACK_HOLD',
            amount: { currencyAmount: -1, currencyCode: 'USD' },
          },
        ],
      }),
    );
    expect(group.balances.some((b) => b.type === 'TOTAL')).to.equal(false);
  });

  it('keeps exact big decimals exactly', () => {
    const group = only(normaliseBalances(bigDecimal));
    expect(group.balances.map((b) => b.money!.amount.toString())).to.deep.equal([
      '9007199254740993.07',
      '9007199254740993.07',
    ]);
  });

  it('keeps markup as plain data, and malformed entries never crash', () => {
    const group = only(normaliseBalances(markup));
    expect(group.account.partnerId).to.equal('<b>x</b>');
    expect(group.balances[0]!.type).to.equal('<script>alert(1)</script>');
    expect(group.balances[0]!.breakdowns[0]!.rawType).to.equal('<img src=x onerror=alert(1)>');
    const messy = normaliseBalances({
      balances: [
        null as never,
        { balanceType: 'AVAILABLE', amount: { currencyAmount: 'NaN', currencyCode: 'USD' } },
        { amount: { currencyAmount: 3, currencyCode: 'USD' }, balances: null },
      ],
    });
    expect(messy.map((g) => outline(g.balances))).to.deep.equal([['AVAILABLE -', 'UNKNOWN 3']]);
    expect(normaliseBalances({ balances: null })).to.deep.equal([]);
    expect(normaliseBalances({})).to.deep.equal([]);
  });
});

describe('canonicalBalanceType', () => {
  it('maps the published spelling and labels to the reference codes, and keeps unknown text', () => {
    expect(canonicalBalanceType('ACCOUNT_LEVEL_RESERVE')).to.equal('ACCOUNT_LEVEL_RESERVES');
    expect(canonicalBalanceType('Account Level Reserve')).to.equal('ACCOUNT_LEVEL_RESERVES');
    expect(canonicalBalanceType('total')).to.equal('TOTAL');
    expect(canonicalBalanceType('Loan repayments')).to.equal('Loan repayments');
  });
});
