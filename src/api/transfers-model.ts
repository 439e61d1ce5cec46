/**
 * Wire and model types of the two Transfers operations beside the payout lists (Amazon's
 * published model, `transfers_2024-06-01.json`): `getPaymentMethods`, the seller's deposit
 * methods, and `initiatePayout`, an on-demand payout. Wire types say what may arrive (every
 * field optional, anything may be null); model types say what the elements read.
 */

/** `expiryDate` of a card: month and year as the API writes them (strings, "3" and "2029"). */
export interface WireExpiryDate {
  month?: string | number | null;
  year?: string | number | null;
}

/** One entry of `getPaymentMethods`' `paymentMethods`. */
export interface WirePaymentMethod {
  accountHolderName?: string | null;
  paymentMethodId?: string | null;
  /** The last three or four digits. */
  tail?: string | null;
  expiryDate?: WireExpiryDate | null;
  /** ISO 3166-1 alpha-2: where a card was issued or a bank account is held. */
  countryCode?: string | null;
  /** `BANK_ACCOUNT`, `CARD`, `SELLER_WALLET`, or a value a later API adds. */
  paymentMethodType?: string | null;
  /** `DEFAULT_DEPOSIT_METHOD` on the method payouts go to. */
  assignmentType?: string | null;
}

export interface GetPaymentMethodsResponse {
  paymentMethods?: WirePaymentMethod[] | null;
}

/** `initiatePayout`'s answer: the financial event group id of the payout just started. */
export interface InitiatePayoutResponse {
  payoutReferenceId?: string;
}

/** A card's expiry as numbers, and the last instant it is valid (the month's end, UTC). */
export interface CardExpiry {
  month: number;
  year: number;
  /** Epoch ms of the first instant after the expiry month (UTC): the card is invalid from then. */
  endsAtMs: number;
}

/** How a card's expiry stands on a given day: `expiring` is within 30 days of its end. */
export type ExpiryState = 'valid' | 'expiring' | 'expired';

/** A deposit method, read tolerantly: missing fields are `undefined`, text kept as text. */
export interface PaymentMethodModel {
  /** Unique within one answer (the API can repeat a `paymentMethodId`). */
  key: string;
  id?: string;
  /** The type's code (`BANK_ACCOUNT`), canonicalised from a label; `undefined` when missing. */
  type?: string;
  /**
   * The type in words for a type the element has no words for: humanised from the code
   * (`SELLER_WALLET` → "Seller wallet"). English; an element shows its own words for known types.
   */
  typeLabel?: string;
  holderName?: string;
  tail?: string;
  countryCode?: string;
  expiry?: CardExpiry;
  /** The method payouts go to (`assignmentType` `DEFAULT_DEPOSIT_METHOD`). */
  isDefaultDeposit: boolean;
}
