import { css } from 'lit';

/**
 * What the payout list's and the transaction list's rows share: a status badge with its tone
 * (each list colours "in progress" its own way), and the "Details" toggle, whose chevron turns
 * when the row opens and points the reading way in right-to-left text.
 */
export const disclosureStyles = css`
  .badge {
    padding: 0 8px;
    border: 1px solid currentColor;
    border-radius: 999px;
    white-space: nowrap;
    justify-self: start;
  }
  .tone-positive {
    color: var(--_positive);
  }
  .tone-negative {
    color: var(--_negative);
  }
  .tone-neutral {
    color: var(--_muted);
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 6px;
  }
  .chevron {
    display: inline-block;
    transition: transform 0.15s;
  }
  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  .root[dir='rtl'] .chevron {
    transform: scaleX(-1);
  }
  .root[dir='rtl'] .toggle[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
`;
