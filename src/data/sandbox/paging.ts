/**
 * Stateless `nextToken`s: the token is the offset itself (base64url JSON), so the in-browser
 * source and the HTTP handler (even across restarts) answer the same token the same way. Some
 * pages are deliberately empty, as the API documents they can be.
 */
import type { OperationName } from '../../api/operations.js';
import { SandboxInputError } from './input.js';

interface TokenState {
  /** The operation the token belongs to. */
  op: OperationName;
  /** Index of the first item of the page. */
  o: number;
  /** An empty page comes first. */
  e?: 1;
}

function encode(state: TokenState): string {
  return btoa(JSON.stringify(state)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decode(op: OperationName, token: string): TokenState {
  try {
    const base64 = token.replace(/-/g, '+').replace(/_/g, '/');
    const state = JSON.parse(atob(base64)) as Partial<TokenState>;
    if (state.op === op && Number.isInteger(state.o) && (state.o ?? -1) >= 0) {
      return state as TokenState;
    }
  } catch {
    // falls through to the API's answer for a token it did not issue
  }
  throw new SandboxInputError('nextToken', 'The nextToken is invalid or has expired.');
}

export interface PageOptions {
  pageSize: number;
  /** Page numbers (1 = the second page) that are preceded by an empty page. */
  emptyBefore?: readonly number[];
}

export interface SandboxPage<T> {
  items: T[];
  nextToken?: string;
}

/** The page of `items` that `nextToken` points at, and the token of the page after it. */
export function pageOf<T>(
  op: OperationName,
  items: readonly T[],
  nextToken: string | undefined,
  { pageSize, emptyBefore = [] }: PageOptions,
): SandboxPage<T> {
  const state: TokenState = nextToken ? decode(op, nextToken) : { op, o: 0 };
  if (state.e) return { items: [], nextToken: encode({ op, o: state.o }) };
  const size = Math.max(1, Math.floor(pageSize));
  const next = state.o + size;
  const page = items.slice(state.o, next);
  if (next >= items.length) return { items: page };
  const empty = emptyBefore.includes(next / size);
  return { items: page, nextToken: encode(empty ? { op, o: next, e: 1 } : { op, o: next }) };
}

/** An empty answer that still hands out one token: an empty first page, then the end. */
export function emptyPages(op: OperationName, nextToken: string | undefined): SandboxPage<never> {
  if (nextToken) {
    decode(op, nextToken);
    return { items: [] };
  }
  return { items: [], nextToken: encode({ op, o: 0 }) };
}
