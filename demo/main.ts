import '../src/define.js';

// A payout's settlement id opens its breakdown in the sunburst, and the transactions behind it.
const sunburst = document.querySelector('#sunburst');
const transactions = document.querySelector('sp-transaction-list');
document.addEventListener('sp-settlement-select', (event) => {
  transactions?.showSettlement(event.detail);
  if (!sunburst) return;
  sunburst.setAttribute('settlement-id', event.detail.settlementId);
  sunburst.removeAttribute('period-start');
  sunburst.removeAttribute('period-end');
  sunburst.scrollIntoView({ behavior: 'smooth', block: 'start' });
});

const dark = document.querySelector<HTMLInputElement>('#dark');
dark?.addEventListener('change', () => {
  document.documentElement.classList.toggle('dark', dark.checked);
  for (const el of document.querySelectorAll(
    'sp-balance-card, sp-summary-sunburst, sp-payout-list, sp-expected-payout, sp-transaction-list',
  )) {
    if (dark.checked) el.setAttribute('theme', 'dark');
    else el.removeAttribute('theme');
  }
});
