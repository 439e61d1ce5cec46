export { Decimal, parseDecimal } from './decimal.js';
export {
  type Money,
  CurrencyMismatchError,
  moneyFrom,
  sumMoney,
  totalsByCurrency,
  isNegative,
  absMoney,
} from './money.js';
export {
  formatMoney,
  currencyDigits,
  moneyToPlainString,
  type FormatMoneyOptions,
} from './format.js';
