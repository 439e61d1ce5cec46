import { css } from 'lit';

/**
 * A list row's "Details" toggle (the payout list's, the transaction list's): a chevron that
 * turns when the row opens, and points the reading way in right-to-left text.
 */
export const disclosureStyles = css`
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
