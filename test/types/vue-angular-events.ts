// Vue's template typings and Angular's helpers type each element's `sp-load` detail as the data
// that element shows.
import type { SpVueProps } from 'sp-finance-widgets/vue';
import { spEventOf, type SpEventDetailOf } from 'sp-finance-widgets/angular';
import type { BalanceGroup, PayoutModel } from 'sp-finance-widgets/classes';

export const vueBalances: SpVueProps<'sp-balance-card'> = {
  onSpLoad: (e) => {
    const shown: BalanceGroup[] = e.detail;
    return shown.length;
  },
};

export const vueWrong: SpVueProps<'sp-summary-sunburst'> = {
  // @ts-expect-error: a summary has no `history` (that is a payout's)
  onSpLoad: (e) => e.detail[0]?.history,
};

export function angularLoaded(event: Event): number {
  const payouts: PayoutModel[] = spEventOf('sp-payout-list', 'sp-load', event).detail;
  return payouts.length;
}

export const detailType: SpEventDetailOf<'sp-expected-payout', 'sp-settlement-select'> = {
  settlementId: 'S1',
  // @ts-expect-error: `payout` is a payout model, not a string
  payout: 'P1',
};
