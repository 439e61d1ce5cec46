/**
 * Balances (GET /finances/2024-06-19/balances) into the model `<sp-balance-card>` renders: one
 * `BalanceGroup` per account (partner, account type, marketplace) and currency, with the same
 * canonical shape whatever the API sent:
 *
 * - the reference's flat form (one balance per type, each with its `partnerMetadata`) and the
 *   nested form (a TOTAL whose `balances` hold AVAILABLE and RESERVED, RESERVED holding DEFERRED
 *   and the account-level reserve, recursively) both become
 *   `[TOTAL, AVAILABLE, RESERVED → [DEFERRED, ACCOUNT_LEVEL_RESERVES], …unknown types]`;
 * - the published model's drift is read too: `ACCOUNT_LEVEL_RESERVE`, account types as labels
 *   ("Standard Orders").
 *
 * Amounts stay exactly as the API sent them. The one derived figure is a missing TOTAL, summed
 * from its parts in decimal and marked `computed`; it never replaces a TOTAL the API sent.
 *
 * @example
 * ```ts
 * const groups = normaliseBalances(await source.listBalances({ marketplaceId: 'ATVPDKIKX0DER' }));
 * groups[0].balances.map((b) => b.type); // ['TOTAL', 'AVAILABLE', 'RESERVED']
 * ```
 */
import { readMoney, sumMoney, type Money } from '../money/money.js';
import { toCode } from './enums.js';
import type { AccountRef, BalanceGroup, BalanceNode } from './model.js';
import {
  accountKey,
  invalidAmountOf,
  list,
  readAccount,
  readBreakdowns,
  text,
} from './normalise-common.js';
import type { Balance, ListBalancesResponse } from './wire.js';

/** The balance types the reference defines, in the order a seller reads them. */
export const KNOWN_BALANCE_TYPES = [
  'TOTAL',
  'AVAILABLE',
  'RESERVED',
  'DEFERRED',
  'ACCOUNT_LEVEL_RESERVES',
] as const;

export type KnownBalanceType = (typeof KNOWN_BALANCE_TYPES)[number];

const ALIASES: Record<string, KnownBalanceType> = {
  ACCOUNT_LEVEL_RESERVE: 'ACCOUNT_LEVEL_RESERVES',
};

/** The parts of RESERVED: they sit beneath it when the API sent it. */
const RESERVED_PARTS: readonly string[] = ['DEFERRED', 'ACCOUNT_LEVEL_RESERVES'];

/**
 * Loan repayments: the published model counts them in TOTAL ("Available + Deferred + Loan
 * Repayments + Account Level Reserves"), though neither spec lists them as a balance type.
 * When the API sends them as one, a computed TOTAL includes them.
 */
const LOAN_REPAYMENTS: ReadonlySet<string> = new Set(['LOAN_REPAYMENT', 'LOAN_REPAYMENTS']);

export function isLoanRepayments(type: string): boolean {
  return LOAN_REPAYMENTS.has(toCode(type));
}

const MAX_DEPTH = 32;

/**
 * The canonical balance type for a type as sent: a known type (in any case or spelling the
 * published model uses, e.g. `ACCOUNT_LEVEL_RESERVE`) becomes its reference code; anything else
 * is kept exactly as sent, to be shown humanized.
 */
export function canonicalBalanceType(raw: string): string {
  const code = toCode(raw);
  if ((KNOWN_BALANCE_TYPES as readonly string[]).includes(code)) return code;
  return ALIASES[code] ?? raw;
}

export function isKnownBalanceType(type: string): type is KnownBalanceType {
  return (KNOWN_BALANCE_TYPES as readonly string[]).includes(type);
}

export interface NormaliseBalancesOptions {
  /**
   * Whether a TOTAL missing from the response may be derived from its parts (default true).
   * Turn it off when the request filtered balance types without TOTAL: the host did not ask.
   */
  computeTotal?: boolean;
}

