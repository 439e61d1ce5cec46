/**
 * A transaction's details for `<sp-transaction-list>`: its items, its breakdowns as a nested
 * list of signed, exact amounts (with a note where they do not add up), every context (a
 * deferral's reason and release date, payments, time range, store), and every related
 * identifier, copyable. Everything from the API is text in the template, never HTML.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { humanize } from '../../api/enums.js';
import { breakdownGap } from '../../api/normalise-transactions.js';
import type { BreakdownNode } from '../../api/model.js';
import type {
  ContextModel,
  IdentifierModel,
  TransactionItemModel,
  TransactionModel,
} from '../../api/transactions-model.js';
import { invalidAmountTemplate } from '../../internal/invalid-amount.js';
import { formatDay, formatPeriod, type DateContext } from '../../l10n/dates.js';
import { str, type Words } from '../../l10n/runtime.js';
import { formatMoney } from '../../money/format.js';
import { isNegative, type InvalidAmount, type Money } from '../../money/money.js';
import {
  deferralReasonLabel,
  fulfillmentLabel,
  humanizeAny,
  identifierLabel,
} from './transaction-view.js';

export interface DetailsContext {
  words: Words;
  dates: DateContext;
}

function amount(
  money: Money | undefined,
  invalid: InvalidAmount | undefined,
  words: Words,
  locale: string,
) {
  if (!money) return invalidAmountTemplate(invalid, words);
  return html`<span class="amount ${isNegative(money) ? 'negative' : ''}"
    ><bdi>${formatMoney(money, locale, { signDisplay: 'exceptZero' })}</bdi></span
  >`;
}

function fact(term: string, value: unknown): TemplateResult {
  return html`<dt>${term}</dt>
    <dd>${value}</dd>`;
}

function copyable(value: string, label: string, words: Words): TemplateResult {
  return html`<code>${value}</code
    ><sp-copy-button .value=${value} .words=${words} label=${label}></sp-copy-button>`;
}

/** The breakdowns of `total`, nested, with a note wherever children miss their parent. */
function breakdownsTemplate(
  nodes: readonly BreakdownNode[],
  total: Money | undefined,
  { words, dates }: DetailsContext,
): TemplateResult | typeof nothing {
  if (nodes.length === 0) return nothing;
  const gap = breakdownGap(total, nodes);
  return html`<ul class="breakdowns" part="breakdowns">
      ${nodes.map(
        (node) =>
          html`<li>
            <span class="breakdown-label">${humanizeAny(node.rawType || node.type)}</span>
            ${amount(node.money, node.invalidAmount, words, dates.locale)}
            ${breakdownsTemplate(node.children, node.money, { words, dates })}
          </li>`,
      )}
    </ul>
    ${gap ? mismatchNote(gap, words, dates.locale) : nothing}`;
}

function mismatchNote(gap: Money, words: Words, locale: string): TemplateResult {
  const difference = formatMoney(gap, locale, { signDisplay: 'exceptZero' });
  return html`<p class="mismatch" part="breakdown-mismatch" role="note">
    ${words.msg(
      str`These breakdowns do not add up to the amount above: ${difference} is not broken down.`,
      {
        id: 'transaction.breakdowns.mismatch',
      },
    )}
  </p>`;
}

