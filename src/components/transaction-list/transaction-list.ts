import { defineElement } from '../../internal/define.js';
import { SpTransactionList } from './transaction-list.component.js';

export { SpTransactionList };

defineElement('sp-transaction-list', SpTransactionList);

declare global {
  interface HTMLElementTagNameMap {
    'sp-transaction-list': SpTransactionList;
  }
}
