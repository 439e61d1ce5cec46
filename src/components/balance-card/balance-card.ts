import { defineElement } from '../../internal/define.js';
import { SpBalanceCard } from './balance-card.component.js';

export { SpBalanceCard };

defineElement('sp-balance-card', SpBalanceCard);

declare global {
  interface HTMLElementTagNameMap {
    'sp-balance-card': SpBalanceCard;
  }
}
