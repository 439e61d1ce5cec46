export {
  Decimal,
  parseDecimal,
  readDecimal,
  AMOUNT_LIMITS,
  type DecimalReading,
} from './decimal.js';
export {
  type Money,
  CurrencyMismatchError,
  moneyFrom,
  readMoney,
  type InvalidAmount,
  type MoneyReading,
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
