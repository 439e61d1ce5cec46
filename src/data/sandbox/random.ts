/**
 * Seeded randomness for the sandbox. Everything the sandbox invents comes from here, so a seed
 * (and the fixed `now`) gives byte-identical data on every run, in the browser and in Node.
 */

/** 32-bit FNV-1a of a string: turns names and dates into independent sub-seeds. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32: a tiny, fast PRNG with a 32-bit state; good enough to make up finances. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  private readonly next: () => number;

  /** A generator for one purpose: the same seed and parts always give the same sequence. */
  constructor(seed: number, ...parts: string[]) {
    this.next = mulberry32(hashString(parts.join('\u0000'), hashString(String(seed))));
  }

  /** In [0, 1). */
  float(min = 0, max = 1): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `length` digits, the first never 0 (ids and account tails read like real ones). */
  digits(length: number): string {
    let text = String(this.int(1, 9));
    while (text.length < length) text += String(this.int(0, 9));
    return text;
  }

  /** Upper-case letters and digits, like a bank trace id. */
  code(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let text = '';
    while (text.length < length) text += alphabet.charAt(this.int(0, alphabet.length - 1));
    return text;
  }

  /** A UUID-shaped identifier (version 4 layout), e.g. for `x-amzn-RequestId`. */
  uuid(): string {
    const hex = () => this.int(0, 15).toString(16);
    const run = (n: number) => Array.from({ length: n }, hex).join('');
    const variant = '89ab'.charAt(this.int(0, 3));
    return `${run(8)}-${run(4)}-4${run(3)}-${variant}${run(3)}-${run(12)}`;
  }
}
