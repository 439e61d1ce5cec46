import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { errorFromResponse } from '../src/api/errors.js';
import '../src/components/expected-payout/expected-payout.js';
import type { FinanceDataSource } from '../src/data/data-source.js';
import { sandbox, SCENARIO_NAMES } from './support/sources.js';
import { commonArgTypes, commonStates, type CommonArgs } from './support/states.js';

/** How the story's data source answers "Pay out now"; the sandbox's own answer when absent. */
type PayoutAnswer =
  | 'in-flight'
  | 'made'
  | 'already-requested'
  | 'ineligible'
  | 'rate-limited'
  | 'refused'
  | 'no-answer';

interface Args extends CommonArgs {
  marketplaceIds?: string;
  accountType?: string;
  allowPayoutRequest?: boolean;
  showPaymentMethods?: boolean;
  payoutAnswer?: PayoutAnswer;
}

const DE = 'A1PA6795UKMFR9';

/** An answer as the API (or the reference proxy) would send it. */
const refusal = (status: number, code: string, message: string, details?: string) => () =>
  Promise.reject(
    errorFromResponse(
      status,
      new Headers({ 'x-amzn-RequestId': `story-${status}-request` }),
      JSON.stringify({ errors: [{ code, message, ...(details ? { details } : {}) }] }),
    ),
  );

const ANSWERS: Record<PayoutAnswer, NonNullable<FinanceDataSource['initiatePayout']>> = {
  'in-flight': () => new Promise(() => {}),
  made: () =>
    new Promise((resolve) =>
      setTimeout(
        () => resolve({ payoutReferenceId: '3DM7DQi8DPAMOLOSaN5HxT0q2waNwH95fopx3AD2Lgc' }),
        400,
      ),
    ),
  'already-requested': refusal(
    409,
    'PayoutAlreadyRequested',
    'An on-demand payout was already initiated for this marketplace and account type in the last 24 hours.',
    '2026-11-15T18:30:00Z',
  ),
  ineligible: refusal(
    400,
    'InvalidInput',
    'This marketplace is not eligible for on-demand payouts.',
    'marketplaceId',
  ),
  'rate-limited': refusal(
    429,
    'QuotaExceeded',
    'You exceeded your quota for the requested resource.',
  ),
  refused: refusal(403, 'PayoutNotAuthorized', 'The host did not authorise this payout.'),
  'no-answer': refusal(503, 'ServiceUnavailable', 'Service temporarily unavailable.'),
};

const answering = new Map<string, FinanceDataSource>();

/** The sandbox of `scenario`, answering "Pay out now" with `answer` (one source per pair). */
function payoutSource(scenario: Args['scenario'], answer: PayoutAnswer): FinanceDataSource {
  const key = `${scenario}|${answer}`;
  let source = answering.get(key);
  if (!source) {
    const base = sandbox(scenario);
    source = {
      listBalances: (query, options) => base.listBalances(query, options),
      listSummary: (query, options) => base.listSummary(query, options),
      listPayouts: (query, options) => base.listPayouts(query, options),
      listExpectedPayouts: (query, options) => base.listExpectedPayouts(query, options),
      listTransactions: (query, options) => base.listTransactions(query, options),
      getPaymentMethods: (query, options) => base.getPaymentMethods(query, options),
      initiatePayout: ANSWERS[answer],
    };
    answering.set(key, source);
  }
  return source;
}

type Element = HTMLElementTagNameMap['sp-expected-payout'];

/** Storybook's `play`: opens the dialog from "Pay out now", as a seller would. */
async function openDialog({ canvasElement }: { canvasElement: HTMLElement }): Promise<Element> {
  const el = canvasElement.querySelector('sp-expected-payout')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payout-request-button"]')?.click();
  await el.updateComplete;
  return el;
}

/** Storybook's `play`: opens the dialog and confirms. */
async function confirmPayout(context: { canvasElement: HTMLElement }): Promise<void> {
  const el = await openDialog(context);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payout-confirm"]')?.click();
  await el.updateComplete;
}

