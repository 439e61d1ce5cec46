/**
 * Section: <sp-expected-payout> with 20,000 expected payouts (issue 20: it once took 12.7 s and
 * 420,000 nodes). Next to it in the same run: the same element with 20 payouts (its fixed cost)
 * and the load path alone (normalise and order all 20,000, no DOM), so a slow first render can be
 * told apart from a slow load.
 */
import '../../src/components/expected-payout/expected-payout.js';
import { normaliseExpectedPayouts } from '../../src/api/normalise-expected-payouts.js';
import type { ExpectedPayout, ListExpectedPayoutsResponse } from '../../src/api/wire.js';
import { orderBySchedule } from '../../src/components/expected-payout/expected-view.js';
import { readySource } from './sources.js';
import { random } from './synthetic.js';
import { countNodes, painted, timeToPaint } from './timing.js';

const STATUSES = ['SCHEDULED', 'SCHEDULED', 'SCHEDULED', 'AT_RISK', 'NO_PAYOUT_EXPECTED'];
const DAY = 86_400_000;

/** `count` expected payouts over the next years, sent in no particular date order. */
function expectedResponse(count: number, seed = 1): ListExpectedPayoutsResponse {
  const next = random(seed);
  const start = Date.UTC(2026, 10, 18);
  const expectedPayouts: ExpectedPayout[] = [];
  for (let i = 0; i < count; i++) {
    const day = start + Math.floor(next() * 3_650) * DAY;
    expectedPayouts.push({
      partnerMetadata: {
        partnerId: 'A1B2C3D4E5F6G7',
        accountType: 'STANDARD_ORDERS',
        marketplaceId: 'ATVPDKIKX0DER',
      },
      amount: { currencyCode: 'USD', currencyAmount: `${Math.floor(next() * 500_000)}.${i % 100}` },
      status: STATUSES[Math.floor(next() * STATUSES.length)]!,
      scheduledDate: new Date(day).toISOString(),
      accountTail: String(1000 + (i % 9000)),
      paymentMethod: 'BANK_ACCOUNT',
      period: {
        startDate: new Date(day - 14 * DAY).toISOString(),
        endDate: new Date(day).toISOString(),
      },
      relatedIdentifiers: [
        { relatedIdentifierName: 'SETTLEMENT_ID', relatedIdentifierValue: `S${i}` },
      ],
    });
  }
  return { expectedPayouts };
}

const NOW = new Date('2026-11-17T12:00:00Z');

/** Data source ready to the first frame with the soonest payout and its batch on screen. */
async function firstRender(count: number) {
  document.body.replaceChildren();
  const response = expectedResponse(count);
  await painted(document.body);
  const el = document.createElement('sp-expected-payout');
  return timeToPaint(el, () => {
    el.locale = 'en-US';
    el.now = NOW;
    el.dataSource = readySource({ listExpectedPayouts: response });
    document.body.append(el);
    return el.updateComplete;
  });
}

/** Normalising and ordering `count` payouts, without any DOM. */
function loadPath(count: number) {
  const response = expectedResponse(count);
  const start = performance.now();
  orderBySchedule(normaliseExpectedPayouts(response));
  return performance.now() - start;
}

function nodes() {
  return countNodes(document.body);
}

Object.assign(window, { bench: { firstRender, loadPath, nodes } });
