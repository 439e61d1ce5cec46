import { expect } from '@open-wc/testing';
import { SpApiError } from '../../src/api/errors.js';
import {
  defaultDepositMethod,
  expiryState,
  normalisePaymentMethods,
} from '../../src/api/normalise-payment-methods.js';
import { payoutFailure } from '../../src/api/on-demand-payout.js';
import { HttpDataSource } from '../../src/data/http-data-source.js';
import { SandboxDataSource } from '../../src/data/sandbox/index.js';
import { rejectionOf } from './http-helpers.js';

/**
 * The sandbox's on-demand payouts and deposit methods, in the browser and over HTTP
 * (`/sandbox`): eligibility by store, the 24-hour rule, the expiring card and the invalid bank
 * account, and a payout that moves the expected payout into the payout list.
 */

const DE = 'A1PA6795UKMFR9';
const UK = 'A1F83G8C2ARO7P';
const FR = 'A13V1IB3VIYZZH';
const NOW = '2026-11-15T00:00:00Z';
const STANDARD = { marketplaceId: DE, accountType: 'Standard Orders' };

describe('the sandbox’s deposit methods', () => {
  it('names the default deposit method of each store, the one its payouts go to', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const methods = normalisePaymentMethods(await source.getPaymentMethods({ marketplaceId: DE }));
    const target = defaultDepositMethod(methods)!;
    expect(target.type).to.equal('BANK_ACCOUNT');
    expect(target.holderName).to.equal('Sandbox Handel GmbH');
    expect(target.countryCode).to.equal('DE');
    const { expectedPayouts } = await source.listExpectedPayouts({
      marketplaceIds: [DE],
      accountType: 'STANDARD_ORDERS',
    });
    expect(target.tail).to.equal(expectedPayouts![0]!.accountTail);
    expect(methods.filter((method) => method.isDefaultDeposit)).to.have.length(1);
    const cards = await source.getPaymentMethods({
      marketplaceId: DE,
      paymentMethodTypes: ['CARD'],
    });
    expect(cards.paymentMethods!.map((method) => method.paymentMethodType)).to.deep.equal(['CARD']);
    const missing = await rejectionOf(source.getPaymentMethods({} as never));
    expect((missing as SpApiError).status).to.equal(400);
  });

  it('expiring-card: the card on file runs out within 30 days', async () => {
    const source = new SandboxDataSource({ now: NOW, scenario: 'expiring-card' });
    const methods = normalisePaymentMethods(await source.getPaymentMethods({ marketplaceId: DE }));
    const card = methods.find((method) => method.type === 'CARD')!;
    expect(card.expiry).to.include({ month: 11, year: 2026 });
    expect(expiryState(card.expiry!, Date.parse(NOW))).to.equal('expiring');
    const usual = normalisePaymentMethods(
      await new SandboxDataSource({ now: NOW }).getPaymentMethods({ marketplaceId: DE }),
    ).find((method) => method.type === 'CARD')!;
    expect(expiryState(usual.expiry!, Date.parse(NOW))).to.equal('valid');
  });
});

describe('the sandbox’s on-demand payouts', () => {
  it('only in the EU stores and only for Standard Orders', async () => {
    const source = new SandboxDataSource({ now: NOW });
    for (const request of [
      { marketplaceId: UK, accountType: 'Standard Orders' },
      { marketplaceId: DE, accountType: 'Expense' },
      { marketplaceId: FR, accountType: 'Standard Orders' },
    ]) {
      const error = await rejectionOf(source.initiatePayout(request));
      expect((error as SpApiError).status, JSON.stringify(request)).to.equal(400);
      expect(payoutFailure(error).reason, JSON.stringify(request)).to.equal('ineligible');
    }
  });

  it('moves the expected payout into the payout list, then refuses for 24 hours', async () => {
    const source = new SandboxDataSource({ now: NOW });
    const query = { marketplaceIds: [DE], accountType: 'STANDARD_ORDERS' };
    const expected = (await source.listExpectedPayouts(query)).expectedPayouts![0]!;
    const { payoutReferenceId } = await source.initiatePayout(STANDARD);
    expect(payoutReferenceId).to.match(/^[A-Z0-9]{43}$/);

    expect((await source.listExpectedPayouts(query)).expectedPayouts).to.deep.equal([]);
    const latest = (await source.listPayouts(query)).payouts![0]!;
    expect(latest).to.include({
      id: payoutReferenceId,
      type: 'ON_DEMAND',
      currentStatus: 'STARTED',
    });
    expect(latest.amount).to.deep.equal(expected.amount);
    expect(latest.accountTail).to.equal(expected.accountTail);

    const repeat = await rejectionOf(source.initiatePayout(STANDARD));
    const failure = payoutFailure(repeat);
    expect(failure.reason).to.equal('already-requested');
    expect(failure.retryAtMs).to.be.within(
      Date.parse(NOW) + 86_000_000,
      Date.parse(NOW) + 86_500_000,
    );
    // Other sellers (seeds) and other sessions are untouched.
    const other = new SandboxDataSource({ now: NOW });
    expect((await other.listExpectedPayouts(query)).expectedPayouts).to.have.length(1);
    expect(
      (await source.listExpectedPayouts(query, { session: 'another' })).expectedPayouts,
    ).to.have.length(1);
  });

  it('invalid-bank-account: the expected payout is at risk and no deposit method is found', async () => {
    const source = new SandboxDataSource({ now: NOW, scenario: 'invalid-bank-account' });
    const { expectedPayouts } = await source.listExpectedPayouts({ marketplaceIds: [DE] });
    const standard = expectedPayouts!.find(
      (p) => p.partnerMetadata!.accountType === 'STANDARD_ORDERS',
    );
    expect(standard!.status).to.equal('AT_RISK');
    const error = await rejectionOf(source.initiatePayout(STANDARD));
    expect((error as SpApiError).code).to.equal('NoDepositMethod');
    expect(payoutFailure(error).reason).to.equal('no-deposit-method');
  });

  it('over HTTP: one POST, a 503 not retried, and the payout shows in later answers', async () => {
    const session = `payout-${crypto.randomUUID()}`;
    const flaky = new HttpDataSource({
      baseUrl: `/sandbox/scenario/flaky-503/failures/1/session/${session}`,
    });
    const error = await rejectionOf(flaky.initiatePayout(STANDARD));
    expect((error as SpApiError).status).to.equal(
      503,
      'the first attempt fails, and is not retried',
    );
    const client = new HttpDataSource({ baseUrl: `/sandbox/session/${session}` });
    const query = { marketplaceIds: [DE], accountType: 'STANDARD_ORDERS' };
    expect((await client.listExpectedPayouts(query)).expectedPayouts).to.have.length(1);
    const { payoutReferenceId } = await client.initiatePayout(STANDARD);
    expect((await client.listExpectedPayouts(query)).expectedPayouts).to.deep.equal([]);
    expect((await client.listPayouts(query)).payouts![0]!.id).to.equal(payoutReferenceId);
    const shared = new HttpDataSource({ baseUrl: '/sandbox' });
    expect((await shared.listExpectedPayouts(query)).expectedPayouts).to.have.length(1);
  });
});
