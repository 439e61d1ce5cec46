import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A host page under the strictest policy a portal would use: no inline script or style, no
 * eval, and Trusted Types enforced with only Lit's `lit-html` policy allowed. The page loads
 * the script-tag bundle and reports every CSP violation and what the elements show to the
 * test that frames it.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const PAGE = `<!doctype html>
<html lang="en-US">
  <head>
    <meta charset="utf-8" />
    <title>Strict CSP host</title>
    <script src="/__csp/report.js"></script>
    <script src="/dist/cdn/sp-finance-widgets.js"></script>
  </head>
  <body>
    <sp-balance-card base-url="/sandbox" marketplace-id="ATVPDKIKX0DER"></sp-balance-card>
    <sp-expected-payout base-url="/sandbox" marketplace-ids="ATVPDKIKX0DER"></sp-expected-payout>
    <sp-summary-sunburst base-url="/sandbox" marketplace-ids="ATVPDKIKX0DER"></sp-summary-sunburst>
    <sp-payout-list base-url="/sandbox" marketplace-ids="ATVPDKIKX0DER"></sp-payout-list>
    <sp-transaction-list base-url="/sandbox" marketplace-id="ATVPDKIKX0DER"></sp-transaction-list>
    <script src="/__csp/done.js"></script>
  </body>
</html>`;

/** Runs first: collects violations and errors before the bundle loads. */
const REPORT_JS = `
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
});
window.addEventListener('error', function (e) { window.pageErrors.push(String(e.message)); });
`;

/** Runs last: waits for every element to settle, then reports to the framing test. */
const DONE_JS = `
(function () {
  var tags = ['sp-balance-card', 'sp-expected-payout', 'sp-summary-sunburst', 'sp-payout-list', 'sp-transaction-list'];
  // The sandbox lives on today's date: the transactions of the last 30 days.
  document.querySelector('sp-transaction-list').setAttribute('posted-after', new Date(Date.now() - 30 * 86400000).toISOString());
  Promise.all(tags.map(function (tag) { return document.querySelector(tag).updateComplete; }))
    .then(function () {
      var shown = {};
      tags.forEach(function (tag) { shown[tag] = document.querySelector(tag).shadowRoot.textContent; });
      parent.postMessage({ kind: 'csp-report', violations: window.cspViolations, errors: window.pageErrors, shown: shown }, '*');
    });
})();
`;

export function cspPage() {
  return (req: IncomingMessage, res: ServerResponse, next?: () => void) => {
    const path = (req.url ?? '').split('?')[0];
    const files: Record<string, [string, string]> = {
      '/page.html': ['text/html', PAGE],
      '/report.js': ['text/javascript', REPORT_JS],
      '/done.js': ['text/javascript', DONE_JS],
    };
    const file = path ? files[path] : undefined;
    if (!file) return next?.();
    res.statusCode = 200;
    res.setHeader('content-type', `${file[0]}; charset=utf-8`);
    if (file[0] === 'text/html') res.setHeader('content-security-policy', STRICT_CSP);
    res.end(file[1]);
  };
}
