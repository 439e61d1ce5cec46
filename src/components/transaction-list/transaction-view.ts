/**
 * What `<sp-transaction-list>` says about a transaction, in the element's words (pure, DOM-free):
 * types, statuses, deferral reasons, fulfilment networks and identifier names. Values this
 * version does not know are humanised (`SELLER_REWARD_V2` → "Seller reward v2", `ServiceFee`
 * → "Service fee"), never dropped.
 */
import { humanize } from '../../api/enums.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { str, type Words } from '../../l10n/runtime.js';

type Label = (words: Words) => string;

/** "ServiceFee" → "Service fee"; codes as `humanize` reads them; other text as sent. */
export function humanizeAny(value: string): string {
  if (/^[A-Z][a-z]+(?:[A-Z][a-z0-9]*)+$/.test(value)) {
    const [first = '', ...rest] = value.split(/(?=[A-Z])/);
    return [first, ...rest.map((word) => word.toLowerCase())].join(' ');
  }
  return humanize(value);
}

/**
 * The table key of a value however it is spelled: `ServiceFee`, `SERVICE_FEE` and
 * `Service Fee` are one key (`SERVICEFEE`).
 */
function keyOf(value: string): string {
  return value.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

function label(table: Readonly<Record<string, Label>>, value: string, words: Words): string {
  return table[keyOf(value)]?.(words) ?? humanizeAny(value);
}

const TYPES: Readonly<Record<string, Label>> = {
  SHIPMENT: (w) => w.msg('Shipment', { id: 'transaction.type.SHIPMENT' }),
  REFUND: (w) => w.msg('Refund', { id: 'transaction.type.REFUND' }),
  SERVICEFEE: (w) => w.msg('Service fee', { id: 'transaction.type.SERVICE_FEE' }),
  ADJUSTMENT: (w) => w.msg('Adjustment', { id: 'transaction.type.ADJUSTMENT' }),
  CHARGEBACK: (w) => w.msg('Chargeback', { id: 'transaction.type.CHARGEBACK' }),
  RETROCHARGE: (w) => w.msg('Retrocharge', { id: 'transaction.type.RETROCHARGE' }),
  PRODUCTADSPAYMENT: (w) => w.msg('Advertising', { id: 'transaction.type.PRODUCT_ADS_PAYMENT' }),
  LOANSERVICING: (w) => w.msg('Loan servicing', { id: 'transaction.type.LOAN_SERVICING' }),
  TAXWITHHOLDING: (w) => w.msg('Tax withholding', { id: 'transaction.type.TAX_WITHHOLDING' }),
};

/** The transaction type in words. */
export function transactionTypeLabel(type: string | undefined, words: Words): string | undefined {
  return type === undefined ? undefined : label(TYPES, type, words);
}

export type StatusTone = 'positive' | 'progress' | 'neutral';

const STATUSES: Readonly<Record<string, { label: Label; tone: StatusTone }>> = {
  DEFERRED: {
    label: (w) => w.msg('Deferred', { id: 'transaction.status.DEFERRED' }),
    tone: 'progress',
  },
  RELEASED: {
    label: (w) => w.msg('Released', { id: 'transaction.status.RELEASED' }),
    tone: 'positive',
  },
  DEFERREDRELEASED: {
    label: (w) => w.msg('Released after deferral', { id: 'transaction.status.DEFERRED_RELEASED' }),
    tone: 'positive',
  },
};

/** The status in words with its tone; `undefined` when the API sent none. */
export function statusView(
  status: string | undefined,
  words: Words,
): { label: string; tone: StatusTone } | undefined {
  if (status === undefined) return undefined;
  const known = STATUSES[keyOf(status)];
  return known
    ? { label: known.label(words), tone: known.tone }
    : { label: humanizeAny(status), tone: 'neutral' };
}

const REASONS: Readonly<Record<string, Label>> = {
  DD7: (w) =>
    w.msg('Delivery-date policy: held until 7 days after delivery', {
      id: 'transaction.deferral.DD7',
    }),
  B2B: (w) =>
    w.msg('Invoiced order: held until the business customer pays', {
      id: 'transaction.deferral.B2B',
    }),
};

/** Why money is held back, in words (`DD7`, `B2B`; other codes humanised). */
export function deferralReasonLabel(reason: string, words: Words): string {
  return label(REASONS, reason, words);
}

const NETWORKS: Readonly<Record<string, Label>> = {
  AFN: (w) => w.msg('Fulfilled by Amazon', { id: 'transaction.network.AFN' }),
  MFN: (w) => w.msg('Fulfilled by you', { id: 'transaction.network.MFN' }),
};

export function fulfillmentLabel(network: string, words: Words): string {
  return label(NETWORKS, network, words);
}

const IDENTIFIERS: Readonly<Record<string, Label>> = {
  ORDERID: (w) => w.msg('Order id', { id: 'transaction.identifier.ORDER_ID' }),
  SHIPMENTID: (w) => w.msg('Shipment id', { id: 'transaction.identifier.SHIPMENT_ID' }),
  SETTLEMENTID: (w) => w.msg('Settlement id', { id: 'transaction.identifier.SETTLEMENT_ID' }),
  FINANCIALEVENTGROUPID: (w) =>
    w.msg('Financial event group id', { id: 'transaction.identifier.FINANCIAL_EVENT_GROUP_ID' }),
  REFUNDID: (w) => w.msg('Refund id', { id: 'transaction.identifier.REFUND_ID' }),
  INVOICEID: (w) => w.msg('Invoice id', { id: 'transaction.identifier.INVOICE_ID' }),
};

/** A related identifier's name in words ("Order id"); unknown names humanised. */
export function identifierLabel(name: string, words: Words): string {
  return name === ''
    ? words.msg('Identifier', { id: 'transaction.identifier' })
    : label(IDENTIFIERS, name, words);
}

/** "1,234 transactions", in the plural form the shown language uses. */
export function countText(count: number, words: Words): string {
  const n = formatCount(count, words);
  return plural(
    count,
    {
      zero: () => words.msg(str`${n} transactions`, { id: 'transactions.count.zero' }),
      one: () => words.msg(str`${n} transaction`, { id: 'transactions.count.one' }),
      two: () => words.msg(str`${n} transactions`, { id: 'transactions.count.two' }),
      few: () => words.msg(str`${n} transactions`, { id: 'transactions.count.few' }),
      many: () => words.msg(str`${n} transactions`, { id: 'transactions.count.many' }),
      other: () => words.msg(str`${n} transactions`, { id: 'transactions.count.other' }),
    },
    words,
  );
}

/** What the list says around "Load more" (the `LoadMoreWords` of src/internal/load-more.ts). */
export const transactionsLoadMoreWords = {
  loading: (words: Words) =>
    words.msg('Loading more transactions…', { id: 'transactions.loading-more' }),
  failed: (words: Words) =>
    words.msg('Could not load more transactions.', { id: 'transactions.load-more.failed' }),
  loaded(added: number, words: Words): string {
    const n = formatCount(added, words);
    return plural(
      added,
      {
        zero: () =>
          words.msg(str`Loaded ${n} more transactions.`, { id: 'transactions.loaded-more.zero' }),
        one: () =>
          words.msg(str`Loaded ${n} more transaction.`, { id: 'transactions.loaded-more.one' }),
        two: () =>
          words.msg(str`Loaded ${n} more transactions.`, { id: 'transactions.loaded-more.two' }),
        few: () =>
          words.msg(str`Loaded ${n} more transactions.`, { id: 'transactions.loaded-more.few' }),
        many: () =>
          words.msg(str`Loaded ${n} more transactions.`, { id: 'transactions.loaded-more.many' }),
        other: () =>
          words.msg(str`Loaded ${n} more transactions.`, { id: 'transactions.loaded-more.other' }),
      },
      words,
    );
  },
  stopped(fetched: number, words: Words): string {
    const n = formatCount(fetched, words);
    return plural(
      fetched,
      {
        zero: () =>
          words.msg(str`Stopped after ${n} pages. Narrow the dates to see older transactions.`, {
            id: 'transactions.page-cap.zero',
          }),
        one: () =>
          words.msg(str`Stopped after ${n} page. Narrow the dates to see older transactions.`, {
            id: 'transactions.page-cap.one',
          }),
        two: () =>
          words.msg(str`Stopped after ${n} pages. Narrow the dates to see older transactions.`, {
            id: 'transactions.page-cap.two',
          }),
        few: () =>
          words.msg(str`Stopped after ${n} pages. Narrow the dates to see older transactions.`, {
            id: 'transactions.page-cap.few',
          }),
        many: () =>
          words.msg(str`Stopped after ${n} pages. Narrow the dates to see older transactions.`, {
            id: 'transactions.page-cap.many',
          }),
        other: () =>
          words.msg(str`Stopped after ${n} pages. Narrow the dates to see older transactions.`, {
            id: 'transactions.page-cap.other',
          }),
      },
      words,
    );
  },
};
