import { css } from 'lit';

export const expectedPayoutStyles = css`
  h2,
  h3 {
    font-size: 1em;
    margin: 0;
  }
  .hero {
    display: grid;
    gap: 6px;
  }
  .hero-title,
  .others-title {
    color: var(--_muted);
    font-weight: 600;
  }
  .hero-amount {
    font-size: var(--sp-expected-payout-hero-size, 2em);
    font-weight: 600;
    margin: 0;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-weight: 600;
    margin: 0;
  }
  .status svg {
    flex: none;
    width: 1.1em;
    height: 1.1em;
  }
  .status[data-tone='positive'] {
    color: var(--_positive);
  }
  .status[data-tone='warning'] {
    color: var(--_warning);
  }
  .status[data-tone='negative'] {
    color: var(--_negative);
  }
  .status[data-tone='neutral'] {
    color: var(--_muted);
  }
  .meaning {
    margin: 0;
  }
  .details {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 2px 12px;
    margin: 4px 0 0;
  }
  .details dt {
    color: var(--_muted);
  }
  .details dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .settlement {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    margin-inline-end: 8px;
  }
  .settlement-button {
    min-height: 24px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  .others {
    margin-top: 16px;
    padding-top: 12px;
    border-top: 1px solid var(--_border);
  }
  .list {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: grid;
    gap: 12px;
  }
  .item {
    display: grid;
    gap: 4px;
    padding: 8px 12px;
    border-radius: 6px;
    background: var(--sp-expected-payout-item-background, var(--_subtle));
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 4px 12px;
  }
  .item-amount {
    font-weight: 600;
    font-size: 1.15em;
    margin: 0;
  }
  .item:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-top: 12px;
  }
  .shown-count {
    margin: 0;
    color: var(--_muted);
  }
  .relative {
    color: var(--_muted);
  }
  .attention {
    margin: 0;
    font-weight: 600;
  }
  .payout-dialog {
    color: inherit;
    background: var(--sp-color-surface, light-dark(#ffffff, #16191f));
    border: 1px solid var(--_border);
    border-radius: var(--sp-radius, 8px);
    padding: 20px;
    max-width: min(32rem, calc(100vw - 32px));
    display: grid;
    gap: 10px;
  }
  .payout-dialog:not([open]) {
    display: none;
  }
  .payout-dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  .payout-dialog p {
    margin: 0;
  }
  .dialog-title {
    font-size: 1.15em;
  }
  .payout-progress:empty {
    display: none;
  }
  .payout-amount {
    font-weight: 600;
  }
  .payout-destination,
  .method {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
  }
  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 6px;
  }
  .sp-button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--sp-color-surface, light-dark(#ffffff, #16191f));
    font-weight: 600;
  }
  .sp-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .payout-reference {
    overflow-wrap: anywhere;
    margin-inline-end: 6px;
  }
  .failure-reason {
    font-weight: 600;
  }
`;
