import { css } from 'lit';

export const transactionListStyles = css`
  :host {
    --_row-gap: var(--sp-transaction-row-gap, 8px);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px 16px;
    margin-block-end: 8px;
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
  .notes {
    margin: 0 0 12px;
    padding-inline-start: 1.2em;
    color: var(--_muted);
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
      minmax(7em, auto) minmax(10em, 2fr) auto minmax(7em, auto) minmax(8em, 1fr)
      minmax(9em, auto) auto;
    align-items: center;
    gap: 4px 12px;
  }
  @container (max-width: 640px) {
    .summary {
      grid-template-columns: 1fr auto;
    }
  }
  .type {
    display: flex;
    flex-direction: column;
    overflow-wrap: anywhere;
  }
  .amount {
    text-align: end;
    font-weight: 600;
    white-space: nowrap;
  }
  .order {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    overflow-wrap: anywhere;
  }
  /* Its own surface: axe (and a reader) judge its text against it, not a guessed backdrop. */
  sp-copy-button::part(button) {
    background: var(--sp-color-surface, light-dark(#ffffff, #16191f));
  }
  .tone-progress {
    color: var(--_accent);
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
  .details h3,
  .details h4 {
    font-size: 1em;
    margin: 8px 0 4px;
  }
  .items,
  .breakdowns {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .breakdowns .breakdowns {
    padding-inline-start: 16px;
  }
  .breakdowns li,
  .item-line {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 12px;
    margin: 0;
  }
  .breakdowns li > .breakdowns,
  .breakdowns li > .mismatch {
    flex-basis: 100%;
  }
  .mismatch {
    margin: 4px 0;
    padding-inline-start: 8px;
    border-inline-start: 3px solid var(--_warning);
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
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
`;
