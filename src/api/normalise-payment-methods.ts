/**
 * `getPaymentMethods` responses → `PaymentMethodModel`s. Tolerant: any field may be missing or
 * null, types the library does not know are kept (and humanised for display), a holder name is
 * text whatever characters it holds (it is never parsed as markup), and an expiry that is not a
 * real month is dropped rather than guessed.
 *
 * @example
 * ```ts
 * const methods = normalisePaymentMethods(await source.getPaymentMethods({ marketplaceId }));
 * const target = defaultDepositMethod(methods); // where an on-demand payout goes
 * if (target?.expiry && expiryState(target.expiry, Date.now()) !== 'valid') warn(target);
 * ```
 */
import { humanize, toCode } from './enums.js';
import { list, text } from './normalise-common.js';
import type {
  CardExpiry,
  ExpiryState,
  GetPaymentMethodsResponse,
  PaymentMethodModel,
  WireExpiryDate,
  WirePaymentMethod,
} from './transfers-model.js';

/** A card within this many days of the end of its expiry month is `expiring`. */
export const EXPIRY_WARNING_DAYS = 30;
const DAY_MS = 86_400_000;

/** The deposit methods of one answer, in the order sent. */
export function normalisePaymentMethods(
  response: GetPaymentMethodsResponse | { payload?: GetPaymentMethodsResponse } | null | undefined,
): PaymentMethodModel[] {
  if (!response || typeof response !== 'object') return [];
  // Some published answers wrap the body in `payload`; read both.
  const body =
    'paymentMethods' in response
      ? response
      : ((response as { payload?: GetPaymentMethodsResponse }).payload ?? {});
  const seen = new Map<string, number>();
  return list((body as GetPaymentMethodsResponse).paymentMethods)
    .filter((item): item is WirePaymentMethod => item != null && typeof item === 'object')
    .map((wire) => {
      const method = normalisePaymentMethod(wire);
      const count = seen.get(method.key) ?? 0;
      seen.set(method.key, count + 1);
      return count === 0 ? method : { ...method, key: `${method.key}#${count + 1}` };
    });
}

export function normalisePaymentMethod(wire: WirePaymentMethod): PaymentMethodModel {
  const rawType = text(wire.paymentMethodType)?.trim();
  const type = rawType === undefined ? undefined : toCode(rawType);
  const id = text(wire.paymentMethodId)?.trim();
  const tail = text(wire.tail)?.trim();
  const country = text(wire.countryCode)?.trim();
  return {
    key: [id ?? '', type ?? '', tail ?? ''].join('|'),
    id,
    type,
    typeLabel: rawType === undefined ? undefined : humanize(rawType),
    holderName: text(wire.accountHolderName)?.trim(),
    tail,
    countryCode: country === undefined ? undefined : country.toUpperCase(),
    expiry: readExpiry(wire.expiryDate),
    isDefaultDeposit: toCode(text(wire.assignmentType) ?? '') === 'DEFAULT_DEPOSIT_METHOD',
  };
}

/** `{month: "3", year: "2029"}` → March 2029; a two-digit year is this century's. */
export function readExpiry(expiry: WireExpiryDate | null | undefined): CardExpiry | undefined {
  if (!expiry || typeof expiry !== 'object') return undefined;
  const monthText = text(expiry.month)?.trim() ?? '';
  const yearText = text(expiry.year)?.trim() ?? '';
  if (!/^\d{1,2}$/.test(monthText) || !/^(\d{2}|\d{4})$/.test(yearText)) return undefined;
  const month = Number(monthText);
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  if (month < 1 || month > 12) return undefined;
  return { month, year, endsAtMs: Date.UTC(year, month, 1) };
}

/** Whether a card has expired, expires within `EXPIRY_WARNING_DAYS`, or is fine, at `nowMs`. */
export function expiryState(expiry: CardExpiry, nowMs: number): ExpiryState {
  if (nowMs >= expiry.endsAtMs) return 'expired';
  return expiry.endsAtMs - nowMs <= EXPIRY_WARNING_DAYS * DAY_MS ? 'expiring' : 'valid';
}

/**
 * The method payouts go to: the one marked default. Never guessed from a lone unmarked method:
 * a dialog that names where money goes must name what Amazon said.
 */
export function defaultDepositMethod(
  methods: readonly PaymentMethodModel[],
): PaymentMethodModel | undefined {
  return methods.find((method) => method.isDefaultDeposit);
}
