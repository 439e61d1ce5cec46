/**
 * The sunburst's colour and sign scheme. Pure.
 *
 * - **Colour is the L1 family.** Every arc takes the colour of its L1 ancestor, one of
 *   {@link FAMILY_SLOTS} slots (`--sp-sunburst-color-1` … `-8`). The taxonomy's L1 categories
 *   keep fixed slots so a seller learns them: Earnings 1, Amazon service charges and fees 2,
 *   Deductions and withholdings 3, Others 4. Any other L1 (a new code, or a published free-form
 *   name such as "Sales") takes the lowest free slot in order of appearance; past eight families
 *   the slots repeat, and the legend and labels still tell them apart.
 * - **Depth is lightness.** Deeper rings of a family are drawn lighter (lower fill opacity).
 * - **Sign is a pattern, never colour alone.** Money in (a positive amount) is a solid fill;
 *   money out (a negative amount) is the family colour hatched with diagonal lines. Every
 *   tooltip, table cell, legend entry and screen-reader label also carries the signed amount
 *   ("+$9,000.00", "-$1,000.00"), and the legend explains the hatching.
 * - Zero amounts take no angle, so they have no arc; they are listed in the table.
 */
import type { Money } from '../../money/money.js';

/** How many family colours the palette has. */
export const FAMILY_SLOTS = 8;

const FIXED_SLOTS: Readonly<Record<string, number>> = {
  EARNINGS: 0,
  AMAZON_SERVICE_CHARGES_AND_FEES: 1,
  DEDUCTIONS_AND_WITHHOLDINGS: 2,
  OTHERS: 3,
};

/**
 * The colour slot (0-based) of each L1 type, in the order given: taxonomy L1 codes keep their
 * fixed slot, any other type takes the lowest free slot; past eight families slots repeat.
 */
export function familySlots(l1Types: readonly string[]): number[] {
  const used = new Set<number>();
  const slots: (number | undefined)[] = l1Types.map((type) => {
    const fixed = FIXED_SLOTS[type];
    if (fixed === undefined || used.has(fixed)) return undefined;
    used.add(fixed);
    return fixed;
  });
  let overflow = 0;
  return slots.map((slot) => {
    if (slot !== undefined) return slot;
    for (let candidate = 0; candidate < FAMILY_SLOTS; candidate++) {
      if (!used.has(candidate)) {
        used.add(candidate);
        return candidate;
      }
    }
    return overflow++ % FAMILY_SLOTS;
  });
}

/** Money in, money out, exactly zero, or no amount given. */
export type Sign = 'inflow' | 'outflow' | 'zero' | 'none';

export function signOf(money: Money | undefined): Sign {
  if (!money) return 'none';
  if (money.amount.isZero()) return 'zero';
  return money.amount.isNegative() ? 'outflow' : 'inflow';
}

/** How an arc is drawn: its classes (colour, ring shade, sign) and its hatch pattern. */
export interface ArcLook {
  readonly classes: string;
  readonly fill: string | undefined;
}

/** What an arc's look depends on (a `SunburstNode` has it). */
interface Painted {
  readonly sign: Sign;
  readonly family: number;
  readonly depth: number;
}

/** Colour by L1 family, shade by depth, hatched when money goes out (a group: all of it). */
export function arcLook(arc: {
  readonly kind: 'node' | 'group';
  readonly node: Painted;
  readonly members: readonly Painted[];
}): ArcLook {
  const node = arc.node;
  const group = arc.kind === 'group';
  const outflow = group ? arc.members.every((m) => m.sign === 'outflow') : node.sign === 'outflow';
  const family = group ? 'other' : String((node.family % FAMILY_SLOTS) + 1);
  return {
    classes: `family-${family} depth-${Math.min(node.depth, 4)} ${outflow ? 'hatched' : 'solid'}`,
    fill: outflow ? `url(#hatch-${family})` : undefined,
  };
}

/**
 * The hatch patterns a layout's arcs can fill with: the family of every node where money goes
 * out, "other" for groups of them, and the key's plain sample. A summary with no money out
 * draws only that one pattern.
 */
export function hatchFamilies(nodes: readonly Painted[]): string[] {
  const families = new Set<string>();
  for (const node of nodes) {
    if (node.sign === 'outflow') families.add(String((node.family % FAMILY_SLOTS) + 1));
  }
  return [...families].sort().concat(families.size > 0 ? ['other', 'plain'] : ['plain']);
}
