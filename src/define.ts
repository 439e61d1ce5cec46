/** Defines all five elements (guarded: a second copy on the page never throws). */
import './components/balance-card/balance-card.js';
import './components/summary-sunburst/summary-sunburst.js';
import './components/payout-list/payout-list.js';
import './components/expected-payout/expected-payout.js';
import './components/transaction-list/transaction-list.js';

export * from './index.js';
