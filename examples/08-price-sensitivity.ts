// Price sensitivity from surveys and from sales: a Van Westendorp price sensitivity meter with the
// Newton-Miller-Smith purchase-likelihood questions, a Gabor-Granger buy/no-buy ladder, and the price
// elasticity of weekly sales with a promotion control. The answers are made up (a seeded generator and a
// few hand-written rows), so every figure is checked at the end against what it must be.
// Run: npx tsup && node --import tsx examples/08-price-sensitivity.ts
import assert from 'node:assert/strict';
import { createRandom, sampleNormal } from 'clientele';
import { gaborGranger, priceElasticity, vanWestendorp } from 'clientele/loyalty';
import type { VanWestendorpResponse } from 'clientele/loyalty';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const money = (x: number | null) => (x === null ? 'none' : x.toFixed(2));

// ---------------------------------------------------------------------------------------------------
rule('1. Van Westendorp: which prices does the market accept?');
// Four open questions per respondent (too cheap, cheap, expensive, too expensive), in euros to the cent,
// and the purchase likelihood (1-5) at the respondent's own cheap and expensive prices.
const random = createRandom(76);
const cents = (mean: number, sd: number) => Math.round(100 * sampleNormal(random, mean, sd)) / 100;
const survey: VanWestendorpResponse[] = Array.from({ length: 300 }, (_, i) => ({
  respondentId: `R${String(i + 1).padStart(3, '0')}`,
  tooCheap: cents(6, 1),
  cheap: cents(9, 1.2),
  expensive: cents(13, 1.5),
  tooExpensive: cents(17, 1.5),
  likelihoodAtCheap: 3 + Math.floor(3 * random.next()),
  likelihoodAtExpensive: 1 + Math.floor(3 * random.next()),
}));
const psm = vanWestendorp(survey);
const { pmc, pme, opp, ipp } = psm.pricePoints;
line(`${psm.n} of ${psm.rows} respondents analysed; ${psm.invalid.length} with intransitive prices reported, e.g.`);
for (const bad of psm.invalid.slice(0, 2)) line(`  ${bad.respondentId}: ${bad.reason}`);
line(`acceptable range [PMC, PME] = [${money(pmc.price)}, ${money(pme.price)}]  (${pmc.curves.join(' x ')}; ${pme.curves.join(' x ')})`);
line(`optimal price point ${money(opp.price)}, indifference price point ${money(ipp.price)}`);
const nms = psm.newtonMillerSmith!;
line(`Newton-Miller-Smith: reach is highest at ${money(nms.optimalReach.price)} (${(100 * nms.optimalReach.reach).toFixed(1)} %),`);
line(`revenue per respondent is highest at ${money(nms.optimalRevenue.price)} (${nms.optimalRevenue.revenue.toFixed(2)})`);
// The same data under the conventions of pricesensitivitymeter <= 1.3.0 (first grid crossing):
const old = vanWestendorp(survey, { intersection: 'firstCrossing' });
line(`first-crossing convention: range [${money(old.acceptableRange.lower)}, ${money(old.acceptableRange.upper)}]`);

// ---------------------------------------------------------------------------------------------------
rule('2. Gabor-Granger: buy or not at 8, 10, 12, 14 euros');
const ladder = [8, 10, 12, 14];
const answers = survey.slice(0, 120).flatMap((r) => ladder.map((price) => ({ respondentId: r.respondentId, price, buy: price <= r.expensive })));
const gg = gaborGranger(answers, { unitCost: 5, marketSize: 10_000, smoothing: 'logistic' });
for (const c of gg.curve) {
  line(`  ${c.price}: demand ${(100 * c.demand).toFixed(1)} %, revenue ${c.revenue.toFixed(0)}, profit ${c.profit.toFixed(0)}, arc elasticity to next ${c.arcElasticityToNext?.toFixed(2) ?? '-'}`);
}
line(`best tested price for revenue ${gg.optimalRevenue.price}, for profit ${gg.optimalProfit.price}`);
line(`logistic smoothing: revenue-optimal ${gg.logistic!.optimalRevenue.price.toFixed(2)}, profit-optimal ${gg.logistic!.optimalProfit.price.toFixed(2)}`);

// ---------------------------------------------------------------------------------------------------
rule('3. Price elasticity of weekly sales');
// Weekly unit sales follow Q = 5000 · P^-1.8 · 1.25^promo with multiplicative noise.
const weeks = Array.from({ length: 52 }, (_, w) => {
  const price = 8 + (w % 7) * 0.5;
  const promo = w % 4 === 0 ? 1 : 0;
  const quantity = Math.round(5000 * price ** -1.8 * 1.25 ** promo * Math.exp(sampleNormal(random, 0, 0.03)));
  return { price, quantity, controls: { promo } };
});
const el = priceElasticity(weeks, { marginalCost: 4 });
const ll = el.logLog!;
line(`log-log elasticity ${ll.elasticity.toFixed(3)} (s.e. ${ll.standardError.toFixed(3)}, 95 % [${ll.interval.lower.toFixed(3)}, ${ll.interval.upper.toFixed(3)}]), R² ${ll.rSquared?.toFixed(3)}`);
line(`promotion lifts sales by ${(100 * (Math.exp(ll.controls[0]!.coefficient) - 1)).toFixed(1)} %`);
line(`profit-maximising price at marginal cost 4: ${money(ll.profitMaximisingPrice)}`);

// ---------------------------------------------------------------------------------------------------
rule('Self-check');
// Every invalid respondent breaks one of the three strict inequalities, and none is dropped silently.
assert.equal(psm.n + psm.invalid.length, 300);
assert.ok(psm.invalid.every((b) => b.inequality !== null));
// The points lie where they should: PMC <= OPP, IPP <= PME on these well-behaved data.
assert.equal(psm.ordering.pmcAtMostPme, true);
assert.ok(pmc.price! <= opp.price! && ipp.price! <= pme.price!);
assert.ok(pmc.price! > 6 && pme.price! < 17);
// Revenue is price x reach, at every grid price.
nms.price.forEach((p, g) => assert.ok(Math.abs(nms.revenue[g]! - p * nms.reach[g]!) < 1e-12));
// Gabor-Granger demand at 8 is the share whose expensive price is at least 8.
const share8 = survey.slice(0, 120).filter((r) => r.expensive >= 8).length / 120;
assert.equal(gg.curve[0]!.demand, share8);
assert.equal(gg.conventions.form, 'answers');
// The regression recovers the elasticity and the promotion effect used to generate the sales.
assert.ok(Math.abs(ll.elasticity + 1.8) < 0.1);
assert.ok(Math.abs(ll.controls[0]!.coefficient - Math.log(1.25)) < 0.05);
// Lerner rule: P* = c·ε/(1+ε).
assert.ok(Math.abs(ll.profitMaximisingPrice! - (4 * ll.elasticity) / (1 + ll.elasticity)) < 1e-12);
line('all checks passed');
