import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SummaryResponse } from '../src/api/wire.js';
import '../src/components/summary-sunburst/summary-sunburst.js';
import type { FinanceDataSource } from '../src/data/data-source.js';
import { sandbox, SCENARIO_NAMES, stressSummarySource } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

interface Args extends CommonArgs {
  marketplaceIds?: string;
  periodStart?: string;
  periodEnd?: string;
  settlementId?: string;
  /** Story only: a synthetic tree of about this many nodes instead of the sandbox. */
  stressNodes?: number;
  /** Story only: a data source answering with one fixed response instead of the sandbox. */
  source?: FinanceDataSource;
}

/** A data source that answers every summary request with `response`. */
function answering(response: SummaryResponse): FinanceDataSource {
  return { listSummary: async () => structuredClone(response) } as unknown as FinanceDataSource;
}

const usd = (currencyAmount: string) => ({ currencyAmount, currencyCode: 'USD' });

/** One chain of breakdowns `levels` deep, each 100.00 USD. */
function chainSummary(levels: number): SummaryResponse {
  let breakdowns: NonNullable<SummaryResponse['summaries']>[number]['breakdowns'] = [];
  for (let level = levels; level >= 1; level--) {
    breakdowns = [{ breakdownType: `LEVEL_${level}`, breakdownAmount: usd('100.00'), breakdowns }];
  }
  return { summaries: [{ amount: usd('100.00'), breakdowns }] };
}

/** Amounts no money can be (`1e400`, a hundred-million-digit `1e100000000`) beside ordinary ones. */
const absurdSummary: SummaryResponse = {
  summaries: [
    {
      amount: usd('1e400'),
      breakdowns: [
        {
          breakdownType: 'EARNINGS',
          breakdownAmount: usd('1e400'),
          breakdowns: [
            { breakdownType: 'SALES', breakdownAmount: usd('120.50') },
            { breakdownType: 'REFUNDS', breakdownAmount: usd('1e100000000') },
          ],
        },
        { breakdownType: 'AMAZON_SERVICE_CHARGES_AND_FEES', breakdownAmount: usd('-20.50') },
      ],
    },
  ],
};

const meta: Meta<Args> = {
  title: 'Elements/Summary sunburst',
  component: 'sp-summary-sunburst',
  args: {
    scenario: 'default',
    marketplaceIds: 'ATVPDKIKX0DER',
    periodStart: '2026-10-01T00:00:00Z',
    periodEnd: '2026-11-01T00:00:00Z',
  },
  argTypes: {
    ...commonArgTypes,
    scenario: { ...commonArgTypes.scenario, options: SCENARIO_NAMES },
    source: { table: { disable: true } },
  },
  render: (args) =>
    html`<sp-summary-sunburst
      .dataSource=${args.baseUrl ? undefined : (args.source ?? (args.stressNodes ? stressSummarySource(args.stressNodes) : sandbox(args.scenario)))}
      base-url=${ifDefined(args.baseUrl)}
      marketplace-ids=${ifDefined(args.marketplaceIds)}
      period-start=${ifDefined(args.settlementId ? undefined : args.periodStart)}
      period-end=${ifDefined(args.settlementId ? undefined : args.periodEnd)}
      settlement-id=${ifDefined(args.settlementId)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></sp-summary-sunburst>`,
};
export default meta;
type Story = StoryObj<Args>;

const states = commonStates<Args>();
export const Default: Story = states.Default;
export const AllMarketplaces: Story = { args: { marketplaceIds: undefined } };
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const BadRequest400: Story = states.BadRequest400;
export const Forbidden403: Story = states.Forbidden403;
export const RateLimited429: Story = states.RateLimited429;
export const ServerError500: Story = states.ServerError500;
export const NetworkFailure: Story = states.NetworkFailure;
export const ExactBigAmounts: Story = states.ExactBigAmounts;
export const MultiCurrency: Story = {
  ...states.MultiCurrency,
  args: { ...states.MultiCurrency.args, marketplaceIds: undefined },
};
export const PublishedModel: Story = states.PublishedModel;
export const Narrow320: Story = states.Narrow320;
export const Dark: Story = states.Dark;
export const RightToLeft: Story = states.RightToLeft;
export const Japanese: Story = {
  ...states.Japanese,
  args: { ...states.Japanese.args, marketplaceIds: 'A1VC38T7YXB528' },
};
export const BrazilianPortuguese: Story = {
  ...states.BrazilianPortuguese,
  args: { ...states.BrazilianPortuguese.args, marketplaceIds: 'A2Q3Y263D00KWC' },
};
export const Hindi: Story = {
  ...states.Hindi,
  args: { ...states.Hindi.args, marketplaceIds: 'A21TJRUUN4KGV' },
};
export const FiveThousandNodes: Story = { args: { stressNodes: 5_000 } };
/** Breakdowns 300 levels deep: 256 are listed and drillable, the last says what lies deeper. */
export const DeepBreakdowns: Story = { args: { source: answering(chainSummary(300)) } };
/** Amounts no money can be read "Invalid amount" and take no room in the chart. */
export const InvalidAmounts: Story = { args: { source: answering(absurdSummary) } };
