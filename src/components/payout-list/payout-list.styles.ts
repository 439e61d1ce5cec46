import { css } from 'lit';

export const payoutListStyles = css`
  :host {
    --_row-gap: var(--sp-payout-row-gap, 8px);
    --_progress: var(--sp-payout-progress-color, var(--_accent));
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px 16px;
    margin-block-end: 12px;
  }
  .title {
    font-size: 1.1em;
    margin: 0;
  }
  .count {
    margin: 0;
  }
  .toolbar .export {
    margin-inline-start: auto;
  }
  .totals {
    flex-basis: 100%;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 8px;
  }
  .totals-label {
    color: var(--_muted);
  }
  .totals-amounts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    display: block;
    width: 100%;
    padding-block: var(--_row-gap);
    border-block-end: 1px solid var(--_border);
  }
  .summary {
    display: grid;
    grid-template-columns:
      minmax(7em, 1fr) minmax(7em, auto) auto minmax(6em, 1fr) minmax(9em, 1fr)
      auto;
    align-items: center;
    gap: 4px 12px;
  }
  .summary .amount {
    text-align: end;
    font-weight: 600;
  }
  @container (max-width: 560px) {
    .summary {
      grid-template-columns: 1fr auto;
    }
    .summary .amount {
      grid-column: 2;
    }
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
  }
  .tone-progress {
    color: var(--_progress);
  }
  .failure {
    margin: 6px 0 0;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--_negative);
  }
  .failure-reason {
    color: var(--_negative);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .failure-hint {
    display: block;
    color: var(--_muted);
  }
  .details {
    margin-block-start: 8px;
    padding: 8px 12px;
    background: var(--_subtle);
    border-radius: 6px;
  }
  .details[hidden] {
    display: none;
  }
  .details h3 {
    font-size: 1em;
    margin: 0 0 6px;
  }
  .timeline {
    list-style: none;
    margin: 0 0 12px;
    padding: 0;
  }
  .step {
    position: relative;
    padding-inline-start: 20px;
    padding-block-end: 8px;
  }
  .step::before {
    content: '';
    position: absolute;
    inset-inline-start: 5px;
    inset-block: 14px 0;
    border-inline-start: 2px solid var(--_border);
  }
  .step:last-child::before {
    display: none;
  }
  .step-icon {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 1px;
    width: 12px;
    text-align: center;
  }
  .step-status {
    font-weight: 600;
    margin-inline-end: 8px;
  }
  .step-elapsed {
    margin-inline-start: 8px;
  }
  .step-failure {
    margin: 2px 0 0;
    color: var(--_negative);
    overflow-wrap: anywhere;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 4px 12px;
    margin: 0;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .settlements {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .settlement {
    min-height: 24px;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-block-start: 12px;
  }
  .load-more[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .load-more-error {
    flex-basis: 100%;
    margin: 0;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--_negative);
  }
`;