/** A balance read from the wire, before it is put in its place in the group. */
interface ReadBalance {
  node: BalanceNode;
  /** The canonical type of the balance it was nested in, if any. */
  parentType: string | undefined;
}

interface GroupDraft {
  key: string;
  account: AccountRef;
  currency: string;
  asOfDate?: string;
  lastUpdatedTime?: string;
  read: ReadBalance[];
}

/**
 * Normalises one or more pages of `listBalances` responses (or their balances) into groups, in
 * the order each account and currency first appears. Malformed entries are skipped, never fatal.
 */
export function normaliseBalances(
  input: ListBalancesResponse | readonly ListBalancesResponse[] | readonly Balance[],
  options: NormaliseBalancesOptions = {},
): BalanceGroup[] {
  const groups = new Map<string, GroupDraft>();
  for (const balance of topLevelBalances(input)) {
    const account = readAccount(balance.partnerMetadata);
    const currency = firstCurrency(balance) ?? '';
    const key = `${accountKey(account)}|${currency}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, account, currency, read: [] };
      groups.set(key, group);
    }
    collect(balance, undefined, currency, group, 0);
  }
  return [...groups.values()].map((draft) => finishGroup(draft, options));
}

function topLevelBalances(
  input: ListBalancesResponse | readonly ListBalancesResponse[] | readonly Balance[] | null,
): Balance[] {
  if (!input || typeof input !== 'object') return [];
  if (!Array.isArray(input)) return list((input as ListBalancesResponse).balances).filter(isObject);
  return (input as unknown[])
    .filter(isObject)
    .flatMap((item) =>
      isPage(item) ? list((item as ListBalancesResponse).balances).filter(isObject) : [item],
    );
}

/** A response page rather than a balance: it has nothing a balance has. */
function isPage(item: object): boolean {
  return !('balanceType' in item) && !('amount' in item) && !('partnerMetadata' in item);
}

function isObject(value: unknown): value is Balance {
  return value != null && typeof value === 'object';
}

/**
 * The currency of a balance: its own amount's (even when the figure is unreadable), else the
 * first one found beneath it.
 */
function firstCurrency(balance: Balance, depth = 0): string | undefined {
  const own = text(balance.amount?.currencyCode)?.trim().toUpperCase();
  if (own || depth > MAX_DEPTH) return own;
  for (const child of list(balance.balances).filter(isObject)) {
    const found = firstCurrency(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Reads a balance and everything nested in it into the group's list, remembering each parent. */
function collect(
  balance: Balance,
  parentType: string | undefined,
  groupCurrency: string,
  group: GroupDraft,
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  const rawType = text(balance.balanceType) ?? '';
  const type = rawType === '' ? 'UNKNOWN' : canonicalBalanceType(rawType);
  const reading = readMoney(balance.amount, groupCurrency || undefined);
  const money = reading.money;
  group.asOfDate ??= text(balance.asOfDate);
  group.lastUpdatedTime ??= text(balance.lastUpdatedTime);
  group.read.push({
    parentType,
    node: {
      type,
      rawType,
      money,
      ...invalidAmountOf(reading),
      breakdowns: readBreakdowns(
        balance.breakdowns,
        money?.currency ?? (groupCurrency || undefined),
        canonicalBalanceType,
      ),
      children: [],
    },
  });
  for (const child of list(balance.balances).filter(isObject)) {
    collect(child, type, groupCurrency, group, depth + 1);
  }
}

/**
 * Puts each balance in its canonical place. A type sent twice (the same balance on two pages,
 * or in both forms) is shown once: the first with an amount wins.
 */
function finishGroup(draft: GroupDraft, options: NormaliseBalancesOptions): BalanceGroup {
  const byType = new Map<string, ReadBalance>();
  const unknown: ReadBalance[] = [];
  for (const read of draft.read) {
    const { type } = read.node;
    if (!isKnownBalanceType(type)) {
      unknown.push(read);
      continue;
    }
    const existing = byType.get(type);
    if (!existing || (!existing.node.money && read.node.money)) byType.set(type, read);
  }

  const reserved = byType.get('RESERVED')?.node;
  const top: BalanceNode[] = [];
  const total = byType.get('TOTAL')?.node;
  const available = byType.get('AVAILABLE')?.node;
  if (total) top.push(total);
  if (available) top.push(available);
  if (reserved) top.push(reserved);
  for (const part of RESERVED_PARTS) {
    const node = byType.get(part)?.node;
    if (!node) continue;
    (reserved ? reserved.children : top).push(node);
  }

  // Unknown types keep the parent they were sent in, unless that parent is TOTAL (which is shown
  // as a figure of its own, its parts beside it) or the type is not in the group at all.
  const placed = new Map<string, BalanceNode>(top.map((node) => [node.type, node]));
  if (reserved) for (const child of reserved.children) placed.set(child.type, child);
  for (const { node, parentType } of unknown) {
    const parent =
      parentType !== undefined && parentType !== 'TOTAL' ? placed.get(parentType) : undefined;
    (parent ? parent.children : top).push(node);
    if (!placed.has(node.type)) placed.set(node.type, node);
  }

  const computeTotal = options.computeTotal ?? true;
  const loans = unknown.filter(({ node }) => isLoanRepayments(node.type)).map(({ node }) => node);
  if (!total && computeTotal && unknown.length === loans.length) {
    const computed = computedTotal(byType, loans, draft.currency);
    if (computed) top.unshift(computed);
  }

  const group: BalanceGroup = {
    key: draft.key,
    account: draft.account,
    currency: draft.currency,
    balances: top,
  };
  if (draft.asOfDate !== undefined) group.asOfDate = draft.asOfDate;
  if (draft.lastUpdatedTime !== undefined) group.lastUpdatedTime = draft.lastUpdatedTime;
  return group;
}

/**
 * TOTAL as the published model defines it, summed in decimal: AVAILABLE + DEFERRED + loan
 * repayments + ACCOUNT_LEVEL_RESERVES, with RESERVED standing for DEFERRED and the reserve when
 * the API sent it. Loan repayments count when the API sent them; when it did not, the card says
 * the sum may leave them out. Every part must be present and in the group's currency; otherwise
 * there is no total. Skipped when the group holds other types this version does not know: a
 * sum could silently leave one out.
 */
function computedTotal(
  byType: Map<string, ReadBalance>,
  loans: readonly BalanceNode[],
  currency: string,
): BalanceNode | undefined {
  const partsOf = byType.has('RESERVED')
    ? ['AVAILABLE', 'RESERVED']
    : ['AVAILABLE', 'DEFERRED', 'ACCOUNT_LEVEL_RESERVES'];
  const parts: Money[] = [];
  for (const money of [
    ...partsOf.map((type) => byType.get(type)?.node.money),
    ...loans.map((loan) => loan.money),
  ]) {
    if (!money || money.currency !== currency) return undefined;
    parts.push(money);
  }
  return {
    type: 'TOTAL',
    rawType: 'TOTAL',
    money: sumMoney(parts, currency),
    computed: true,
    breakdowns: [],
    children: [],
  };
}

/** What a computed TOTAL was summed from, for saying so next to it. */
export function computedTotalParts(group: BalanceGroup): {
  parts: KnownBalanceType[];
  /** Whether the API sent loan repayments (and the sum includes them). */
  loanRepayments: boolean;
} {
  return {
    parts: group.balances.some((b) => b.type === 'RESERVED')
      ? ['AVAILABLE', 'RESERVED']
      : ['AVAILABLE', 'DEFERRED', 'ACCOUNT_LEVEL_RESERVES'],
    loanRepayments: group.balances.some((b) => isLoanRepayments(b.type)),
  };
}