/** A DE seller whose host offers "Pay out now". */
const payoutStory = (args: Partial<Args>, play?: Story['play']): Story => ({
  args: { marketplaceIds: DE, allowPayoutRequest: true, ...args },
  ...(play ? { play } : {}),
});

const meta: Meta<Args> = {
  title: 'Elements/Expected payout',
  component: 'sp-expected-payout',
  args: { scenario: 'default' },
  argTypes: {
    ...commonArgTypes,
    scenario: { ...commonArgTypes.scenario, options: SCENARIO_NAMES },
    payoutAnswer: {
      control: 'select',
      options: [undefined, ...Object.keys(ANSWERS)],
      description: 'How the story\'s data source answers "Pay out now" (not an attribute).',
      table: { category: 'story' },
    },
  },
  render: (args) =>
    html`<sp-expected-payout
      .dataSource=${
        args.baseUrl
          ? undefined
          : args.payoutAnswer
            ? payoutSource(args.scenario, args.payoutAnswer)
            : sandbox(args.scenario)
      }
      base-url=${ifDefined(args.baseUrl)}
      .now=${new Date('2026-11-15T00:00:00Z')}
      marketplace-ids=${ifDefined(args.marketplaceIds)}
      account-type=${ifDefined(args.accountType)}
      ?allow-payout-request=${args.allowPayoutRequest ?? false}
      ?show-payment-methods=${args.showPaymentMethods ?? false}
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

/** "Pay out now" on the DE Standard Orders payout (the host set `allow-payout-request`). */
export const PayOutNow: Story = payoutStory({});
/** The same host in the US: no button, as Amazon offers on-demand payouts only in the EU stores. */
export const PayOutNowNotInTheUs: Story = {
  args: { marketplaceIds: 'ATVPDKIKX0DER', allowPayoutRequest: true },
};
/** The confirmation: the amount, the deposit method it goes to, and the 24-hour rule. */
export const PayoutDialog: Story = payoutStory({}, async (context) => {
  await openDialog(context);
});
/** While the request is in flight (it never answers here): the controls are disabled. */
export const PayoutInFlight: Story = payoutStory({ payoutAnswer: 'in-flight' }, async (context) => {
  const el = await openDialog(context);
  // Not awaited: the element settles only when the request is answered, which it never is.
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="payout-confirm"]')?.click();
});
/** Accepted: Amazon's reference for the payout, with a copy button. */
export const PayoutRequested: Story = payoutStory({ payoutAnswer: 'made' }, confirmPayout);
export const PayoutAlreadyRequested: Story = payoutStory(
  { payoutAnswer: 'already-requested' },
  confirmPayout,
);
export const PayoutIneligible: Story = payoutStory({ payoutAnswer: 'ineligible' }, confirmPayout);
/** The sandbox's invalid DE bank account: AT_RISK, and no valid deposit method to pay to. */
export const PayoutNoDepositMethod: Story = payoutStory(
  { scenario: 'invalid-bank-account', showPaymentMethods: true },
  confirmPayout,
);
export const PayoutRateLimited: Story = payoutStory(
  { payoutAnswer: 'rate-limited' },
  confirmPayout,
);
export const PayoutRefusedByProxy: Story = payoutStory({ payoutAnswer: 'refused' }, confirmPayout);
/** A 503: not retried; the payout may or may not have been made. */
export const PayoutNoClearAnswer: Story = payoutStory({ payoutAnswer: 'no-answer' }, confirmPayout);
/** `show-payment-methods`: the store's deposit methods, the default marked. */
export const DepositMethods: Story = { args: { marketplaceIds: DE, showPaymentMethods: true } };
/** A card on file that expires at the end of this month, flagged. */
export const ExpiringCard: Story = {
  args: { marketplaceIds: DE, showPaymentMethods: true, scenario: 'expiring-card' },
};
