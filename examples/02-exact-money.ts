// Exact money: totals to the cent however many rows, decimal rounding modes, currencies with 0, 2 and 3
// minor digits, and splitting an amount into parts that add back up exactly.
// Run: npx tsup && node --import tsx examples/02-exact-money.ts
import assert from 'node:assert/strict';
import { isClienteleError } from 'clientele';
import {
  allocateMoney,
  currencyMinorDigits,
  fromMinorUnits,
  roundMoney,
  sumMoney,
  toMinorUnits,
} from 'clientele/money';
import type { RoundingMode } from 'clientele/money';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);

// ---------------------------------------------------------------------------------------------------
rule('1. Why not just add the numbers? Float drift over a million rows');
// The question: a subscription business books one million top-ups of $0.10. What is the total?
// The method: float64 addition (what `reduce((s, x) => s + x)` does) versus sumMoney, which converts each
// amount once to integer cents and adds integers exactly.
const topUps = new Array<number>(1_000_000).fill(0.1);
let floatTotal = 0;
for (const amount of topUps) floatTotal += amount;
const exact = sumMoney(topUps, { currency: 'USD' });
line(`float64 sum            ${floatTotal}`);
line(`sumMoney               ${exact.total} USD over ${exact.count.toLocaleString('en-US')} rows`);
line(`float error            $${(floatTotal - 1e5).toExponential(3)}`);

// A basket with the classic 0.1 + 0.2 trap in it.
const basket = [19.99, 5.01, 0.07, 1234.56, 0.1, 0.2, 0.3];
const basketFloat = basket.reduce((s, x) => s + x, 0);
const basketExact = sumMoney(basket);
line(`basket (float)         ${basketFloat}`);
line(`basket (sumMoney)      ${basketExact.total}`);

// Amounts given as strings (as they arrive from CSV or a payment API) are read as written. Totals past
// 2^53 cents (about 90 trillion dollars) are carried in a bigint, so even absurd ledgers stay exact.
// Near 2^53 cents a float64 cannot even hold every cent: at 80 trillion dollars it is off by a cent.
const ledger = ['40000000000000.01', '40000000000000.01', '0.01', '0.01'];
const ledgerTotal = sumMoney(ledger);
const ledgerFloat = ledger.reduce((s, x) => s + Number(x), 0);
line(`huge ledger            ${ledgerTotal.total} (float64: ${ledgerFloat})`);
const beyond = sumMoney(['45000000000000.01', '45000000000000.01', '45000000000000.01']);
line(`past 2^53 cents        ${beyond.total} (each amount must stay below 2^52 cents)`);

