/**
 * What the sunburst says about its nodes and arcs, in an element's `words`: arc names, tooltips
 * and screen-reader labels, table-row words, the centre's lines and the drill announcement.
 * Pure (no DOM): every phrase is a value, tested without an element.
 */
import type { SummaryModel } from '../../api/model.js';
import { formatDay, formatPeriod, type DateContext } from '../../l10n/dates.js';
import { listWords } from '../../l10n/enum-labels.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { str, type Words } from '../../l10n/runtime.js';
import type { Decimal } from '../../money/decimal.js';
import { formatBareAmount, formatMoney } from '../../money/format.js';
import { isNegative, totalsByCurrency, type Money } from '../../money/money.js';
import type { ArcView } from './sunburst-geometry.js';
import type { SunburstLayout, SunburstNode } from './sunburst-layout.js';
import { formatShare } from './summary-text.js';

/** What the table and the tooltips say about a node. */
export interface NodeText {
  /** The node's ancestors from its L1 category down, each followed by " › ": for screen readers. */
  readonly trail: string;
  /** The signed amount ("+$1.00", "-$2.00", "$0.00"), "Invalid amount", or empty without one. */
  readonly amount: string;
  readonly negative: boolean;
  /** The text the API sent for an invalid amount (shown as a title); empty otherwise. */
  readonly invalidRaw: string;
  readonly shareOfParent: string;
  readonly shareOfGross: string;
  /** "3 deeper levels not shown" when the model holds fewer levels than the API sent. */
  readonly deeper: string;
}

/** What an arc says: its name (drawn along it when it fits) and its screen-reader label. */
export interface ArcText {
  name: string;
  label: string;
}

/** The centre's words: what is in the centre, its amount, and a note under it. */
export interface CentreText {
  readonly name: string;
  readonly amount: string;
  readonly negative: boolean;
  readonly note: string | undefined;
  /** All of it in one phrase, for screen readers. */
  readonly label: string;
}

/**
 * The words of one layout in one element's words. Each phrase is made the first time it is
 * needed and kept with this object (which the element replaces with the layout or the words):
 * a chart of thousands of nodes labels a few hundred arcs before its table fills in.
 */
export class SunburstText {
  readonly #nodes = new Map<string, NodeText>();
  readonly #arcs = new Map<string, ArcText>();

  constructor(
    readonly layout: SunburstLayout,
    readonly words: Words,
  ) {}

  /** A node's amount in words: signed, "Invalid amount", or empty. */
  amount(node: SunburstNode, signDisplay: 'auto' | 'exceptZero' = 'exceptZero'): string {
    if (node.money) return formatMoney(node.money, this.words.locale, { signDisplay });
    if (node.bare) return bareAmountText(node.bare, this.words);
    return node.invalid ? invalidAmount(this.words) : '';
  }

  /**
   * A node's path, signed amount and shares in words. A table row's words go straight into the
   * DOM (`keep` false): only tooltips' and parents' are kept.
   */
  node(node: SunburstNode, keep = true): NodeText {
    let text = this.#nodes.get(node.id);
    if (text !== undefined) return text;
    const { parent } = node;
    const parentText = parent && parent.depth > 0 ? this.node(parent) : undefined;
    const locale = this.words.locale;
    text = {
      trail: parentText ? `${parentText.trail}${parent!.name} › ` : '',
      amount: this.amount(node),
      negative: node.money !== undefined && isNegative(node.money),
      invalidRaw: node.invalid?.raw ?? '',
      shareOfParent: node.shareOfParent ? formatShare(node.shareOfParent, locale) : '',
      shareOfGross: node.shareOfGross ? formatShare(node.shareOfGross, locale) : '',
      deeper: node.deeperLevels > 0 ? deeperLevels(node.deeperLevels, this.words) : '',
    };
    if (keep || node.children.length > 0) this.#nodes.set(node.id, text);
    return text;
  }

  /** What each of `arcs` is called and its screen-reader label, in the arcs' order. */
  arcs(arcs: readonly ArcView[]): ArcText[] {
    return arcs.map((arc) => this.arc(arc));
  }

  /** What an arc is called: its node's name, or "Other (12)" for a group. */
  arcName(arc: ArcView): string {
    return this.arc(arc).name;
  }

  /** An arc's screen-reader label: its tooltip in one phrase (a group says how to list it). */
  arcLabel(arc: ArcView): string {
    return this.arc(arc).label;
  }

