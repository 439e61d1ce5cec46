import { expect } from '@open-wc/testing';
import { normaliseBalances } from '../../src/api/normalise-balances.js';
import {
  accountTypeLabel,
  balanceTypeExplanation,
  balanceTypeLabel,
  breakdownLabel,
  computedTotalNote,
  emptyMessage,
  groupTitle,
} from '../../src/components/balance-card/balance-view.js';
import { ENGLISH, wordsFor } from '../../src/l10n/runtime.js';
import { nestedEur, noTotalNoReserved } from '../fixtures/balances.js';
import { sandboxCurrentBalances } from '../fixtures/balances-sandbox.js';

describe('balance card words', () => {
  it('names balance types, humanizing the ones it does not know', () => {
    expect(balanceTypeLabel('ACCOUNT_LEVEL_RESERVES', 'ACCOUNT_LEVEL_RESERVE', ENGLISH)).to.equal(
      'Account-level reserve',
    );
    expect(balanceTypeLabel('LOAN_REPAYMENTS', 'LOAN_REPAYMENTS', ENGLISH)).to.equal(
      'Loan repayments',
    );
    expect(balanceTypeLabel('Float hold', 'Float hold', ENGLISH)).to.equal('Float hold');
    expect(balanceTypeLabel('UNKNOWN', '', ENGLISH)).to.equal('Unknown');
  });

  it('explains each balance type in plain language', () => {
    // What both specs say ("posted but temporarily held"), not one of its reasons (#21).
    expect(balanceTypeExplanation('DEFERRED', ENGLISH)).to.contain('posted but is holding');
    expect(balanceTypeExplanation('DEFERRED', ENGLISH)).not.to.contain('Delivery Date Policy');
    expect(balanceTypeExplanation('ACCOUNT_LEVEL_RESERVES', ENGLISH)).to.contain(
      'refunds, chargebacks',
    );
    expect(balanceTypeExplanation('AVAILABLE', ENGLISH)).to.contain('Not all of it');
    expect(balanceTypeExplanation('RESERVED', ENGLISH)).to.contain('deferred funds plus');
    expect(balanceTypeExplanation('TOTAL', ENGLISH)).to.contain('available plus what is reserved');
    expect(balanceTypeExplanation('SOMETHING_NEW', ENGLISH)).to.contain('does not describe yet');
  });

  it('names breakdowns: balance types in words, categories humanized as sent', () => {
    const [group] = normaliseBalances(nestedEur);
    const policy = group!.balances[2]!.children[0]!.breakdowns[0]!;
    expect(breakdownLabel(policy, ENGLISH)).to.equal('Delivery date policy');
    expect(breakdownLabel(policy.children[0]!, ENGLISH)).to.equal('Product Charges');
    expect(
      breakdownLabel(
        {
          type: 'ACCOUNT_LEVEL_RESERVES',
          rawType: 'ACCOUNT_LEVEL_RESERVE',
          children: [],
        },
        ENGLISH,
      ),
    ).to.equal('Account-level reserve');
  });

  it('names an account by marketplace and account type, label as given', () => {
    const [sandbox] = normaliseBalances(sandboxCurrentBalances);
    expect(groupTitle(sandbox!, ENGLISH)).to.equal('AXXXXXXXXXER · Standard Orders');
    const [eur] = normaliseBalances(nestedEur);
    expect(groupTitle(eur!, ENGLISH)).to.equal('Amazon.de · Standard orders');
    expect(groupTitle({ key: 'k', account: {}, currency: 'USD', balances: [] }, ENGLISH)).to.equal(
      'Account',
    );
    expect(
      accountTypeLabel({ accountType: 'COD_FEES', accountTypeRaw: 'COD_FEES' }, ENGLISH),
    ).to.equal('Cash on delivery fees');
    expect(accountTypeLabel({}, ENGLISH)).to.equal(undefined);
  });

  it('says what a computed TOTAL adds up', () => {
    const [group] = normaliseBalances(noTotalNoReserved);
    expect(computedTotalNote(group!, ENGLISH)).to.equal(
      'Amazon sent no total; this is Available + Deferred + Account-level reserve, added up here. Amazon’s total also counts loan repayments, which it did not send.',
    );
  });

  it('says what was asked for when nothing matched', () => {
    expect(
      emptyMessage(
        {
          marketplaceId: 'A1PA6795UKMFR9',
          balanceType: ['AVAILABLE', 'ACCOUNT_LEVEL_RESERVE'],
          accountType: 'STANDARD_ORDERS',
          asOfDate: '2025-01-12',
        },
        wordsFor('en-GB'),
      ),
    ).to.deep.equal({
      title: 'No balances',
      hint: 'Amazon returned no balances for balance types Available, Account-level reserve; marketplace Amazon.de; account type Standard orders; as of 12 Jan 2025.',
    });
    expect(emptyMessage({}, wordsFor('en-US')).hint).to.equal(
      'Amazon returned no balances for this seller.',
    );
  });
});
