import { html, nothing, type TemplateResult } from 'lit';
import { SpApiError } from '../api/errors.js';

/** A loading skeleton: the shape of the content to come, announced once as busy. */
export function skeletonTemplate(lines = 4, label = 'Loading'): TemplateResult {
  return html`<div class="skeleton state" part="skeleton" role="status" aria-label=${label}>
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
export function errorHeadline(error: unknown): { title: string; hint: string } {
  if (!(error instanceof SpApiError)) {
    return { title: 'Something went wrong', hint: 'The data could not be shown.' };
  }
  switch (error.kind) {
    case 'network':
      return { title: 'Could not reach the server', hint: 'Check your connection and try again.' };
    case 'timeout':
      return {
        title: 'The request took too long',
        hint: 'Amazon did not answer in time. Try again.',
      };
    case 'parse':
      return {
        title: 'The answer could not be read',
        hint: 'The server sent something that is not valid data.',
      };
    case 'data':
      return {
        title: 'No data source',
        hint: 'Set the base-url attribute or the dataSource property.',
      };
    default:
      break;
  }
  const status = error.status ?? 0;
  if (status === 400)
    return { title: 'The request was not accepted', hint: 'A filter value may be invalid.' };
  if (status === 401 || status === 403) {
    return {
      title: 'Access denied',
      hint: 'This account is not authorised to see this data. Ask your administrator to check the Amazon authorisation.',
    };
  }
  if (status === 404) return { title: 'Not found', hint: 'Nothing exists at this address.' };
  if (status === 429)
    return {
      title: 'Too many requests',
      hint: 'Amazon is limiting requests right now. Wait a moment, then try again.',
    };
  if (status >= 500)
    return {
      title: 'Amazon’s service had a problem',
      hint: 'This is usually temporary. Try again in a moment.',
    };
  return { title: 'The request failed', hint: `The server answered with status ${status}.` };
}

/**
 * The error state: the problem in words, the API's own code and message, the request id with a
 * copy button, and Retry where retrying can help.
 */
export function errorTemplate(error: unknown, onRetry?: () => void): TemplateResult {
  const { title, hint } = errorHeadline(error);
  const api = error instanceof SpApiError ? error : undefined;
  const apiMessage = api ? api.message : error instanceof Error ? error.message : String(error);
  const canRetry = onRetry && (!api || api.retryable || api.kind === 'parse');
  return html`<div class="state error" part="error" role="alert">
    <h2>${title}</h2>
    <p class="muted">${hint}</p>
    <dl>
      ${
        api?.status
          ? html`<dt>Status</dt>
              <dd>${api.status}</dd>`
          : nothing
      }
      ${
        api?.code
          ? html`<dt>Code</dt>
              <dd>${api.code}</dd>`
          : nothing
      }
      <dt>Message</dt>
      <dd class="api-message">${apiMessage}</dd>
      ${
        api?.details && api.details !== api.message
          ? html`<dt>Details</dt>
              <dd>${api.details}</dd>`
          : nothing
      }
      ${
        api?.requestId
          ? html`<dt>Request id</dt>
              <dd>
                <code class="request-id">${api.requestId}</code>
                <sp-copy-button .value=${api.requestId} label="Copy request id"></sp-copy-button>
              </dd>`
          : nothing
      }
    </dl>
    ${
      canRetry
        ? html`<button class="sp-button retry" part="retry-button" type="button" @click=${onRetry}>
            Retry
          </button>`
        : nothing
    }
  </div>`;
}