  /** Name, signed amount, share of parent and of gross; for a group, its count and total. */
  tooltipLines(arc: ArcView): string[] {
    const words = this.words;
    if (arc.kind === 'group') {
      const parent = arc.parent.name;
      const together = groupTotal(arc.members, words);
      return [
        this.arcName(arc),
        smallerCategories(arc.members.length, parent, words),
        ...(together
          ? [words.msg(str`Together ${together}`, { id: 'summary.group.together' })]
          : []),
        words.msg('Listed in the table', { id: 'summary.group.listed' }),
      ];
    }
    const node = arc.node;
    const text = this.node(node);
    const lines = [node.name];
    if (text.amount) lines.push(text.amount);
    if (node.shareOfParent && node.depth > 1 && node.parent) {
      const share = text.shareOfParent;
      const parent = node.parent.name;
      lines.push(words.msg(str`${share} of ${parent}`, { id: 'summary.share-of-parent' }));
    }
    if (node.shareOfGross) {
      const share = text.shareOfGross;
      lines.push(words.msg(str`${share} of gross`, { id: 'summary.share-of-gross' }));
    }
    if (text.deeper) lines.push(text.deeper);
    return lines;
  }

  /**
   * The centre's words for `focus`: at the root the net amount and `note` (the period or the
   * settlement), drilled in the node and the way back out.
   */
  centre(focus: SunburstNode, rootNote: string | undefined): CentreText {
    const words = this.words;
    const atRoot = focus.parent === undefined;
    const amount = this.amount(focus, atRoot ? 'auto' : 'exceptZero');
    const parentName = focus.parent?.name ?? '';
    const name = atRoot ? words.msg('Net proceeds', { id: 'summary.net' }) : focus.name;
    const note = atRoot
      ? rootNote
      : words.msg(str`Back to ${parentName}`, { id: 'summary.back-to' });
    return {
      name,
      amount,
      negative: focus.money !== undefined && isNegative(focus.money),
      note,
      label: [name, amount, note].filter(Boolean).join(', '),
    };
  }

  /** What screen readers hear after a drill to `target`. */
  announce(target: SunburstNode): string {
    const words = this.words;
    const amount = this.amount(target, target.parent ? 'exceptZero' : 'auto');
    const what = target.parent
      ? target.name
      : words.msg('the whole summary', { id: 'summary.announce.whole' });
    return amount
      ? words.msg(str`Showing ${what}: ${amount}`, { id: 'summary.announce.amount' })
      : words.msg(str`Showing ${what}`, { id: 'summary.announce' });
  }

  private arc(arc: ArcView): ArcText {
    // A group's id is its parent's, and its members change with the zoom: key by both.
    const key = arc.kind === 'group' ? `${arc.id}|${arc.members.length}` : arc.id;
    let text = this.#arcs.get(key);
    if (text === undefined) {
      const words = this.words;
      let name = arc.node.name;
      if (arc.kind === 'group') {
        const count = formatCount(arc.members.length, words);
        name = words.msg(str`Other (${count})`, { id: 'summary.other-group' });
      }
      text = { name, label: '' };
      this.#arcs.set(key, text);
      const joined = this.tooltipLines(arc).join(', ');
      text.label =
        arc.kind === 'group'
          ? words.msg(str`${joined}. Press Enter to list them in the table.`, {
              id: 'summary.group.label',
            })
          : joined;
    }
    return text;
  }
}

/**
 * The note under the net amount: the settlement when one was asked for, else the summary's
 * period (`period`, in words), else its one settlement.
 */
export function centreNote(
  model: SummaryModel,
  askedSettlement: string | undefined,
  period: string | undefined,
  words: Words,
): string | undefined {
  if (askedSettlement === undefined && period) return period;
  const settlement =
    askedSettlement ?? (model.settlementIds.length === 1 ? model.settlementIds[0] : undefined);
  return settlement === undefined
    ? undefined
    : words.msg(str`Settlement ${settlement}`, { id: 'summary.settlement' });
}

/** What was asked for, when Amazon returned no summary for it. */
export interface EmptyAsk {
  readonly settlement: string | undefined;
  readonly start: string | undefined;
  readonly end: string | undefined;
  /** The marketplaces' names. */
  readonly where: string | undefined;
}

