import { defineElement } from '../../internal/define.js';
import { SpExpectedPayout } from './expected-payout.component.js';

export { SpExpectedPayout };

defineElement('sp-expected-payout', SpExpectedPayout);

declare global {
  interface HTMLElementTagNameMap {
    'sp-expected-payout': SpExpectedPayout;
  }
}
