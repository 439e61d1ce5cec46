import { html, nothing, type TemplateResult } from 'lit';
import { SpApiError } from '../api/errors.js';
import { formatCount } from '../l10n/plural.js';
import { str, type Words } from '../l10n/runtime.js';

/** A loading skeleton: the shape of the content to come, announced once as busy. */
export function skeletonTemplate(
  lines: number,
  label: string | undefined,
  words: Words,
): TemplateResult {
  return html`<div
    class="skeleton state"
    part="skeleton"
    role="status"
    aria-label=${label ?? words.msg('Loading', { id: 'state.loading' })}
  >
    <div class="skeleton-line wide"></div>
    ${Array.from({ length: lines }, () => html`<div class="skeleton-line"></div>`)}
  </div>`;
}

/** An empty state: what was asked for, and that nothing matched. */
export function emptyTemplate(title: string, hint?: string): TemplateResult {
  return html`<div class="state empty" part="empty" role="status">
    <h2>${title}</h2>
    ${hint ? html`<p class="muted">${hint}</p>` : nothing}
  </div>`;
}

/** What went wrong, in words a seller understands. */
export function errorHeadline(error: unknown, words: Words): { title: string; hint: string } {
  if (!(error instanceof SpApiError)) {
    return {
      title: words.msg('Something went wrong', { id: 'error.unknown.title' }),
      hint: words.msg('The data could not be shown.', { id: 'error.unknown.hint' }),
    };
  }
  switch (error.kind) {
    case 'network':
      return {
        title: words.msg('Could not reach the server', { id: 'error.network.title' }),
        hint: words.msg('Check your connection and try again.', { id: 'error.network.hint' }),
      };
    case 'timeout':
      return {
        title: words.msg('The request took too long', { id: 'error.timeout.title' }),
        hint: words.msg('Amazon did not answer in time. Try again.', { id: 'error.timeout.hint' }),
      };
    case 'parse':
      return {
        title: words.msg('The answer could not be read', { id: 'error.parse.title' }),
        hint: words.msg('The server sent something that is not valid data.', {
          id: 'error.parse.hint',
        }),
      };
    case 'data':
      return {
        title: words.msg('No data source', { id: 'error.no-source.title' }),
        hint: words.msg('Set the base-url attribute or the dataSource property.', {
          id: 'error.no-source.hint',
        }),
      };
    default:
      break;
  }
  const status = error.status ?? 0;
  if (status === 400) {
    return {
      title: words.msg('The request was not accepted', { id: 'error.400.title' }),
      hint: words.msg('A filter value may be invalid.', { id: 'error.400.hint' }),
    };
  }
  if (status === 401 || status === 403) {
    return {
      title: words.msg('Access denied', { id: 'error.403.title' }),
      hint: words.msg(
        'This account is not authorised to see this data. Ask your administrator to check the Amazon authorisation.',
        { id: 'error.403.hint' },
      ),
    };
  }
  if (status === 404) {
    return {
      title: words.msg('Not found', { id: 'error.404.title' }),
      hint: words.msg('Nothing exists at this address.', { id: 'error.404.hint' }),
    };
  }
  if (status === 429) {
    return {
      title: words.msg('Too many requests', { id: 'error.429.title' }),
      hint: words.msg('Amazon is limiting requests right now. Wait a moment, then try again.', {
        id: 'error.429.hint',
      }),
    };
  }
  if (status >= 500) {
    return {
      title: words.msg('Amazon’s service had a problem', { id: 'error.5xx.title' }),
      hint: words.msg('This is usually temporary. Try again in a moment.', {
        id: 'error.5xx.hint',
      }),
    };
  }
  return {
    title: words.msg('The request failed', { id: 'error.other.title' }),
    hint: words.msg(str`The server answered with status ${status}.`, { id: 'error.other.hint' }),
  };
}

/**
 * The error state: the problem in words, the API's own code and message, the request id with a
 * copy button, and Retry where retrying can help.
 */
