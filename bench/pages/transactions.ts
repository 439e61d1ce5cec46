/**
 * Section: <sp-transaction-list> with 10,000 transactions (issue 16), next to <sp-payout-list>
 * with 10,000 payouts in the same page and run: data ready to the first painted frame, and the
 * DOM both build.
 */
import '../../src/components/payout-list/payout-list.js';
import '../../src/components/transaction-list/transaction-list.js';
import type { ListTransactionsResponse, Transaction } from '../../src/api/transactions-model.js';
import type { FinanceDataSource } from '../../src/data/data-source.js';
import { readySource } from './sources.js';
import { payoutsResponse } from './synthetic.js';
import { countNodes, painted, timeToPaint } from './timing.js';

const POSTED_AFTER = '2026-10-01T00:00:00Z';

/** `count` transactions a day apart in posting order, each an order with its fees. */
function transactionsResponse(count: number): ListTransactionsResponse {
  const start = Date.parse('2026-11-14T00:00:00Z');
  const transactions: Transaction[] = [];
  for (let i = 0; i < count; i++) {
    const cents = 1000 + ((i * 7919) % 90_000);
    const amount = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
    transactions.push({
      transactionId: `T-${i}`,
      transactionType: 'Shipment',
      transactionStatus: i % 10 === 0 ? 'DEFERRED' : 'RELEASED',
      description: 'Order Payment',
      postedDate: new Date(start - i * 60_000).toISOString(),
      sellingPartnerMetadata: { accountType: 'Standard Orders', marketplaceId: 'ATVPDKIKX0DER' },
      totalAmount: { currencyAmount: amount, currencyCode: 'USD' },
      relatedIdentifiers: [
        { relatedIdentifierName: 'ORDER_ID', relatedIdentifierValue: `114-${i}` },
      ],
    });
  }
  return { payload: { transactions } };
}

async function firstRender(impl: 'transactions' | 'payouts', count: number) {
  document.body.replaceChildren();
  window.scrollTo(0, 0);
  await painted(document.body);
  if (impl === 'payouts') {
    const list = document.createElement('sp-payout-list');
    const response = payoutsResponse(count);
    return timeToPaint(list, () => {
      list.dataSource = readySource({ listPayouts: response });
      document.body.append(list);
      return list.updateComplete;
    });
  }
  const response = transactionsResponse(count);
  const list = document.createElement('sp-transaction-list');
  return timeToPaint(list, () => {
    list.setAttribute('posted-after', POSTED_AFTER);
    list.setAttribute('locale', 'en-US');
    list.dataSource = {
      ...readySource({}),
      listTransactions: () => Promise.resolve(response),
    } as FinanceDataSource;
    document.body.append(list);
    return list.updateComplete;
  });
}

function nodes() {
  return countNodes(document.body);
}

Object.assign(window, { bench: { firstRender, nodes } });