/** The empty state's title and hint, naming what was asked for. */
export function emptyText(
  ask: EmptyAsk,
  dates: DateContext,
  words: Words,
): { title: string; hint: string } {
  const { settlement, start, end, where } = ask;
  let title: string;
  if (settlement !== undefined) {
    title = words.msg(str`No financial summary for settlement ${settlement}`, {
      id: 'summary.empty.title.settlement',
    });
  } else if (start !== undefined && end !== undefined) {
    const period = formatPeriod(start, end, dates, { exclusiveEnd: 'timestamps' });
    title = words.msg(str`No financial summary for ${period}`, {
      id: 'summary.empty.title.period',
    });
  } else if (start !== undefined) {
    const from = formatDay(start, dates);
    title = words.msg(str`No financial summary from ${from}`, { id: 'summary.empty.title.from' });
  } else if (end !== undefined) {
    const until = formatDay(end, dates);
    title = words.msg(str`No financial summary until ${until}`, {
      id: 'summary.empty.title.until',
    });
  } else {
    title = words.msg('No financial summary', { id: 'summary.empty.title' });
  }
  const hint = where
    ? words.msg(str`Amazon returned no summary in ${where} for this request.`, {
        id: 'summary.empty.hint.where',
      })
    : words.msg('Amazon returned no summary for this request.', { id: 'summary.empty.hint' });
  return { title, hint };
}

/** "Invalid amount": an amount no money can be, in words. */
export function invalidAmount(words: Words): string {
  return words.msg('Invalid amount', { id: 'amount.invalid' });
}

/**
 * A group's members added up per currency ("+$1.00 and -€2.00"); a currency with an invalid
 * amount among them is "Invalid amount", not the rest added up. `undefined` without amounts.
 */
function groupTotal(members: readonly SunburstNode[], words: Words): string | undefined {
  const spoiled = new Set(members.flatMap((m) => (m.invalid ? [m.invalid.currency ?? ''] : [])));
  const totals = totalsByCurrency(
    members
      .map((m) => m.money)
      .filter((m): m is Money => m !== undefined && !spoiled.has(m.currency)),
  );
  const parts = totals.map((money) =>
    formatMoney(money, words.locale, { signDisplay: 'exceptZero' }),
  );
  if (spoiled.size > 0) parts.push(invalidAmount(words));
  return parts.length > 0 ? listWords(parts, words.locale) : undefined;
}

/** "12 smaller categories of Fees", counted in the reader's language. */
export function smallerCategories(members: number, parent: string, words: Words): string {
  const count = formatCount(members, words);
  return plural(
    members,
    {
      zero: () =>
        words.msg(str`${count} smaller categories of ${parent}`, {
          id: 'summary.group.count.zero',
        }),
      one: () =>
        words.msg(str`${count} smaller category of ${parent}`, { id: 'summary.group.count.one' }),
      two: () =>
        words.msg(str`${count} smaller categories of ${parent}`, {
          id: 'summary.group.count.two',
        }),
      few: () =>
        words.msg(str`${count} smaller categories of ${parent}`, {
          id: 'summary.group.count.few',
        }),
      many: () =>
        words.msg(str`${count} smaller categories of ${parent}`, {
          id: 'summary.group.count.many',
        }),
      other: () =>
        words.msg(str`${count} smaller categories of ${parent}`, {
          id: 'summary.group.count.other',
        }),
    },
    words,
  );
}

/** "12 deeper levels not shown": breakdowns nested beyond what the element reads. */
export function deeperLevels(levels: number, words: Words): string {
  const count = formatCount(levels, words);
  return plural(
    levels,
    {
      zero: () =>
        words.msg(str`${count} deeper levels not shown`, { id: 'summary.deeper-levels.zero' }),
      one: () =>
        words.msg(str`${count} deeper level not shown`, { id: 'summary.deeper-levels.one' }),
      two: () =>
        words.msg(str`${count} deeper levels not shown`, { id: 'summary.deeper-levels.two' }),
      few: () =>
        words.msg(str`${count} deeper levels not shown`, { id: 'summary.deeper-levels.few' }),
      many: () =>
        words.msg(str`${count} deeper levels not shown`, { id: 'summary.deeper-levels.many' }),
      other: () =>
        words.msg(str`${count} deeper levels not shown`, { id: 'summary.deeper-levels.other' }),
    },
    words,
  );
}

/** A net the API sent without a currency: the exact number, marked, never guessed. */
function bareAmountText(amount: Decimal, words: Words): string {
  const marked = words.msg('(currency not given)', { id: 'amount.no-currency' });
  return `${formatBareAmount(amount, words.locale)} ${marked}`;
}