function contextTemplate(context: ContextModel, { words, dates }: DetailsContext): TemplateResult {
  const facts: TemplateResult[] = [];
  const add = (term: string, value: unknown) => {
    if (value !== undefined && value !== '') facts.push(fact(term, value));
  };
  let title: string;
  switch (context.kind) {
    case 'product':
      title = words.msg('Product', { id: 'transaction.context.product' });
      add(
        'ASIN',
        context.asin &&
          copyable(context.asin, words.msg('Copy ASIN', { id: 'transaction.copy-asin' }), words),
      );
      add('SKU', context.sku);
      add(
        words.msg('Quantity shipped', { id: 'transaction.context.quantity' }),
        context.quantityShipped,
      );
      add(
        words.msg('Fulfilment', { id: 'transaction.context.fulfilment' }),
        context.fulfillmentNetwork && fulfillmentLabel(context.fulfillmentNetwork, words),
      );
      break;
    case 'amazon-pay':
      title = words.msg('Amazon Pay', { id: 'transaction.context.amazon-pay' });
      add(words.msg('Store', { id: 'transaction.context.store' }), context.storeName);
      add(words.msg('Order type', { id: 'transaction.context.order-type' }), context.orderType);
      add(words.msg('Channel', { id: 'transaction.context.channel' }), context.channel);
      break;
    case 'payments':
      title = words.msg('Payment', { id: 'transaction.context.payment' });
      add(
        words.msg('Payment type', { id: 'transaction.context.payment-type' }),
        context.paymentType,
      );
      add(
        words.msg('Payment method', { id: 'transaction.context.payment-method' }),
        context.paymentMethod && humanizeAny(context.paymentMethod),
      );
      add(
        words.msg('Reference', { id: 'transaction.context.reference' }),
        context.paymentReference &&
          copyable(
            context.paymentReference,
            words.msg('Copy payment reference', { id: 'transaction.copy-reference' }),
            words,
          ),
      );
      add(
        words.msg('Payment date', { id: 'transaction.context.payment-date' }),
        context.paymentDate && formatDay(context.paymentDate, dates),
      );
      break;
    case 'deferred':
      title = words.msg('Deferred', { id: 'transaction.context.deferred' });
      add(
        words.msg('Reason', { id: 'transaction.context.reason' }),
        context.deferralReason && deferralReasonLabel(context.deferralReason, words),
      );
      add(
        words.msg('Released on', { id: 'transaction.context.release-date' }),
        context.maturityDate && formatDay(context.maturityDate, dates),
      );
      break;
    case 'business':
      title = words.msg('Store', { id: 'transaction.context.business' });
      add(
        words.msg('Store', { id: 'transaction.context.store' }),
        context.storeName && humanize(context.storeName),
      );
      break;
    case 'time-range':
      title = words.msg('Time range', { id: 'transaction.context.time-range' });
      add(
        words.msg('Period', { id: 'field.period' }),
        formatPeriod(context.startTime, context.endTime, dates),
      );
      break;
    default:
      title = humanizeAny(context.contextType);
      for (const [name, value] of context.fields) add(humanizeAny(name), value);
  }
  return html`<section class="context" part="context" data-kind=${context.kind}>
    <h4>${title}</h4>
    ${facts.length > 0 ? html`<dl class="facts">${facts}</dl>` : nothing}
  </section>`;
}

function identifiersTemplate(ids: readonly IdentifierModel[], words: Words) {
  if (ids.length === 0) return nothing;
  return html`<dl class="facts identifiers" part="identifiers">
    ${ids.map((id) => {
      const name = identifierLabel(id.name, words);
      return fact(
        name,
        copyable(
          id.value,
          words.msg(str`Copy ${name}`, { id: 'transaction.copy-identifier' }),
          words,
        ),
      );
    })}
  </dl>`;
}

function itemTemplate(item: TransactionItemModel, context: DetailsContext) {
  const { words, dates } = context;
  return html`<li class="item" part="item">
    <p class="item-line">
      <span class="item-description"
        >${item.description ?? words.msg('Item', { id: 'transaction.item' })}</span
      >
      ${amount(item.money, item.invalidAmount, words, dates.locale)}
    </p>
    ${item.contexts.map((c) => contextTemplate(c, context))}
    ${breakdownsTemplate(item.breakdowns, item.money, context)}
    ${identifiersTemplate(item.identifiers, words)}
  </li>`;
}

/** The details of one transaction. */
export function transactionDetailsTemplate(
  transaction: TransactionModel,
  context: DetailsContext,
): TemplateResult {
  const { words } = context;
  const heading = (title: string) => html`<h3>${title}</h3>`;
  return html`${
    transaction.items.length > 0
      ? html`${heading(words.msg('Items', { id: 'transaction.items' }))}
          <ul class="items">
            ${transaction.items.map((item) => itemTemplate(item, context))}
          </ul>`
      : nothing
  }
  ${
    transaction.breakdowns.length > 0
      ? html`${heading(words.msg('Breakdown', { id: 'transaction.breakdown' }))}
        ${breakdownsTemplate(transaction.breakdowns, transaction.money, context)}`
      : nothing
  }
  ${
    transaction.contexts.length > 0
      ? html`${heading(words.msg('Context', { id: 'transaction.contexts' }))}
        ${transaction.contexts.map((c) => contextTemplate(c, context))}`
      : nothing
  }
  ${
    transaction.identifiers.length > 0
      ? html`${heading(words.msg('Related identifiers', { id: 'transaction.identifiers' }))}
        ${identifiersTemplate(transaction.identifiers, words)}`
      : nothing
  }
  ${
    transaction.syntheticId
      ? nothing
      : html`<dl class="facts">
          ${fact(
            words.msg('Transaction id', { id: 'transaction.field.id' }),
            copyable(
              transaction.id,
              words.msg('Copy transaction id', { id: 'transaction.copy-id' }),
              words,
            ),
          )}
        </dl>`
  }`;
}