// ---------------------------------------------------------------------------------------------------
rule('2. Rounding modes');
// The question: an interest or tax computation produced amounts with more decimals than the currency.
// How do we round? roundMoney works in decimal, so 2.675 is the tie it looks like; float toFixed sees
// the binary value 2.67499999... and rounds down (and 2.345 up, because its binary value is 2.34500000000000019...).
const modes: RoundingMode[] = ['half-even', 'half-up', 'half-down', 'up', 'down', 'ceiling', 'floor'];
const values = [2.345, 2.355, -2.345, 2.675, '0.125'];
line(`${'value'.padEnd(8)}${modes.map((m) => m.padStart(10)).join('')}   toFixed(2)`);
const table = new Map<string, string[]>();
for (const v of values) {
  const row = modes.map((mode) => roundMoney(v, { mode }));
  table.set(String(v), row);
  line(`${String(v).padEnd(8)}${row.map((r) => r.padStart(10)).join('')}   ${Number(v).toFixed(2).padStart(10)}`);
}
// Banker's rounding (half-even) is unbiased: over many ties half go up and half go down. Round the
// 100 ties 0.005, 0.015, ..., 0.995 and compare the totals with the unrounded total 50.00.
const ties = Array.from({ length: 100 }, (_, i) => `${(i / 100).toFixed(2)}5`);
const halfEvenTotal = sumMoney(ties.map((t) => roundMoney(t, { mode: 'half-even' })));
const halfUpTotal = sumMoney(ties.map((t) => roundMoney(t, { mode: 'half-up' })));
line(`\n100 ties 0.005 ... 0.995: exact total 50.000, half-even ${halfEvenTotal.total}, half-up ${halfUpTotal.total}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Currencies with 0, 2 and 3 minor digits');
// ISO 4217 says how many decimals a currency has: yen none, dollars two, Kuwaiti dinar three. Minor units
// are the integers behind the scenes (cents, yen, fils).
for (const [currency, amount] of [['JPY', 1500], ['USD', 12.34], ['KWD', '1.234']] as const) {
  const digits = currencyMinorDigits(currency);
  const minor = toMinorUnits(amount, { currency });
  line(`${currency}: ${digits} minor digits; ${String(amount).padStart(6)} -> ${String(minor).padStart(5)} minor units -> '${fromMinorUnits(minor, { currency })}'`);
}
// An amount with more decimals than the currency is an error unless a rounding mode is given: silently
// rounding money hides data problems (a yen amount with cents is probably in the wrong currency column).
let rejected = '';
try {
  sumMoney([1500, 99.5], { currency: 'JPY' });
} catch (e) {
  if (!isClienteleError(e)) throw e;
  rejected = `${e.code}: ${e.message}`;
}
line(`over-precise yen       ${rejected}`);
const yenRounded = sumMoney([1500, 99.5, 0.5], { currency: 'JPY', rounding: 'half-even' });
line(`with half-even         ${yenRounded.total} JPY (99.5 -> 100, 0.5 -> 0)`);
const dinars = sumMoney(['1.005', '2.0049', '0.001'], { currency: 'KWD', rounding: 'half-even' });
line(`dinars                 ${dinars.total} KWD`);

// ---------------------------------------------------------------------------------------------------
rule('4. Allocation that sums exactly');
// The question: split $100.00 between three cost centres, or a $0.05 discount over two order lines in
// proportion 30:70. Rounding each share separately loses or creates cents; the largest-remainder method
// gives whole cents that add up to the total.
const thirds = allocateMoney(100, [1, 1, 1], { currency: 'USD' });
const naiveThirds = [1, 1, 1].map(() => roundMoney(100 / 3));
line(`100.00 in thirds       ${thirds.join(' + ')} = ${sumMoney(thirds).total}`);
line(`rounded separately     ${naiveThirds.join(' + ')} = ${sumMoney(naiveThirds).total}`);
const discount = allocateMoney('0.05', [0.3, 0.7]);
line(`0.05 as 30:70          ${discount.join(' + ')}`);
// A marketing budget of 12,345 yen split by last quarter's revenue of four channels.
const revenue = [41_250.5, 12_003.25, 7_800, 38_946.25];
const budget = allocateMoney(12_345, revenue, { currency: 'JPY' });
line(`12345 JPY by revenue   ${budget.join(' + ')} = ${sumMoney(budget, { currency: 'JPY' }).total}`);
const refund = allocateMoney('-10.00', [1, 2]);
line(`refund -10.00 as 1:2   ${refund.join(' + ')}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
assert.equal(exact.total, '100000.00');
assert.equal(exact.count, 1_000_000);
assert.notEqual(floatTotal, 100000); // the float drift the library exists to avoid
assert.equal(basketExact.total, '1260.23');
assert.notEqual(basketFloat, 1260.23);
assert.equal(ledgerTotal.total, '80000000000000.04');
assert.notEqual(String(ledgerFloat), ledgerTotal.total); // 80 trillion + 4 cents has no float64 of its own
assert.equal(beyond.total, '135000000000000.03');
// Rounding: the IEEE 754 tie rules, in decimal.
assert.deepEqual(table.get('2.345'), ['2.34', '2.35', '2.34', '2.35', '2.34', '2.35', '2.34']);
assert.deepEqual(table.get('2.355'), ['2.36', '2.36', '2.35', '2.36', '2.35', '2.36', '2.35']);
assert.deepEqual(table.get('-2.345'), ['-2.34', '-2.35', '-2.34', '-2.35', '-2.34', '-2.34', '-2.35']);
assert.deepEqual(table.get('2.675'), ['2.68', '2.68', '2.67', '2.68', '2.67', '2.68', '2.67']);
assert.deepEqual(table.get('0.125'), ['0.12', '0.13', '0.12', '0.13', '0.12', '0.13', '0.12']);
assert.equal(halfEvenTotal.total, '50.00'); // half of the 100 ties round up, half down
assert.equal(halfUpTotal.total, '50.50'); // every tie rounds up: +0.005 x 100
// Currencies.
assert.equal(currencyMinorDigits('JPY'), 0);
assert.equal(currencyMinorDigits('usd'), 2);
assert.equal(currencyMinorDigits('KWD'), 3);
assert.equal(toMinorUnits('1.234', { currency: 'KWD' }), 1234);
assert.equal(fromMinorUnits(1234, { currency: 'KWD' }), '1.234');
assert.match(rejected, /^INVALID_ARGUMENT: `sumMoney`: `amounts\[1\]`/);
assert.equal(yenRounded.total, '1600');
assert.equal(dinars.total, '3.011');
// Allocation: parts sum exactly to the total, and follow the weights.
assert.deepEqual(thirds, ['33.34', '33.33', '33.33']);
assert.equal(sumMoney(naiveThirds).total, '99.99'); // a cent lost by rounding each share
assert.deepEqual(discount, ['0.02', '0.03']);
assert.equal(sumMoney(budget, { currency: 'JPY' }).total, '12345');
assert.equal(budget.length, 4);
// Each yen share is within one yen of its exact proportional share.
const revenueTotal = revenue.reduce((s, x) => s + x, 0);
budget.forEach((b, i) => assert.ok(Math.abs(Number(b) - (12_345 * revenue[i]!) / revenueTotal) < 1));
assert.deepEqual(refund, ['-3.33', '-6.67']);
line('\nself-check passed');
