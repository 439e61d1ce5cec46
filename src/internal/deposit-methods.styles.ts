import { css } from 'lit';

/** The deposit-method lists (`show-payment-methods`) of the expected payout and the balance card. */
export const depositMethodsStyles = css`
  .method {
    display: flex;
    flex-wrap: wrap;
    gap: 2px 8px;
  }
  .methods {
    margin-top: 16px;
    padding-top: 12px;
    border-top: 1px solid var(--_border);
  }
  .methods-title {
    color: var(--_muted);
    font-weight: 600;
  }
  .method-list {
    list-style: none;
    margin: 8px 0 0;
    padding: 0;
    display: grid;
    gap: 8px;
  }
  .method-name {
    font-weight: 600;
  }
  .method-default {
    color: var(--_positive);
  }
  .method-expiry[data-state='expiring'],
  .method-expiry[data-state='expired'] {
    color: var(--_warning);
    font-weight: 600;
  }
`;
