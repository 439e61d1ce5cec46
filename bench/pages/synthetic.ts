/**
 * Deterministic synthetic payloads, shaped exactly as the API sends them, so every
 * implementation starts from the same wire data.
 */
import type {
  Balance,
  Breakdown,
  ExpectedPayout,
  ListBalancesResponse,
  ListExpectedPayoutsResponse,
  ListPayoutsResponse,
  Payout,
  SummaryResponse,
} from '../../src/api/wire.js';

/** mulberry32: a tiny seeded PRNG, so every run sees the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cents as the API's decimal text, e.g. -123456 → "-1234.56" (no floating point). */
function decimal(cents: bigint): string {
  const sign = cents < 0n ? '-' : '';
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

interface Draft {
  type: string;
  depth: number;
  sign: 1n | -1n;
  children: Draft[];
  cents: bigint;
}

const L1: [string, 1n | -1n][] = [
  ['EARNINGS', 1n],
  ['AMAZON_SERVICE_CHARGES_AND_FEES', -1n],
  ['DEDUCTIONS_AND_WITHHOLDINGS', -1n],
  ['OTHERS', 1n],
];

/**
 * A summary whose breakdown tree has exactly `nodes` nodes (L1 ring included), about four rings
 * deep. Leaves are signed like their L1 category, one in ten the other way; parents are the
 * exact sums of their children.
 */
export function summaryResponse(nodes: number, seed = 1): SummaryResponse {
  const next = random(seed);
  const roots: Draft[] = L1.slice(0, nodes).map(([type, sign]) => ({
    type,
    depth: 1,
    sign,
    children: [],
    cents: 0n,
  }));
  // Fan-out b so that 4 + 4b + 4b² + 4b³ ≈ nodes.
  let fanout = 1;
  while (4 * (1 + fanout + fanout ** 2 + fanout ** 3) < nodes) fanout += 0.25;
  let count = roots.length;
  const queue = [...roots];
  for (let i = 0; count < nodes; i++) {
    const parent = queue[i % queue.length]!;
    const wanted = Math.max(1, Math.round(fanout * (0.5 + next())));
    for (let c = 0; c < wanted && count < nodes; c++, count++) {
      const child: Draft = {
        type: `${parent.type}_${parent.children.length + 1}`,
        depth: parent.depth + 1,
        sign: next() < 0.1 ? (-parent.sign as 1n | -1n) : parent.sign,
        children: [],
        cents: 0n,
      };
      parent.children.push(child);
      queue.push(child);
    }
  }
  const toWire = (draft: Draft): Breakdown => {
    const breakdowns = draft.children.map(toWire);
    draft.cents = draft.children.length
      ? draft.children.reduce((sum, child) => sum + child.cents, 0n)
      : draft.sign * BigInt(Math.floor(10 ** (2 + 4 * next())));
    return {
      breakdownType: draft.type,
      breakdownAmount: { currencyAmount: decimal(draft.cents), currencyCode: 'USD' },
      ...(breakdowns.length ? { breakdowns } : {}),
    };
  };
  const breakdowns = roots.map(toWire);
  const net = roots.reduce((sum, root) => sum + root.cents, 0n);
  return {
    summaries: [
      {
        amount: { currencyAmount: decimal(net), currencyCode: 'USD' },
        partnerMetadata: {
          partnerId: 'BENCH',
          accountType: 'STANDARD_ORDERS',
          marketplaceId: 'ATVPDKIKX0DER',
        },
        periodStart: '2026-01-01T00:00:00Z',
        periodEnd: '2026-02-01T00:00:00Z',
        breakdowns,
      },
    ],
  };
}

const STATUSES = ['PAID', 'PAID', 'PAID', 'IN_TRANSIT', 'STARTED', 'FAILED', 'CANCELLED'];

/** `count` payouts, newest first, ids `P000000`…; the last row shown is the oldest. */
export function payoutsResponse(count: number, seed = 1): ListPayoutsResponse {
  const next = random(seed);
  const start = Date.parse('2026-11-15T00:00:00Z');
  const payouts: Payout[] = [];
  for (let i = 0; i < count; i++) {
    const created = new Date(start - i * 3_600_000).toISOString();
    const status = STATUSES[Math.floor(next() * STATUSES.length)]!;
    payouts.push({
      id: payoutId(i),
      partnerMetadata: { accountType: 'STANDARD_ORDERS', marketplaceId: 'ATVPDKIKX0DER' },
      currentStatus: status,
      statusHistory: [
        { status: 'STARTED', lastUpdatedDate: created },
        {
          status,
          lastUpdatedDate: new Date(Date.parse(created) + 86_400_000).toISOString(),
          ...(status === 'FAILED' ? { failureReason: 'The bank account is closed.' } : {}),
        },
      ],
      type: next() < 0.9 ? 'SCHEDULED' : 'ON_DEMAND',
      amount: {
        currencyAmount: decimal(BigInt(Math.floor(next() * 5_000_000))),
        currencyCode: 'USD',
      },
      accountTail: String(1000 + (i % 9000)),
      paymentMethod: 'BANK_ACCOUNT',
      creationDate: created,
      paymentRail: 'ACH',
      traceId: `TRACE${i}`,
      period: { startDate: created, endDate: created },
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: `S${i}` },
      ],
    });
  }
  return { payouts };
}

