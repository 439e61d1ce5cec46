import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/summary-sunburst/summary-sunburst.js';
import { sandbox, SCENARIO_NAMES, stressSummarySource } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

interface Args extends CommonArgs {
  marketplaceIds?: string;
  periodStart?: string;
  periodEnd?: string;
  settlementId?: string;
  /** Story only: a synthetic tree of about this many nodes instead of the sandbox. */
  stressNodes?: number;
}

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
  },
  render: (args) =>
    html`<sp-summary-sunburst
      .dataSource=${args.baseUrl ? undefined : args.stressNodes ? stressSummarySource(args.stressNodes) : sandbox(args.scenario)}
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
