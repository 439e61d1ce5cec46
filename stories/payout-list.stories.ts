import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/payout-list/payout-list.js';
import { sandbox, SCENARIO_NAMES, stressPayoutSource } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

interface Args extends CommonArgs {
  marketplaceIds?: string;
  createdAfter?: string;
  createdBefore?: string;
  payoutId?: string;
  accountType?: string;
  showTotals?: boolean;
  /** Story only: a synthetic source of this many payouts instead of the sandbox. */
  stressRows?: number;
}

const meta: Meta<Args> = {
  title: 'Elements/Payout list',
  component: 'sp-payout-list',
  args: { scenario: 'default', showTotals: true },
  argTypes: {
    ...commonArgTypes,
    scenario: { ...commonArgTypes.scenario, options: SCENARIO_NAMES },
  },
  render: (args) =>
    html`<sp-payout-list
      .dataSource=${args.baseUrl ? undefined : args.stressRows ? stressPayoutSource(args.stressRows) : sandbox(args.scenario)}
      base-url=${ifDefined(args.baseUrl)}
      marketplace-ids=${ifDefined(args.marketplaceIds)}
      created-after=${ifDefined(args.createdAfter)}
      created-before=${ifDefined(args.createdBefore)}
      payout-id=${ifDefined(args.payoutId)}
      account-type=${ifDefined(args.accountType)}
      ?show-totals=${args.showTotals}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></sp-payout-list>`,
};
export default meta;
type Story = StoryObj<Args>;

const states = commonStates<Args>();
export const Default: Story = states.Default;
export const FilteredByDate: Story = {
  args: {
    marketplaceIds: 'ATVPDKIKX0DER',
    createdAfter: '2026-09-01T00:00:00Z',
    createdBefore: '2026-11-01T00:00:00Z',
  },
};
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const BadRequest400: Story = states.BadRequest400;
export const Forbidden403: Story = states.Forbidden403;
export const RateLimited429: Story = states.RateLimited429;
export const ServerError500: Story = states.ServerError500;
export const NetworkFailure: Story = states.NetworkFailure;
export const ExactBigAmounts: Story = states.ExactBigAmounts;
export const MultiCurrency: Story = states.MultiCurrency;
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
export const TenThousandPayouts: Story = { args: { stressRows: 10_000, showTotals: true } };