export function payoutId(index: number): string {
  return `P${String(index).padStart(6, '0')}`;
}

const EXPECTED_STATUSES = ['SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'AT_RISK', 'NO_PAYOUT_EXPECTED'];
const DAY = 86_400_000;

/** `count` expected payouts over the next years, sent in no particular date order. */
export function expectedResponse(count: number, seed = 1): ListExpectedPayoutsResponse {
  const next = random(seed);
  const start = Date.UTC(2026, 10, 18);
  const expectedPayouts: ExpectedPayout[] = [];
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor(next() * 3_650) * DAY;
    expectedPayouts.push({
      partnerMetadata: {
        partnerId: 'A1B2C3D4E5F6G7',
        accountType: 'STANDARD_ORDERS',
        marketplaceId: 'ATVPDKIKX0DER',
      },
      amount: { currencyCode: 'USD', currencyAmount: `${Math.floor(next() * 500_000)}.${i % 100}` },
      status: EXPECTED_STATUSES[Math.floor(next() * EXPECTED_STATUSES.length)]!,
      scheduledDate: new Date(day).toISOString(),
      accountTail: String(1000 + (i % 9000)),
      paymentMethod: 'BANK_ACCOUNT',
      period: {
        startDate: new Date(day - 14 * DAY).toISOString(),
        endDate: new Date(day).toISOString(),
      },
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: `S${i}` },
      ],
    });
  }
  return { expectedPayouts };
}

const ACCOUNTS = [
  { accountType: 'STANDARD_ORDERS', marketplaceId: 'ATVPDKIKX0DER' },
  { accountType: 'INVOICED_ORDERS', marketplaceId: 'ATVPDKIKX0DER' },
  { accountType: 'STANDARD_ORDERS', marketplaceId: 'A2EUQ1WTGCTBG2' },
];

/**
 * A seller's balances in the flat form: for each of 3 accounts, the 5 balance types (TOTAL,
 * AVAILABLE, RESERVED and RESERVED's two parts), RESERVED the exact sum of its parts.
 */
export function balancesResponse(seed = 1): ListBalancesResponse {
  const next = random(seed);
  const balances: Balance[] = [];
  for (const account of ACCOUNTS) {
    const currencyCode = account.marketplaceId === 'A2EUQ1WTGCTBG2' ? 'CAD' : 'USD';
    const deferred = BigInt(Math.floor(next() * 2_000_000));
    const reserves = BigInt(Math.floor(next() * 500_000));
    const available = BigInt(Math.floor(next() * 9_000_000));
    const amounts: [string, bigint][] = [
      ['TOTAL', available + deferred + reserves],
      ['AVAILABLE', available],
      ['RESERVED', deferred + reserves],
      ['DEFERRED', deferred],
      ['ACCOUNT_LEVEL_RESERVES', reserves],
    ];
    for (const [balanceType, cents] of amounts) {
      balances.push({
        balanceType,
        amount: { currencyAmount: decimal(cents), currencyCode },
        partnerMetadata: { partnerId: 'A1B2C3D4E5F6G7', ...account },
        asOfDate: '2026-11-17T12:00:00Z',
      });
    }
  }
  return { balances };
}
