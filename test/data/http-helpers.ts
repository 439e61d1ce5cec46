/**
 * Talking to the scripted endpoints of test/server/test-endpoints.ts from a browser test.
 * Each test takes a fresh key, so its script and its request counts are its own.
 */
import type { Stats, Step } from '../server/test-endpoints.js';

export type { Stats, Step };

/** A key no other test uses. */
export function newKey(label: string): string {
  return `${label}-${crypto.randomUUID()}`;
}

/** The base URL a client under test uses for `key`. */
export function baseUrlFor(key: string): string {
  return `/__test/${key}`;
}

/** Scripts the answers for `key`: the n-th request gets the n-th step, the last repeats. */
export async function script(key: string, steps: Step[]): Promise<void> {
  const response = await fetch(`/__test/${key}/script`, {
    method: 'POST',
    body: JSON.stringify({ steps }),
  });
  if (response.status !== 204) throw new Error(`scripting ${key} failed: ${response.status}`);
}

/** What the server saw for `key`. */
export async function stats(key: string): Promise<Stats> {
  const response = await fetch(`/__test/${key}/stats`, { cache: 'no-store' });
  return (await response.json()) as Stats;
}

/** The rejection reason of a promise that must reject. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
