import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/transaction-list/transaction-list.js';
import '../src/components/payout-list/payout-list.js';
import type { SpTransactionList } from '../src/components/transaction-list/transaction-list.component.js';
import type { FinanceDataSource } from '../src/data/data-source.js';
import type { Transaction } from '../src/api/transactions-model.js';
import type { SpSettlementSelectEvent } from '../src/events/sp-settlement-select.js';
import { sandbox, SCENARIO_NAMES } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

interface Args extends CommonArgs {
  postedAfter?: string;
  postedBefore?: string;
  marketplaceId?: string;
  transactionStatus?: string;
  orderId?: string;
  settlementId?: string;
  /** Story only: a synthetic source of this many transactions instead of the sandbox. */
  stressRows?: number;
  /** Story only: a source of transactions with the API's odd cases instead of the sandbox. */
  oddities?: boolean;
}

const usd = (amount: number | string) => ({ currencyAmount: amount, currencyCode: 'USD' });

function transaction(i: number, overrides: Partial<Transaction> = {}): Transaction {
  return {
    sellingPartnerMetadata: { accountType: 'Standard Orders', marketplaceId: 'ATVPDKIKX0DER' },
    relatedIdentifiers: [
      {
        relatedIdentifierName: 'ORDER_ID',
        relatedIdentifierValue: `112-${String(i).padStart(7, '0')}-1`,
      },
    ],
    transactionType: 'Shipment',
    transactionId: `STRESS-${i}`,
    transactionStatus: i % 9 === 0 ? 'DEFERRED' : 'RELEASED',
    description: 'Order Payment',
    postedDate: new Date(Date.UTC(2026, 10, 10) - i * 600_000).toISOString(),
    totalAmount: usd(`${(i * 37) % 900}.${String(i % 100).padStart(2, '0')}`),
    ...overrides,
  };
}

/** A source answering every transaction query with `transactions`, in pages of 500. */
function listOf(transactions: Transaction[]): FinanceDataSource {
  const base = sandbox();
  return {
    listBalances: base.listBalances.bind(base),
    listSummary: base.listSummary.bind(base),
    listPayouts: base.listPayouts.bind(base),
    listExpectedPayouts: base.listExpectedPayouts.bind(base),
    listTransactions: async ({ nextToken }) => {
      const offset = nextToken ? Number(nextToken) : 0;
      const next = offset + 500;
      return {
        payload: {
          transactions: transactions.slice(offset, next),
          ...(next < transactions.length ? { nextToken: String(next) } : {}),
        },
      };
    },
  };
}

const stress = new Map<number, FinanceDataSource>();
const stressSource = (count: number) => {
  if (!stress.has(count))
    stress.set(count, listOf(Array.from({ length: count }, (_, i) => transaction(i))));
  return stress.get(count)!;
};

/** Unknown types and contexts, markup in text, breakdowns that miss the total, a huge amount. */
const odd = listOf([
  transaction(1, {
    transactionType: 'SELLER_REWARD_V2',
    transactionStatus: 'PARTLY_HELD',
    description: '<b>Not bold</b> & not a link',
    contexts: [{ contextType: 'RewardsProgramContext', programName: 'Seller Rewards' }],
  }),
  transaction(2, {
    description: 'Breakdowns that do not add up',
    totalAmount: usd(10),
    breakdowns: [
      { breakdownType: 'Sales', breakdownAmount: usd(12) },
      { breakdownType: 'Fees', breakdownAmount: usd(-1.5) },
    ],
  }),
  transaction(3, { totalAmount: usd('9007199254740993.07'), description: 'Exact beyond a double' }),
  transaction(4, {
    transactionStatus: 'DEFERRED',
    contexts: [
      {
        contextType: 'DeferredContext',
        deferralReason: 'B2B',
        maturityDate: '2026-12-14T00:00:00Z',
      },
    ],
  }),
]);

const meta: Meta<Args> = {
  title: 'Elements/Transaction list',
  component: 'sp-transaction-list',
  args: {
    scenario: 'default',
    postedAfter: '2026-11-01T00:00:00Z',
    postedBefore: '2026-11-15T00:00:00Z',
  },
  argTypes: {
    ...commonArgTypes,
    scenario: { ...commonArgTypes.scenario, options: SCENARIO_NAMES },
  },
  render: (args) =>
    html`<sp-transaction-list
      .dataSource=${args.baseUrl ? undefined : args.stressRows ? stressSource(args.stressRows) : args.oddities ? odd : sandbox(args.scenario)}
      base-url=${ifDefined(args.baseUrl)}
      posted-after=${ifDefined(args.postedAfter)}
      posted-before=${ifDefined(args.postedBefore)}
      marketplace-id=${ifDefined(args.marketplaceId)}
      transaction-status=${ifDefined(args.transactionStatus)}
      order-id=${ifDefined(args.orderId)}
      settlement-id=${ifDefined(args.settlementId)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></sp-transaction-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const states = commonStates<Args>();
export const Default: Story = states.Default;
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const BadRequest400: Story = states.BadRequest400;
export const Forbidden403: Story = states.Forbidden403;
export const RateLimited429: Story = states.RateLimited429;
export const ServerError500: Story = states.ServerError500;
export const NetworkFailure: Story = states.NetworkFailure;
export const ExactBigAmounts: Story = states.ExactBigAmounts;
export const MultiCurrency: Story = states.MultiCurrency;
export const Narrow320: Story = states.Narrow320;
export const Dark: Story = states.Dark;
export const RightToLeft: Story = states.RightToLeft;
export const Japanese: Story = {
  ...states.Japanese,
  args: { ...states.Japanese.args, marketplaceId: 'A1VC38T7YXB528' },
};
export const BrazilianPortuguese: Story = states.BrazilianPortuguese;
export const Hindi: Story = states.Hindi;
/** What is held back, and when it is released. */
export const Deferred: Story = {
  args: {
    postedAfter: '2026-09-20T00:00:00Z',
    postedBefore: undefined,
    transactionStatus: 'DEFERRED',
  },
};
/** Over 180 days: loaded in windows the API answers, and merged. */
export const LongRange: Story = {
  args: { postedAfter: '2026-01-01T00:00:00Z', postedBefore: '2026-11-15T00:00:00Z' },
};
/** Ends later than two minutes ago: clamped, and the last 48 hours may be incomplete. */
export const UpToNow: Story = {
  args: { postedAfter: '2026-11-01T00:00:00Z', postedBefore: '2099-01-01T00:00:00Z' },
};
/** Unknown types and contexts, markup as text, breakdowns that do not add up. */
export const Oddities: Story = { args: { oddities: true } };
export const TenThousandTransactions: Story = { args: { stressRows: 10_000 } };
/** A payout list's settlement button shows that settlement's transactions. */
export const FromAPayout: Story = {
  render: (args) => {
    const show = (event: SpSettlementSelectEvent) => {
      const list = (event.currentTarget as HTMLElement).querySelector<SpTransactionList>(
        'sp-transaction-list',
      );
      list?.showSettlement(event.detail);
    };
    return html`<div @sp-settlement-select=${show}>
      <sp-payout-list
        .dataSource=${sandbox(args.scenario)}
        marketplace-ids="ATVPDKIKX0DER"
      ></sp-payout-list>
      <sp-transaction-list
        .dataSource=${sandbox(args.scenario)}
        posted-after="2026-11-10T00:00:00Z"
        locale=${ifDefined(args.locale)}
      ></sp-transaction-list>
    </div>`;
  },
};
