import { defineElement } from '../../internal/define.js';
import { SpPayoutList } from './payout-list.component.js';

export { SpPayoutList };

defineElement('sp-payout-list', SpPayoutList);

declare global {
  interface HTMLElementTagNameMap {
    'sp-payout-list': SpPayoutList;
  }
}
