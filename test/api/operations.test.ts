import { expect } from '@open-wc/testing';
import {
  OPERATIONS,
  buildQueryString,
  methodsAt,
  operationForPath,
  paramSpec,
  paramsOf,
  operationUrl,
  optional,
  parseQueryString,
  splitList,
  type QueryOf,
} from '../../src/api/operations.js';

describe('operations', () => {
  it('has the SP-API paths exactly', () => {
    expect(OPERATIONS.listBalances.path).to.equal('/finances/2024-06-19/balances');
    expect(OPERATIONS.listSummary.path).to.equal('/finances/2024-06-19/summary');
    expect(OPERATIONS.listPayouts.path).to.equal('/finances/transfers/2024-06-01/payouts');
    expect(OPERATIONS.listExpectedPayouts.path).to.equal(
      '/finances/transfers/2024-06-01/payouts/expected',
    );
  });

  describe('buildQueryString', () => {
    it('uses the exact parameter names, in the API order, lists comma-separated', () => {
      expect(
        buildQueryString('listBalances', {
          asOfDate: '2025-01-12',
          accountType: 'STANDARD_ORDERS',
          balanceType: ['AVAILABLE', 'DEFERRED'],
          marketplaceId: 'ATVPDKIKX0DER',
        }),
      ).to.equal(
        'marketplaceId=ATVPDKIKX0DER&balanceType=AVAILABLE,DEFERRED&accountType=STANDARD_ORDERS&asOfDate=2025-01-12',
      );
      expect(
        buildQueryString('listSummary', {
          relatedIdentifierValue: '123456789',
          relatedIdentifierName: 'SETTLEMENT_ID',
          marketplaceIds: ['A1PA6795UKMFR9', 'A1F83G8C2ARO7P'],
          nextToken: 'tok',
        }),
      ).to.equal(
        'marketplaceIds=A1PA6795UKMFR9,A1F83G8C2ARO7P&relatedIdentifierName=SETTLEMENT_ID&relatedIdentifierValue=123456789&nextToken=tok',
      );
      expect(
        buildQueryString('listExpectedPayouts', { accountType: 'X', marketplaceIds: ['A'] }),
      ).to.equal('marketplaceIds=A&accountType=X');
    });

    it('sends a list as a,b, never a%2Cb', () => {
      const qs = buildQueryString('listPayouts', { marketplaceIds: ['A', 'B', 'C'] });
      expect(qs).to.equal('marketplaceIds=A,B,C');
      expect(qs).not.to.match(/%2C/i);
    });

    it('omits absent parameters and empty lists', () => {
      expect(buildQueryString('listPayouts', {})).to.equal('');
      expect(
        buildQueryString('listPayouts', {
          marketplaceIds: [],
          createdAfter: undefined,
          payoutId: 'P1',
        }),
      ).to.equal('payoutId=P1');
    });

    it('sends only the operation’s own parameters', () => {
      const query = { marketplaceIds: ['A'], balanceType: ['TOTAL'] } as QueryOf['listPayouts'];
      expect(buildQueryString('listPayouts', query)).to.equal('marketplaceIds=A');
    });

    it('sends values verbatim: a +09:00 offset arrives as +09:00, not as a space', () => {
      const createdAfter = '2024-05-01T00:00:00+09:00';
      const qs = buildQueryString('listPayouts', {
        createdAfter,
        createdBefore: '2024-05-31',
        accountType: 'Standard Orders',
      });
      // '+' must be percent-encoded: a bare '+' in a query string means a space.
      expect(qs).to.contain('createdAfter=2024-05-01T00%3A00%3A00%2B09%3A00');
      const received = new URLSearchParams(qs);
      expect(received.get('createdAfter')).to.equal(createdAfter);
      expect(received.get('createdBefore')).to.equal('2024-05-31');
      expect(received.get('accountType')).to.equal('Standard Orders');
    });
  });

  it('operationUrl has no "?" without parameters', () => {
    expect(operationUrl('listExpectedPayouts', {})).to.equal(
      '/finances/transfers/2024-06-01/payouts/expected',
    );
    expect(operationUrl('listBalances', { marketplaceId: 'A' })).to.equal(
      '/finances/2024-06-19/balances?marketplaceId=A',
    );
  });

  it('operationForPath names the operation of a path, ignoring a query and a trailing slash', () => {
    expect(operationForPath('/finances/transfers/2024-06-01/payouts/expected/')).to.equal(
      'listExpectedPayouts',
    );
    expect(operationForPath('/finances/transfers/2024-06-01/payouts?payoutId=1')).to.equal(
      'listPayouts',
    );
    expect(operationForPath('/finances/2024-06-19/transactions/')).to.equal('listTransactions');
    expect(operationForPath('/finances/2024-06-19/nowhere')).to.equal(undefined);
  });

  it('operationForPath matches the method too; methodsAt lists what a path answers', () => {
    const payouts = '/finances/transfers/2024-06-01/payouts';
    expect(operationForPath(payouts, 'GET')).to.equal('listPayouts');
    // The one write (initiatePayout) shares the payouts path; the proxy answers it only when enabled.
    expect(operationForPath(payouts, 'POST')).to.equal('initiatePayout');
    expect(operationForPath(payouts, 'DELETE')).to.equal(undefined);
    expect(methodsAt(`${payouts}/`)).to.deep.equal(['GET', 'POST']);
    expect(methodsAt(`${payouts}/expected`)).to.deep.equal(['GET']);
    expect(methodsAt('/finances/2024-06-19/nowhere')).to.deep.equal([]);
  });

  it('states each parameter’s format and list encoding once, for client and proxy', () => {
    expect(paramSpec('listBalances', 'balanceType')).to.deep.equal({ format: 'code', list: true });
    expect(paramSpec('listPayouts', 'marketplaceIds')).to.deep.equal({
      format: 'marketplace-id',
      list: true,
    });
    expect(paramSpec('listSummary', 'periodStart')).to.deep.equal({ format: 'date-time' });
    expect(paramSpec('listBalances', 'asOfDate')).to.deep.equal({ format: 'date' });
    // Parameters of another operation, and Object.prototype's own names, are not parameters.
    expect(paramSpec('listBalances', 'payoutId')).to.equal(undefined);
    expect(paramSpec('listBalances', 'constructor')).to.equal(undefined);
    expect(paramsOf('listExpectedPayouts').map(([name]) => name)).to.deep.equal([
      'marketplaceIds',
      'accountType',
      'nextToken',
    ]);
  });

  it('gives every operation a method and the SP-API’s default rate: 0.5/s, burst 10', () => {
    for (const [name, operation] of Object.entries(OPERATIONS)) {
      if (name === 'initiatePayout') continue;
      expect(operation.method).to.equal('GET');
      expect(operation.rate).to.deep.equal({ ratePerSecond: 0.5, burst: 10 });
    }
  });

  it('initiatePayout, the one write: POST on the payouts path, a body, 0.017/s burst 2', () => {
    expect(OPERATIONS.initiatePayout.method).to.equal('POST');
    expect(OPERATIONS.initiatePayout.path).to.equal(OPERATIONS.listPayouts.path);
    expect(Object.keys(OPERATIONS.initiatePayout.body)).to.deep.equal([
      'marketplaceId',
      'accountType',
    ]);
    expect(OPERATIONS.initiatePayout.rate).to.deep.equal({ ratePerSecond: 0.017, burst: 2 });
  });

  it('parseQueryString reads back what buildQueryString wrote', () => {
    const query: QueryOf['listSummary'] = {
      marketplaceIds: ['A', 'B'],
      periodStart: '2025-01-01T00:00:00+05:30',
      periodEnd: '2025-01-31',
      nextToken: 'abc/def==',
    };
    const search = new URLSearchParams(buildQueryString('listSummary', query));
    expect(parseQueryString('listSummary', search)).to.deep.equal(query);
  });

  it('splitList trims items and drops empty ones; optional passes values through', () => {
    expect(splitList(' AVAILABLE, ,DEFERRED ,')).to.deep.equal(['AVAILABLE', 'DEFERRED']);
    expect(splitList(' , ')).to.equal(undefined);
    expect(splitList(null)).to.equal(undefined);
    expect(optional('')).to.equal(undefined);
    expect(optional(null)).to.equal(undefined);
    expect(optional('2024-05-01T00:00:00+09:00')).to.equal('2024-05-01T00:00:00+09:00');
  });
});
