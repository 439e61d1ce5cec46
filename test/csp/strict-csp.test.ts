import { expect } from '@open-wc/testing';

interface CspReport {
  kind: 'csp-report';
  violations: string[];
  errors: string[];
  shown: Record<string, string>;
}

/**
 * A host page with a strict Content-Security-Policy and Trusted Types enforced (see
 * test/server/csp-page.ts) loads the script-tag bundle and all five elements over HTTP.
 */
describe('on a page with a strict CSP and Trusted Types', () => {
  it('all five elements render with no violation and no error', async function () {
    this.timeout(30_000);
    const report = await new Promise<CspReport>((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if ((event.data as CspReport)?.kind !== 'csp-report') return;
        window.removeEventListener('message', onMessage);
        resolve(event.data as CspReport);
      };
      window.addEventListener('message', onMessage);
      const frame = document.createElement('iframe');
      frame.src = '/__csp/page.html';
      frame.title = 'Strict CSP host page';
      frame.width = '1200';
      frame.height = '900';
      document.body.append(frame);
    });
    expect(report.violations).to.deep.equal([]);
    expect(report.errors).to.deep.equal([]);
    expect(report.shown['sp-balance-card']).to.match(/\$[\d,]+\.\d\d/);
    expect(report.shown['sp-payout-list']).to.match(/\$[\d,]+\.\d\d/);
    expect(report.shown['sp-expected-payout']).to.match(/\$[\d,]+\.\d\d/);
    expect(report.shown['sp-summary-sunburst']).to.match(/\$[\d,]+\.\d\d/);
    expect(report.shown['sp-transaction-list']).to.match(/\$[\d,]+\.\d\d/);
  });
});
