/**
 * `listPayouts` responses → `PayoutModel[]` (pure). Tolerant: every field may be missing or
 * null, unknown enum values are kept as sent, `NO_PAYOUT` payouts may have no amount or type.
 *
 * @example
 * ```ts
 * const taken = new Set<string>();
 * const firstPage = normalisePayouts(await source.listPayouts(query), taken);
 * const nextPage = normalisePayouts(await source.listPayouts({ ...query, nextToken }), taken);
 * ```
 */
import { instantOf } from './api-dates.js';
import { readMoney } from '../money/money.js';
import { toCode } from './enums.js';
import type { PayoutModel, PayoutStatusStep } from './model.js';
import {
  bareAmountOf,
  invalidAmountOf,
  list,
  readAccount,
  readPeriod,
  settlementIds,
  text,
} from './normalise-common.js';
import type { ListPayoutsResponse, Payout, PayoutStatusEntry } from './wire.js';

/** Payouts whose id was made up here because the API sent none. */
const synthetic = new WeakSet<PayoutModel>();

/**
 * Whether the payout's id was made up because the API sent none: such a payout is still shown
 * (and keeps its place and expanded state) but is never de-duplicated against another.
 */
export function hasSyntheticId(payout: PayoutModel): boolean {
  return synthetic.has(payout);
}

/**
 * Reads a `listPayouts` response. `taken` is the set of ids already in use for the same list
 * (pass one set for every page of a query): a payout without an id gets a synthetic id derived
 * from its content, so the same response always yields the same ids, that avoids every id in
 * `taken`; every id read is added to `taken`.
 */
export function normalisePayouts(
  response: ListPayoutsResponse | null | undefined,
  taken: Set<string> = new Set(),
): PayoutModel[] {
  if (!response || typeof response !== 'object') return [];
  return list(response.payouts)
    .filter((payout): payout is Payout => payout != null && typeof payout === 'object')
    .map((payout) => normalisePayout(payout, taken));
}

export function normalisePayout(payout: Payout, taken: Set<string> = new Set()): PayoutModel {
  const history = sortHistory(
    list(payout.statusHistory)
      .filter((entry): entry is PayoutStatusEntry => entry != null && typeof entry === 'object')
      .map(readStep),
  );
  const status = text(payout.currentStatus) ?? history.at(-1)?.status ?? 'UNKNOWN';
  const reading = readMoney(payout.amount);
  const money = reading.money;
  const model: PayoutModel = {
    id: '',
    account: readAccount(payout.partnerMetadata),
    status,
    history,
    type: text(payout.type),
    money,
    ...invalidAmountOf(reading),
    ...bareAmountOf(reading),
    accountTail: text(payout.accountTail),
    paymentMethod: text(payout.paymentMethod),
    creationDate: text(payout.creationDate),
    paymentRail: text(payout.paymentRail),
    traceId: text(payout.traceId),
    period: readPeriod(payout.period),
    settlementIds: settlementIds(payout.relatedIdentifiers),
    failureReason: latestFailureReason(history),
  };
  const id = text(payout.id);
  if (id !== undefined) {
    model.id = id;
  } else {
    model.id = syntheticId(model, taken);
    synthetic.add(model);
  }
  taken.add(model.id);
  return model;
}

function readStep(entry: PayoutStatusEntry): PayoutStatusStep {
  return {
    status: text(entry.status) ?? 'UNKNOWN',
    date: text(entry.lastUpdatedDate),
    failureReason: text(entry.failureReason),
  };
}

/**
 * Oldest first by `lastUpdatedDate`, whatever order the API sends. Steps with equal dates keep
 * the order they came in; steps without a readable date follow the dated ones, in arrival order.
 */
export function sortHistory(steps: readonly PayoutStatusStep[]): PayoutStatusStep[] {
  const dated: { step: PayoutStatusStep; time: number }[] = [];
  const undated: PayoutStatusStep[] = [];
  for (const step of steps) {
    const time = timeOf(step.date);
    if (time === undefined) undated.push(step);
    else dated.push({ step, time });
  }
  dated.sort((a, b) => a.time - b.time);
  return [...dated.map((entry) => entry.step), ...undated];
}

/** Newest first by `creationDate` (a stable sort); payouts without a readable date come last. */
export function newestFirst(payouts: readonly PayoutModel[]): PayoutModel[] {
  return payouts
    .map((payout, index) => ({ payout, index, time: timeOf(payout.creationDate) }))
    .sort((a, b) => {
      if (a.time === undefined || b.time === undefined) {
        if (a.time !== b.time) return a.time === undefined ? 1 : -1;
        return a.index - b.index;
      }
      return b.time - a.time || a.index - b.index;
    })
    .map((entry) => entry.payout);
}

/** The failure reason of the latest FAILED step that gives one. */
function latestFailureReason(history: readonly PayoutStatusStep[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const step = history[i]!;
    if (toCode(step.status) === 'FAILED' && step.failureReason !== undefined) {
      return step.failureReason;
    }
  }
  return undefined;
}

/** Milliseconds since the epoch, or `undefined` for a missing or unreadable date. */
export const timeOf = instantOf;

/** A content-derived id, so the same payout gets the same id on every render and reload. */
function syntheticId(model: PayoutModel, taken: Set<string>): string {
  const content = JSON.stringify([
    model.creationDate,
    model.money?.amount.toString(),
    model.money?.currency,
    model.status,
    model.type,
    model.paymentMethod,
    model.accountTail,
    model.traceId,
    model.period?.startDate,
    model.period?.endDate,
    model.settlementIds,
  ]);
  const base = `no-id-${fnv1a(content)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** FNV-1a, 32 bits, as base 36: short, stable, not cryptographic (it only needs to be stable). */
function fnv1a(value: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
