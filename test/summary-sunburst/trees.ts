import type { BreakdownNode } from '../../src/api/model.js';
import type { Breakdown } from '../../src/api/wire.js';
import { Decimal } from '../../src/money/decimal.js';

/** A normalised breakdown node in USD (`amount` undefined: no amount). */
export function node(
  type: string,
  amount: string | undefined,
  children: BreakdownNode[] = [],
): BreakdownNode {
  return {
    type,
    rawType: type,
    money: amount === undefined ? undefined : { amount: new Decimal(amount), currency: 'USD' },
    children,
  };
}

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 2 ** 32;
    return state / 2 ** 32;
  };
}

/**
 * A wire breakdown tree of about `size` nodes (4 L1 × 25 L2 × the rest as L3), with negative,
 * zero and tiny amounts, and parents that do not equal their children's total.
 */
export function bigWireTree(size = 5000, seed = 7): Breakdown[] {
  const next = random(seed);
  const leavesPerL2 = Math.max(1, Math.round((size - 104) / 100));
  const amount = () => {
    const r = next();
    if (r < 0.05) return '0';
    const magnitude = r < 0.3 ? next() * 0.05 : next() * 500;
    return (r < 0.5 ? -magnitude : magnitude).toFixed(2);
  };
  return Array.from({ length: 4 }, (_, a) => ({
    breakdownType: `L1_${a}`,
    breakdownAmount: { currencyAmount: amount(), currencyCode: 'USD' },
    breakdowns: Array.from({ length: 25 }, (_, b) => ({
      breakdownType: `L2_${a}_${b}`,
      breakdownAmount: { currencyAmount: amount(), currencyCode: 'USD' },
      breakdowns: Array.from({ length: leavesPerL2 }, (_, c) => ({
        breakdownType: `L3_${a}_${b}_${c}`,
        breakdownAmount: { currencyAmount: amount(), currencyCode: 'USD' },
        breakdowns: null,
      })),
    })),
  }));
}

/** Every number anywhere in a value (objects, arrays, numbers inside strings). */
export function everyNumber(value: unknown, seen = new Set<unknown>()): number[] {
  if (typeof value === 'number') return [value];
  if (typeof value === 'string') {
    return (value.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|NaN|Infinity/gi) ?? []).map(Number);
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (value instanceof Decimal) return [Number(value.toString())];
  return Object.values(value).flatMap((v) => everyNumber(v, seen));
}