export function errorTemplate(
  error: unknown,
  onRetry: (() => void) | undefined,
  words: Words,
): TemplateResult {
  const { title, hint } = errorHeadline(error, words);
  return html`<div class="state error" part="error" role="alert">
    <h2>${title}</h2>
    <p class="muted">${hint}</p>
    ${errorFactsTemplate(error, words)}
    ${
      onRetry && canRetry(error)
        ? html`<button class="sp-button retry" part="retry-button" type="button" @click=${onRetry}>
            ${words.msg('Retry', { id: 'common.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}

/** A person may ask again after anything but a refusal: a timeout or a garbled answer can pass. */
export function canRetry(error: unknown): boolean {
  return !(error instanceof SpApiError) || error.retryable || error.kind === 'parse';
}

/**
 * What the API said about a failure, as sent: status, code, message and details (every error
 * of an ErrorList that holds several), and the request id with a copy button.
 */
export function errorFactsTemplate(error: unknown, words: Words): TemplateResult {
  const api = error instanceof SpApiError ? error : undefined;
  // The API's message is shown as sent; only our own "no data source" message is translated
  // (one with a code, such as an invalid base-url quoting the host's value, is shown as made).
  const apiMessage =
    api?.kind === 'data' && api.code === undefined
      ? words.msg('Set base-url or dataSource to load data.', { id: 'error.no-source.message' })
      : api
        ? api.message
        : error instanceof Error
          ? error.message
          : String(error);
  const several = api && api.errors.length > 1 ? api.errors : undefined;
  return html`<dl>
    ${
      api?.status
        ? html`<dt>${words.msg('Status', { id: 'error.field.status' })}</dt>
            <dd><bdi>${api.status}</bdi></dd>`
        : nothing
    }
    ${
      several
        ? html`<dt>${words.msg('Errors', { id: 'error.field.errors' })}</dt>
            <dd>
              <ul class="api-errors">
                ${several.map(
                  (item) =>
                    html`<li class="api-error">
                      ${item.code ? html`<bdi class="api-code">${item.code}</bdi>` : nothing}
                      ${item.message ? html`<span class="api-message">${item.message}</span>` : nothing}
                      ${
                        item.details && item.details !== item.message
                          ? html`<span class="api-details muted">${item.details}</span>`
                          : nothing
                      }
                    </li>`,
                )}
              </ul>
            </dd>`
        : html`${
              api?.code
                ? html`<dt>${words.msg('Code', { id: 'error.field.code' })}</dt>
                    <dd><bdi>${api.code}</bdi></dd>`
                : nothing
            }
            <dt>${words.msg('Message', { id: 'error.field.message' })}</dt>
            <dd class="api-message">${apiMessage}</dd>
            ${
              api?.details && api.details !== api.message
                ? html`<dt>${words.msg('Details', { id: 'error.field.details' })}</dt>
                    <dd>${api.details}</dd>`
                : nothing
            }`
    }
    ${
      api?.requestId
        ? html`<dt>${words.msg('Request id', { id: 'error.field.request-id' })}</dt>
            <dd>
              <code class="request-id">${api.requestId}</code>
              <sp-copy-button
                .value=${api.requestId}
                .words=${words}
                label=${words.msg('Copy request id', { id: 'error.copy-request-id' })}
              ></sp-copy-button>
            </dd>`
        : nothing
    }
  </dl>`;
}

/**
 * Paging paused by a cap (too many pages, empty pages in a row, or too long): the data shown
 * may be incomplete, so say so, with a button to go on from where it stopped.
 */
export function pagingNoticeTemplate(
  pages: number,
  words: Words,
  onContinue: () => void,
): TemplateResult {
  const count = formatCount(pages, words);
  return html`<div class="paging-notice" part="paging-notice" role="status">
    <p>
      ${words.msg(str`Stopped after ${count} pages; some data may be missing.`, {
        id: 'paging.stopped',
      })}
    </p>
    <button class="sp-button" part="paging-continue" type="button" @click=${onContinue}>
      ${words.msg('Continue loading', { id: 'paging.continue' })}
    </button>
  </div>`;
}
