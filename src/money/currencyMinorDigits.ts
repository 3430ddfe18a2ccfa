import { InvalidArgumentError } from '../core/errors/InvalidArgumentError';

/** ISO 4217 minor digits of the currencies that are not 2. @internal */
const NOT_TWO: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
};

/** Active ISO 4217 codes with 2 minor digits that clientele recognises. @internal */
const TWO = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BRL BSD BTN BWP BYN BZD CAD CDF ' +
    'CHF CNY COP CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL ' +
    'HTG HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP ' +
    'MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD ' +
    'SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD UYU UZS ' +
    'VES WST XCD YER ZAR ZMW ZWG'
  ).split(' '),
);

/**
 * The number of minor digits (decimal places) of an ISO 4217 currency: 2 for USD, EUR, CNY, 0 for JPY
 * and KRW, 3 for KWD, BHD and TND.
 *
 * @remarks
 * From the ISO 4217 list of active codes (the "minor unit" column). A few currencies whose minor unit
 * is no longer used in practice keep their ISO value here (e.g. HUF and IDR are 2), so an amount
 * written with that many decimals is accepted; pass `minorDigits` explicitly to override. O(1).
 *
 * @param currency - An ISO 4217 alphabetic code, case-insensitive (`'usd'` works).
 * @param fn - Name of the calling function, used in the error message (default `'currencyMinorDigits'`).
 * @returns The number of minor digits, 0–4.
 * @throws `INVALID_ARGUMENT` when `currency` is not a known ISO 4217 code.
 * @example
 * ```ts
 * currencyMinorDigits('USD'); // 2
 * currencyMinorDigits('jpy'); // 0
 * currencyMinorDigits('KWD'); // 3
 * ```
 * @see ISO 4217:2015, Codes for the representation of currencies (current list maintained by SIX
 * Financial Information on behalf of ISO).
 */
export function currencyMinorDigits(currency: string, fn = 'currencyMinorDigits'): number {
  const code = typeof currency === 'string' ? currency.toUpperCase() : '';
  const digits = NOT_TWO[code];
  if (digits !== undefined) return digits;
  if (TWO.has(code)) return 2;
  throw new InvalidArgumentError(fn, 'currency', 'must be a known ISO 4217 currency code', currency);
}
