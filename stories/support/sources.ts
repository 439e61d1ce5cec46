/**
 * Data sources for stories: the built-in sandbox in any scenario, and synthetic stress data.
 * Stories need no backend; every story is also a test fixture (test/stories).
 */
import { html, type TemplateResult } from 'lit';
import {
  DEFAULT_NOW,
  SandboxDataSource,
  SCENARIO_NAMES,
  type ScenarioName,
} from '../../src/data/sandbox/index.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import type { Breakdown, Payout, SummaryResponse } from '../../src/api/wire.js';

export { SCENARIO_NAMES, type ScenarioName };

/**
 * `make`, remembered: one result per distinct set of arguments, so re-rendering a story keeps its
 * data source (and its loaded data) instead of building a new one.
 */
function memoised<A extends (string | number)[], V>(make: (...args: A) => V): (...args: A) => V {
  const made = new Map<string, V>();
  return (...args) => {
    const key = JSON.stringify(args);
    if (!made.has(key)) made.set(key, make(...args));
    return made.get(key)!;
  };
}

// A fixed `now`: a story (and the test that renders it) shows the same dates on every day.
const sandboxes = memoised(
  (scenario: ScenarioName, seed: number) =>
    new SandboxDataSource({ scenario, seed, now: DEFAULT_NOW }),
);

/** One sandbox per scenario and seed, so re-rendering a story keeps its data source. */
export function sandbox(scenario: ScenarioName = 'default', seed = 1): SandboxDataSource {
  return sandboxes(scenario, seed);
}

/**
 * A summary whose tree has about `nodes` nodes: 4 L1s, then fan-out until the count is reached.
 * One source per size.
 */
export const stressSummarySource = memoised((nodes: number): FinanceDataSource => {
  const base = sandbox();
  let made = 0;
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const build = (depth: number, budget: number): Breakdown[] => {
    const out: Breakdown[] = [];
    const fanout = depth === 0 ? 4 : Math.max(2, Math.round(Math.cbrt(budget)));
    for (let i = 0; i < fanout && made < nodes; i++) {
      made++;
      const sign = next() < 0.3 ? -1 : 1;
      const cents = Math.floor(next() * 1_000_000) + 1;
      const amount = `${sign < 0 ? '-' : ''}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
      const childBudget = Math.floor((budget - fanout) / fanout);
      out.push({
        breakdownType: `CATEGORY_${depth}_${made}`,
        breakdownAmount: { currencyAmount: amount, currencyCode: 'USD' },
        breakdowns: depth < 4 && childBudget > 1 ? build(depth + 1, childBudget) : [],
      });
    }
    return out;
  };
  const breakdowns = build(0, nodes);
  const response: SummaryResponse = {
    summaries: [
      {
        partnerMetadata: {
          partnerId: 'A1STRESS',
          accountType: 'STANDARD_ORDERS',
          marketplaceId: 'ATVPDKIKX0DER',
        },
        amount: { currencyAmount: '123456.78', currencyCode: 'USD' },
        periodStart: '2026-10-01T00:00:00Z',
        periodEnd: '2026-11-01T00:00:00Z',
        breakdowns,
      },
    ],
  };
  return { ...bind(base), listSummary: async () => structuredClone(response) };
});

/** `count` payouts, newest first, in pages of 500. One source per count. */
export const stressPayoutSource = memoised((count: number): FinanceDataSource => {
  const base = sandbox();
  const statuses = ['PAID', 'PAID', 'PAID', 'IN_TRANSIT', 'FAILED', 'STARTED', 'CANCELLED'];
  const start = Date.UTC(2026, 10, 15);
  const payouts: Payout[] = Array.from({ length: count }, (_, i) => {
    const created = new Date(start - i * 3_600_000).toISOString().replace('.000Z', 'Z');
    const status = statuses[i % statuses.length]!;
    return {
      id: `STRESS${String(i).padStart(6, '0')}`,
      partnerMetadata: {
        partnerId: 'A1STRESS',
        accountType: 'STANDARD_ORDERS',
        marketplaceId: 'ATVPDKIKX0DER',
      },
      currentStatus: status,
      statusHistory: [
        { status: 'STARTED', lastUpdatedDate: created },
        ...(status === 'STARTED'
          ? []
          : [
              {
                status,
                lastUpdatedDate: created,
                ...(status === 'FAILED' ? { failureReason: 'Bank account closed' } : {}),
              },
            ]),
      ],
      type: i % 5 === 0 ? 'ON_DEMAND' : 'SCHEDULED',
      amount: {
        currencyAmount: `${(i * 37) % 9000}.${String(i % 100).padStart(2, '0')}`,
        currencyCode: 'USD',
      },
      accountTail: String(1000 + (i % 9000)),
      paymentMethod: i % 4 === 0 ? 'DEBIT_CARD' : 'BANK_ACCOUNT',
      creationDate: created,
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: `S${i}` },
      ],
    };
  });
  const pageSize = 500;
  return {
    ...bind(base),
    listPayouts: async (query) => {
      const offset = query.nextToken ? Number(query.nextToken) : 0;
      const next = offset + pageSize;
      return {
        payouts: payouts.slice(offset, next),
        ...(next < payouts.length ? { nextToken: String(next) } : {}),
      };
    },
  };
});

function bind(source: FinanceDataSource): FinanceDataSource {
  return {
    listBalances: source.listBalances.bind(source),
    listSummary: source.listSummary.bind(source),
    listPayouts: source.listPayouts.bind(source),
    listExpectedPayouts: source.listExpectedPayouts.bind(source),
  };
}

/** Layout wrappers shared by every element's stories. */
export const frames = {
  narrow: (story: () => unknown): TemplateResult =>
    html`<div class="sp-story-narrow">${story()}</div>`,
  dark: (story: () => unknown): TemplateResult => html`<div class="sp-story-dark">${story()}</div>`,
  rtl: (story: () => unknown): TemplateResult => html`<div dir="rtl" lang="ar-SA">${story()}</div>`,
};
