import { css } from 'lit';

export const balanceCardStyles = css`
  :host([layout='compact']) {
    padding: var(--sp-padding, 12px);
  }
  .card {
    display: grid;
    gap: var(--sp-balance-gap, 12px);
    min-width: 0;
  }
  .title {
    font-size: 1em;
    font-weight: 600;
    margin: 0;
  }
  .groups {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--sp-balance-gap, 12px);
  }
  /* A dashboard tile wide enough for two accounts shows them side by side. */
  @container (min-width: 540px) {
    .layout-full .groups {
      grid-template-columns: repeat(
        auto-fit,
        minmax(min(100%, var(--sp-balance-group-min-width, 240px)), 1fr)
      );
    }
  }
  .group {
    display: grid;
    gap: 8px;
    align-content: start;
    min-width: 0;
    padding: 12px;
    border: 1px solid var(--_border);
    border-radius: var(--sp-radius, 8px);
  }
  .layout-compact .group {
    padding: 0;
    border: none;
    border-radius: 0;
  }
  .layout-compact .group + .group {
    padding-top: 12px;
    border-top: 1px solid var(--_border);
  }
  .group-header {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .group-title {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 2px 8px;
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .currency,
  .badge {
    font-size: 0.78em;
    font-weight: 500;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0 4px;
    color: var(--_muted);
    white-space: nowrap;
  }
  .badge {
    border-style: dashed;
  }
  .partner,
  .when {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
    margin: 0;
    font-size: 0.85em;
    min-width: 0;
  }
  .partner code {
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .total {
    display: grid;
    gap: 2px;
    min-width: 0;
  }
  .total-amount {
    margin: 0;
    font-size: var(--sp-balance-total-size, 1.75em);
    font-weight: 600;
    line-height: 1.2;
  }
  /* An exact figure is never cut off: a very long one wraps rather than overflowing. */
  .total-amount .amount,
  .row .amount {
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .layout-compact .total-amount {
    font-size: var(--sp-balance-total-size, 1.35em);
  }
  .note {
    margin: 0;
    font-size: 0.85em;
  }
  .balances {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 4px;
    min-width: 0;
  }
  .balances .balances {
    margin-top: 4px;
    padding-inline-start: 12px;
    border-inline-start: 2px solid var(--_border);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 6px;
    min-width: 0;
  }
  .row .amount {
    margin-inline-start: auto;
    max-width: 100%;
  }
  .label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .explain {
    display: inline-grid;
    place-items: center;
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_subtle);
    font-size: 0.8em;
    line-height: 1;
  }
  .explain[aria-expanded='true'] {
    border-color: var(--_accent);
  }
  .explanation {
    margin: 2px 0 4px;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .explanation[hidden] {
    display: none;
  }
  .breakdowns {
    list-style: none;
    margin: 2px 0 0;
    padding-inline-start: 12px;
    display: grid;
    gap: 2px;
    font-size: 0.9em;
  }
  .breakdowns .label {
    color: var(--_muted);
  }
  .missing {
    font-style: italic;
  }
  /* When deferred money is released (show-releases): a small dated list under Deferred. */
  .releases {
    margin: 4px 0 2px;
    padding-inline-start: 12px;
    border-inline-start: 2px dotted var(--_border);
    font-size: 0.9em;
  }
  .releases p {
    margin: 0 0 2px;
  }
  .releases-title {
    color: var(--_muted);
  }
  .release-days {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 2px;
  }
  .release-day {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 6px;
  }
  .release-day .amount {
    margin-inline-start: auto;
  }
`;
