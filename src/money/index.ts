/**
 * `clientele/money`: exact money. Amounts become integer minor units once, totals are exact to the minor
 * unit however many rows are summed, and rounding is decimal (half-even or half-up) for currencies with
 * 0, 2 or 3 (or any number of) minor digits. The only area that loads decimal.js.
 *
 * @packageDocumentation
 */
export { allocateMoney } from './allocateMoney';
export { currencyMinorDigits } from './currencyMinorDigits';
export { fromMinorUnits } from './fromMinorUnits';
export { roundMoney } from './roundMoney';
export type { RoundMoneyOptions } from './roundMoney';
export { sumMoney } from './sumMoney';
export type { SumMoneyOptions } from './sumMoney';
export { toMinorUnits } from './toMinorUnits';
export type { ToMinorUnitsOptions } from './toMinorUnits';
export type { MoneyOptions, MoneyTotal, RoundingMode } from './types';
