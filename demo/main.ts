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

// After an on-demand payout the money has moved: the other elements show it too.
document.addEventListener('sp-payout-request', () => {
  const refresh = [
    ...document.querySelectorAll('sp-payout-list'),
    ...document.querySelectorAll('sp-balance-card'),
    ...document.querySelectorAll('sp-expected-payout'),
  ];
  for (const el of refresh) void el.retry();
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
