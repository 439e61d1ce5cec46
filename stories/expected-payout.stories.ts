import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/expected-payout/expected-payout.js';
import { sandbox, SCENARIO_NAMES } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

interface Args extends CommonArgs {
  marketplaceIds?: string;
  accountType?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/Expected payout',
  component: 'sp-expected-payout',
  args: { scenario: 'default' },
  argTypes: {
    ...commonArgTypes,
    scenario: { ...commonArgTypes.scenario, options: SCENARIO_NAMES },
  },
  render: (args) =>
    html`<sp-expected-payout
      .dataSource=${args.baseUrl ? undefined : sandbox(args.scenario)}
      base-url=${ifDefined(args.baseUrl)}
      .now=${new Date('2026-11-15T00:00:00Z')}
      marketplace-ids=${ifDefined(args.marketplaceIds)}
      account-type=${ifDefined(args.accountType)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    >
      <a slot="at-risk-action" href="#update-deposit-method">Update deposit method</a>
    </sp-expected-payout>`,
};
export default meta;
type Story = StoryObj<Args>;

const states = commonStates<Args>();
export const Default: Story = states.Default;
export const OneMarketplace: Story = { args: { marketplaceIds: 'A1PA6795UKMFR9' } };
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
