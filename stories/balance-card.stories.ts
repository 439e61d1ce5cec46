import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/balance-card/balance-card.js';
import { sandbox, SCENARIO_NAMES } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

interface Args extends CommonArgs {
  marketplaceId?: string;
  balanceTypes?: string;
  accountType?: string;
  asOfDate?: string;
  layout?: 'full' | 'compact';
}

const meta: Meta<Args> = {
  title: 'Elements/Balance card',
  component: 'sp-balance-card',
  args: { scenario: 'default', layout: 'full' },
  argTypes: {
    ...commonArgTypes,
    scenario: { ...commonArgTypes.scenario, options: SCENARIO_NAMES },
    layout: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (args) =>
    html`<sp-balance-card
      .dataSource=${args.baseUrl ? undefined : sandbox(args.scenario)}
      base-url=${ifDefined(args.baseUrl)}
      marketplace-id=${ifDefined(args.marketplaceId)}
      balance-types=${ifDefined(args.balanceTypes)}
      account-type=${ifDefined(args.accountType)}
      as-of-date=${ifDefined(args.asOfDate)}
      layout=${ifDefined(args.layout)}
      locale=${ifDefined(args.locale)}
      theme=${ifDefined(args.theme)}
    ></sp-balance-card>`,
};
export default meta;
type Story = StoryObj<Args>;

const states = commonStates<Args>();
export const Default: Story = states.Default;
export const OneMarketplace: Story = { args: { marketplaceId: 'A1PA6795UKMFR9' } };
export const AsOfDate: Story = { args: { marketplaceId: 'ATVPDKIKX0DER', asOfDate: '2026-10-01' } };
export const Loading: Story = states.Loading;
export const Empty: Story = states.Empty;
export const BadRequest400: Story = states.BadRequest400;
export const Forbidden403: Story = states.Forbidden403;
export const RateLimited429: Story = states.RateLimited429;
export const ServerError500: Story = states.ServerError500;
export const NetworkFailure: Story = states.NetworkFailure;
export const ExactBigAmounts: Story = {
  ...states.ExactBigAmounts,
  args: { ...states.ExactBigAmounts.args, marketplaceId: 'ATVPDKIKX0DER' },
};
export const MultiCurrency: Story = states.MultiCurrency;
export const PublishedModel: Story = states.PublishedModel;
export const Compact320: Story = {
  ...states.Narrow320,
  args: { ...states.Narrow320.args, layout: 'compact', marketplaceId: 'ATVPDKIKX0DER' },
};
export const Dark: Story = states.Dark;
export const RightToLeft: Story = states.RightToLeft;
export const Japanese: Story = {
  ...states.Japanese,
  args: { ...states.Japanese.args, marketplaceId: 'A1VC38T7YXB528' },
};
export const BrazilianPortuguese: Story = {
  ...states.BrazilianPortuguese,
  args: { ...states.BrazilianPortuguese.args, marketplaceId: 'A2Q3Y263D00KWC' },
};
export const Hindi: Story = {
  ...states.Hindi,
  args: { ...states.Hindi.args, marketplaceId: 'A21TJRUUN4KGV' },
};
