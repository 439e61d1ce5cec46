import type { TransactionModel } from '../api/transactions-model.js';

/** Fired when a person opens a transaction's details; `detail` is the transaction. */
export type SpTransactionSelectEvent = CustomEvent<TransactionModel>;

declare global {
  interface GlobalEventHandlersEventMap {
    'sp-transaction-select': SpTransactionSelectEvent;
  }
}
