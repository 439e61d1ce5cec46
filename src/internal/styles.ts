import { css } from 'lit';

/**
 * Design tokens shared by every element. Hosts theme through the `--sp-*` custom properties;
 * `theme="dark"` / `theme="light"` force a scheme, otherwise the page's `prefers-color-scheme`
 * decides.
 */
export const baseStyles = css`
  :host {
    color-scheme: light dark;
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    font-family: var(--sp-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--sp-font-size, 14px);
    line-height: 1.4;
    color: var(--sp-color-text, light-dark(#16191f, #e9ecef));
    background: var(--sp-color-surface, light-dark(#ffffff, #16191f));
    border: 1px solid var(--sp-color-border, light-dark(#d5dbdb, #414750));
    border-radius: var(--sp-radius, 8px);
    padding: var(--sp-padding, 16px);
    --_muted: var(--sp-color-muted, light-dark(#545b64, #aab2bd));
    --_accent: var(--sp-color-accent, light-dark(#0b5cad, #7cb7ff));
    --_positive: var(--sp-color-positive, light-dark(#1d6b31, #7fd68f));
    --_negative: var(--sp-color-negative, light-dark(#b0201b, #ff8f87));
    --_warning: var(--sp-color-warning, light-dark(#8a4b00, #ffc36b));
    --_subtle: var(--sp-color-subtle, light-dark(#f2f4f5, #22262d));
    --_border: var(--sp-color-border, light-dark(#d5dbdb, #414750));
    --_skeleton: var(--sp-skeleton-color, light-dark(#e4e7ea, #2c313a));
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  [tabindex]:focus-visible,
  a:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .sp-button {
    border: 1px solid var(--_border);
    background: var(--_subtle);
    border-radius: 6px;
    padding: 4px 12px;
    min-height: 32px;
  }
  .sp-button:hover {
    border-color: var(--_accent);
  }
  .sp-link-button {
    border: none;
    background: none;
    padding: 0;
    color: var(--_accent);
    text-decoration: underline;
  }
  .muted {
    color: var(--_muted);
  }
  .negative {
    color: var(--_negative);
  }
  .amount {
    font-variant-numeric: tabular-nums;
    unicode-bidi: isolate;
    white-space: nowrap;
  }
  /*
   * Amounts, dates and ids keep their own direction inside text of the other direction: an
   * en-US "-$1,234.56" in an Arabic sentence, an Arabic date in a left-to-right one (as <bdi>).
   */
  span.amount,
  time,
  code {
    unicode-bidi: plaintext;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .state {
    padding: 8px 0;
  }
  .paging-notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin: 0 0 8px;
    padding: 6px 10px;
    border-inline-start: 4px solid var(--_muted);
  }
  .paging-notice p {
    margin: 0;
  }
  .state h2,
  .state h3 {
    font-size: 1em;
    margin: 0 0 4px;
  }
  .state p {
    margin: 0 0 6px;
  }
  .error {
    border-inline-start: 4px solid var(--_negative);
    padding-inline-start: 12px;
  }
  .error dl,
  .load-more-error dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 8px;
    margin: 6px 0;
  }
  .error dt,
  .load-more-error dt {
    color: var(--_muted);
  }
  .error dd,
  .load-more-error dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .api-errors {
    margin: 0;
    padding-inline-start: 1.2em;
  }
  .api-error > * + * {
    margin-inline-start: 0.4em;
  }
  .skeleton {
    display: grid;
    gap: 10px;
  }
  .skeleton-line {
    height: 14px;
    border-radius: 4px;
    background: var(--_skeleton);
    animation: sp-pulse 1.4s ease-in-out infinite;
  }
  .skeleton-line.wide {
    height: 28px;
    width: 60%;
  }
  @keyframes sp-pulse {
    50% {
      opacity: 0.45;
    }
  }
  .refreshing {
    opacity: 0.7;
    transition: opacity 0.2s;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
    }
  }
`;
