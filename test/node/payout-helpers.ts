/**
 * What the payout tests share: a POST as an attacker's client or the portal's page would send
 * it, and a fake SP-API side that records each payout body it receives.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { rawRequest, type FakeSpApi, type RawResponse } from './helpers.js';

export const PORTAL = 'https://portal.example';
export const DE = 'A1PA6795UKMFR9';
export const FR = 'A13V1IB3VIYZZH';
export const IT = 'APJ6JRA9NG5V4';
export const US = 'ATVPDKIKX0DER';
export const PAYOUT_BODY = JSON.stringify({ marketplaceId: DE, accountType: 'Standard Orders' });

/** The headers the library's HTTP client sends with a payout request. */
export const PORTAL_HEADERS: Readonly<Record<string, string>> = {
  origin: PORTAL,
  'content-type': 'application/json',
  'x-requested-with': 'sp-finance-widgets',
};

/** A payout POST with the portal's headers, `headers` overriding (or, `undefined`, removing). */
export function postPayout(
  port: number,
  path: string,
  {
    body = PAYOUT_BODY,
    headers = {},
  }: { body?: string; headers?: Record<string, string | undefined> } = {},
): Promise<RawResponse> {
  const merged: Record<string, string> = {};
  for (const [name, value] of Object.entries({ ...PORTAL_HEADERS, ...headers })) {
    if (value !== undefined) merged[name] = value;
  }
  return rawRequest(port, path, { method: 'POST', headers: merged, body });
}

/** Bodies of the POSTs the fake SP-API received, in order. */
export function recordPayoutBodies(
  spApi: FakeSpApi,
  answer: (req: IncomingMessage, res: ServerResponse) => void,
) {
  const bodies: string[] = [];
  spApi.respond = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bodies.push(Buffer.concat(chunks).toString('utf8'));
      answer(req, res);
    });
  };
  return bodies;
}

/** Amazon's success answer. */
export function payoutMade(_req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json', 'x-amzn-RequestId': 'req-payout-1' });
  res.end('{"payoutReferenceId":"3DM7DQi8DPAMOLOSaN5HxT0q2waNwH95fopx3AD2Lgc"}');
}
