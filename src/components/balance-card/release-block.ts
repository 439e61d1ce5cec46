/**
 * The balance card's "when deferred money is released" block (`show-releases`), under its
 * Deferred line: the soonest release days with their amounts, a "later" remainder, what has no
 * release date, and, when the transactions do not add up to the deferred balance, the
 * difference in words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { errorHeadline } from '../../internal/templates.js';
import { formatDay, type DateContext } from '../../l10n/dates.js';
import { formatCount, plural } from '../../l10n/plural.js';
import { str, type Words } from '../../l10n/runtime.js';
import { formatMoney } from '../../money/format.js';
import { isNegative, type Money } from '../../money/money.js';
import type { ReleaseSchedule } from './release-schedule.js';

/** What the card learnt about releases for one load. */
export interface ReleasesState {
  /** The schedule of this group, if it has deferred money or transactions. */
  schedule?: ReleaseSchedule;
  /** Why the transactions could not be loaded. */
  error?: unknown;
  /** Paging stopped at a cap: some deferred transactions may be missing. */
  capped?: boolean;
}

export function releasesTemplate(
  state: ReleasesState,
  words: Words,
  dates: DateContext,
): TemplateResult | typeof nothing {
  const { schedule, error } = state;
  const heading = words.msg('When deferred money is released', { id: 'balance.releases.title' });
  if (error !== undefined) {
    const { title } = errorHeadline(error, words);
    return html`<div class="releases" part="releases" role="group" aria-label=${heading}>
      <p class="muted">
        ${words.msg(str`Release dates could not be loaded: ${title}.`, {
          id: 'balance.releases.failed',
        })}
      </p>
    </div>`;
  }
  if (!schedule) return nothing;
  const amount = (money: Money) =>
    html`<span class="amount ${isNegative(money) ? 'negative' : ''}" part="amount"
      >${formatMoney(money, dates.locale)}</span
    >`;
  const empty = schedule.days.length === 0 && !schedule.later && !schedule.undated;
  return html`<div class="releases" part="releases" role="group" aria-label=${heading}>
    <p class="releases-title">${heading}</p>
    ${
      empty
        ? html`<p class="muted">
            ${words.msg('Amazon listed no deferred transactions.', { id: 'balance.releases.none' })}
          </p>`
        : html`<ul class="release-days">
            ${schedule.days.map(
              ({ day, money }) =>
                html`<li class="release-day" part="release-day">
                  <time datetime=${day}>${formatDay(day, dates)}</time> ${amount(money)}
                </li>`,
            )}
            ${
              schedule.later
                ? html`<li class="release-day" part="release-day" data-when="later">
                    <span>${words.msg('Later', { id: 'balance.releases.later' })}</span>
                    ${amount(schedule.later)}
                  </li>`
                : nothing
            }
            ${
              schedule.undated
                ? html`<li class="release-day" part="release-day" data-when="undated">
                    <span
                      >${words.msg('Release date not given', {
                        id: 'balance.releases.undated',
                      })}</span
                    >
                    ${amount(schedule.undated)}
                  </li>`
                : nothing
            }
          </ul>`
    }
    ${schedule.difference ? differenceNote(schedule, schedule.difference, words, dates) : nothing}
    ${
      schedule.invalid > 0
        ? html`<p class="note muted">${invalidNote(schedule.invalid, words)}</p>`
        : nothing
    }
    ${
      state.capped
        ? html`<p class="note muted">
            ${words.msg('Amazon sent more pages than were read; some releases may be missing.', {
              id: 'balance.releases.capped',
            })}
          </p>`
        : nothing
    }
  </div>`;
}

function differenceNote(
  schedule: ReleaseSchedule,
  difference: Money,
  words: Words,
  dates: DateContext,
): TemplateResult {
  const listed = formatMoney(schedule.total, dates.locale);
  const gap = formatMoney({ ...difference, amount: difference.amount.abs() }, dates.locale);
  const text = isNegative(difference)
    ? words.msg(
        str`The deferred transactions add up to ${listed}, ${gap} more than the deferred balance.`,
        { id: 'balance.releases.more' },
      )
    : words.msg(
        str`The deferred transactions add up to ${listed}, ${gap} less than the deferred balance; Amazon did not list the rest.`,
        { id: 'balance.releases.less' },
      );
  return html`<p class="note releases-difference" part="releases-difference">${text}</p>`;
}

function invalidNote(count: number, words: Words): string {
  const n = formatCount(count, words);
  const m = words.msg;
  return plural(
    count,
    {
      zero: () =>
        m(str`${n} transactions have an invalid amount and are not counted.`, {
          id: 'balance.releases.invalid.zero',
        }),
      one: () =>
        m(str`${n} transaction has an invalid amount and is not counted.`, {
          id: 'balance.releases.invalid.one',
        }),
      two: () =>
        m(str`${n} transactions have an invalid amount and are not counted.`, {
          id: 'balance.releases.invalid.two',
        }),
      few: () =>
        m(str`${n} transactions have an invalid amount and are not counted.`, {
          id: 'balance.releases.invalid.few',
        }),
      many: () =>
        m(str`${n} transactions have an invalid amount and are not counted.`, {
          id: 'balance.releases.invalid.many',
        }),
      other: () =>
        m(str`${n} transactions have an invalid amount and are not counted.`, {
          id: 'balance.releases.invalid.other',
        }),
    },
    words,
  );
}
