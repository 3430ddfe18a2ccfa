import Decimal from 'decimal.js';
import type { RoundingMode } from './types';

/**
 * A private decimal.js constructor for money: 60 significant digits, never exponential notation, so the
 * global `Decimal` configuration of the caller is neither used nor changed. @internal
 */
export const MoneyDecimal = Decimal.clone({ precision: 60, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -100, toExpPos: 100 });

/** decimal.js rounding constants by clientele's rounding-mode names. @internal */
export const DECIMAL_ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceiling: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};
