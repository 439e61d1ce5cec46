/**
 * What `<sp-transaction-list>` asks the API for a range of posted dates (pure). The API has two
 * hazards that must get words, not silence:
 *
 * - a range over 180 days answers with nothing, not an error: the range is split into windows
 *   the API answers, newest first, and their rows merged; a range needing more than
 *   `MAX_WINDOWS` windows is cut to the newest ones, and the element says so;
 * - `postedBefore` must be more than two minutes before the request: a later one is clamped to
 *   two minutes ago (an absent one is the API's own default, two minutes ago, and stays absent).
 *
 * @example
 * ```ts
 * planWindows('2025-03-01', '2025-12-31', Date.now()).windows;
 * // [{ postedAfter: '2025-07-05T00:00:00.000Z', postedBefore: '2025-12-31' },
 * //  { postedAfter: '2025-03-01', postedBefore: '2025-07-05T00:00:00.000Z' }]
 * ```
 */
import { scheduleTime } from '../../l10n/dates.js';

const DAY_MS = 86_400_000;

/**
 * A window's length. The API answers up to 180 days; one day less, because a bound written at
 * a day's last second (`23:59:59`) is read here as that calendar day, up to a day early.
 */
export const WINDOW_MS = 179 * DAY_MS;

/** At most this many windows (about six years) are requested for one range. */
export const MAX_WINDOWS = 12;

/** How long before the request `postedBefore` must be (the API's rule). */
export const CLAMP_MS = 2 * 60_000;

/** The API says the last 48 hours may not hold every transaction yet. */
export const RECENT_MS = 48 * 3_600_000;

/** One request's bounds; a bound the range does not have is left out, not `undefined`. */
export interface PostedWindow {
  postedAfter?: string;
  postedBefore?: string;
}

function bounds(postedAfter: string | undefined, postedBefore: string | undefined): PostedWindow {
  return {
    ...(postedAfter === undefined ? {} : { postedAfter }),
    ...(postedBefore === undefined ? {} : { postedBefore }),
  };
}

export interface WindowPlan {
  /** Newest first; one window (the bounds as given) when no split is needed. */
  windows: PostedWindow[];
  /** `postedBefore` was later than two minutes ago and is sent as two minutes ago. */
  clampedTo?: string;
  /** The range needed more windows than `MAX_WINDOWS`: nothing before this is requested. */
  cutAt?: string;
  /** The range reaches into the last 48 hours, which may be incomplete. */
  recent: boolean;
  /** `postedAfter` is not before the end of the range: nothing can be asked. */
  backwards: boolean;
}

/** The windows for `postedAfter`/`postedBefore` (as the host wrote them) at the time `nowMs`. */
export function planWindows(
  postedAfter: string | undefined,
  postedBefore: string | undefined,
  nowMs: number,
): WindowPlan {
  const latest = nowMs - CLAMP_MS;
  const beforeMs = scheduleTime(postedBefore);
  const clamped = beforeMs !== undefined && beforeMs > latest;
  const before = clamped ? new Date(latest).toISOString() : postedBefore;
  const endMs = clamped || beforeMs === undefined ? latest : beforeMs;
  const recent = endMs > nowMs - RECENT_MS;
  const startMs = scheduleTime(postedAfter);
  const plan = { recent, backwards: false, ...(clamped ? { clampedTo: before } : {}) };
  if (startMs === undefined) return { ...plan, windows: [bounds(postedAfter, before)] };
  if (startMs >= endMs) return { ...plan, backwards: true, windows: [] };
  if (endMs - startMs <= WINDOW_MS) {
    return { ...plan, windows: [bounds(postedAfter, before)] };
  }
  const count = Math.ceil((endMs - startMs) / WINDOW_MS);
  const cut = count > MAX_WINDOWS;
  const windows: PostedWindow[] = [];
  let upper = before;
  for (let i = 1; i <= Math.min(count, MAX_WINDOWS); i++) {
    const last = i === count;
    const lower = last ? postedAfter : new Date(endMs - i * WINDOW_MS).toISOString();
    windows.push(bounds(lower, upper));
    upper = lower;
  }
  return cut ? { ...plan, windows, cutAt: windows.at(-1)!.postedAfter } : { ...plan, windows };
}
