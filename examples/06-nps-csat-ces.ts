// The everyday satisfaction figures and how sure we can be of them: NPS with intervals and a test between
// two survey waves, CSAT and CES by channel, survey weights, then the diagnostic tools that say WHERE to
// act: SERVQUAL gaps, Kano categories, key drivers and an importance-performance grid.
// The answers are made up (hand-written or drawn from a seeded generator), so every figure is checked
// against its textbook formula at the end.
// Run: npx tsup && node --import tsx examples/06-nps-csat-ces.ts
import assert from 'node:assert/strict';
import { createRandom, sampleCategorical, sampleNormal } from 'clientele';
import {
  ces,
  csat,
  importancePerformance,
  kano,
  keyDrivers,
  nps,
  npsDifference,
  rakeWeights,
  servqual,
} from 'clientele/satisfaction';
import type { KanoAnswer } from 'clientele/satisfaction';

const line = (s = '') => console.log(s);
const rule = (title: string) => line(`\n== ${title} ${'='.repeat(Math.max(0, 72 - title.length))}`);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

// ---------------------------------------------------------------------------------------------------
rule('1. NPS of one survey wave, with its uncertainty');
// "How likely are you to recommend us?" 0-10. Promoters 9-10, passives 7-8, detractors 0-6;
// NPS = 100 (share of promoters − share of detractors). 400 answers drawn from a seeded generator.
const random = createRandom(2024);
const draw = (n: number, probabilities: number[]) => Array.from({ length: n }, () => sampleCategorical(random, probabilities));
//                 0     1     2     3     4     5     6     7     8     9    10
const springMix = [0.02, 0.01, 0.02, 0.03, 0.03, 0.07, 0.08, 0.12, 0.2, 0.2, 0.22];
const autumnMix = [0.02, 0.01, 0.01, 0.02, 0.03, 0.05, 0.06, 0.1, 0.18, 0.22, 0.3];
const spring = draw(400, springMix);
const autumn = draw(350, autumnMix);
const s1 = nps(spring);
line(`n ${s1.n}: promoters ${s1.counts.promoters}, passives ${s1.counts.passives}, detractors ${s1.counts.detractors}`);
line(`NPS ${s1.score.toFixed(1)}, s.e. ${s1.standardError.toFixed(2)} points`);
line(`95 % Wald [${s1.wald.lower.toFixed(1)}, ${s1.wald.upper.toFixed(1)}], adjusted Wald (Rocks 2016) [${s1.adjustedWald.lower.toFixed(1)}, ${s1.adjustedWald.upper.toFixed(1)}]`);

// ---------------------------------------------------------------------------------------------------
rule('2. Did the score move between two waves?');
// Different respondents in each wave: a z test on the difference, SE = √(SE₁² + SE₂²).
const waves = npsDifference(autumn, spring);
line(`autumn ${waves.first.score.toFixed(1)} vs spring ${waves.second.score.toFixed(1)}: difference ${waves.difference.toFixed(1)} ± ${(1.96 * waves.standardError).toFixed(1)}, z ${waves.z!.toFixed(2)}, p ${waves.pValue.toFixed(3)}`);
// A panel (the same 8 people asked twice) is not two independent samples: the paired test uses each
// person's change, which is much more precise when answers are correlated.
const panelBefore = [9, 7, 6, 10, 8, 5, 9, 3];
const panelAfter = [10, 9, 7, 10, 9, 6, 9, 6];
const panel = npsDifference(panelAfter, panelBefore, { paired: true });
const panelAsIndependent = npsDifference(panelAfter, panelBefore);
line(`panel of 8: difference ${panel.difference.toFixed(1)}, paired s.e. ${panel.standardError.toFixed(1)} (as if independent: ${panelAsIndependent.standardError.toFixed(1)})`);

// ---------------------------------------------------------------------------------------------------
rule('3. Weights: the sample is not the customer base');
// Online respondents are over-represented (70 % of the spring sample, 40 % of customers). Raking
// (iterative proportional fitting) finds weights that reproduce the known customer mix.
const channel = spring.map((_, i) => (i < 280 ? 'online' : 'store'));
const raked = rakeWeights({ channel }, { channel: { online: 0.4 * 400, store: 0.6 * 400 } });
const weighted = nps(spring, { weights: raked.weights });
const byChannel = nps(spring, { groups: channel });
line(`raking converged ${raked.converged}; design effect ${raked.designEffect.toFixed(3)}, effective n ${raked.effectiveSampleSize.toFixed(0)}`);
for (const g of byChannel.groups) line(`  ${String(g.key).padEnd(7)} NPS ${g.result.score.toFixed(1).padStart(5)} (n ${g.result.n})`);
line(`unweighted NPS ${s1.score.toFixed(1)}; weighted NPS ${weighted.score.toFixed(1)} ± ${(1.96 * weighted.standardError).toFixed(1)} (the interval widens: n_eff ${weighted.effectiveSampleSize.toFixed(0)})`);

// ---------------------------------------------------------------------------------------------------
rule('4. CSAT and CES by contact channel');
// CSAT: "How satisfied were you?" 1-5, satisfied = top two boxes (4-5). CES 2.0: "The company made it
// easy to handle my issue", 1-7 agreement, high is easy.
const contacts = [
  { channel: 'chat', csat: 5, ces: 7 }, { channel: 'chat', csat: 4, ces: 6 }, { channel: 'chat', csat: 4, ces: 6 },
  { channel: 'chat', csat: 5, ces: 5 }, { channel: 'chat', csat: 3, ces: 4 }, { channel: 'chat', csat: 4, ces: 7 },
  { channel: 'phone', csat: 3, ces: 3 }, { channel: 'phone', csat: 2, ces: 2 }, { channel: 'phone', csat: 4, ces: 5 },
  { channel: 'phone', csat: 5, ces: 6 }, { channel: 'phone', csat: 1, ces: 1 }, { channel: 'phone', csat: 3, ces: 4 },
  { channel: 'email', csat: 4, ces: 5 }, { channel: 'email', csat: 2, ces: 3 }, { channel: 'email', csat: 3, ces: 3 },
  { channel: 'email', csat: 4, ces: 6 },
];
const channels = contacts.map((c) => c.channel);
const csatBy = csat(contacts.map((c) => c.csat), { groups: channels });
const cesBy = ces(contacts.map((c) => c.ces), { groups: channels });
line('channel    n   CSAT (top-2-box, Wilson 95 %)     mean   CES mean   easy   difficult');
for (const [k, g] of csatBy.groups.entries()) {
  const e = cesBy.groups[k]!.result;
  const r = g.result;
  line(
    `${String(g.key).padEnd(7)} ${String(r.n).padStart(4)}   ${pct(r.topBoxShare).padStart(7)} [${pct(r.wilson.lower)}, ${pct(r.wilson.upper)}]` +
      `   ${r.mean.toFixed(2)}   ${e.mean.toFixed(2).padStart(8)}  ${pct(e.easyShare).padStart(6)}  ${pct(e.difficultShare).padStart(6)}`,
  );
}
line(`all     ${String(csatBy.overall.n).padStart(4)}   ${pct(csatBy.overall.topBoxShare).padStart(7)}; CES direction: ${cesBy.overall.conventions.direction}`);

// ---------------------------------------------------------------------------------------------------
rule('5. SERVQUAL: where do perceptions fall short of expectations?');
// Six customers rate 5 items (one per dimension) twice on 1-7: what they expect from an excellent
// firm, and what they perceive from ours. Gap = perception − expectation; negative is a shortfall.
const dimensions = { tangibles: [0], reliability: [1], responsiveness: [2], assurance: [3], empathy: [4] };
const expectations = [
  [6, 7, 7, 6, 5], [5, 7, 6, 6, 6], [6, 7, 7, 7, 5], [5, 6, 6, 6, 5], [6, 7, 7, 6, 6], [5, 7, 6, 7, 5],
];
const perceptions = [
  [6, 5, 4, 6, 5], [6, 5, 5, 6, 6], [6, 6, 4, 7, 6], [5, 4, 5, 6, 5], [7, 5, 4, 5, 6], [5, 6, 5, 6, 6],
];
const sq = servqual({ expectations, perceptions }, { dimensions });
line('dimension        expected  perceived     gap   95 % interval of the gap');
for (const d of sq.dimensions) {
  line(`  ${d.name.padEnd(15)} ${d.expectation.toFixed(2).padStart(6)} ${d.perception.toFixed(2).padStart(10)} ${d.gap.mean.toFixed(2).padStart(7)}   [${d.gap.interval.lower.toFixed(2)}, ${d.gap.interval.upper.toFixed(2)}]`);
}
line(`SERVQUAL (unweighted) ${sq.unweighted.mean.toFixed(3)} (p ${sq.unweighted.pValue.toFixed(3)}); SERVPERF ${sq.servperf.toFixed(3)}`);

// ---------------------------------------------------------------------------------------------------
rule('6. Kano: which features delight, which are taken for granted?');
// Each respondent answers "how do you feel if the feature is present?" (functional) and "... absent?"
// (dysfunctional); the pair maps to must-be (M), one-dimensional (O), attractive (A), indifferent (I).
const kanoAnswers: { name: string; functional: KanoAnswer[]; dysfunctional: KanoAnswer[] }[] = [
  {
    name: 'secure login',
    functional: ['must-be', 'must-be', 'neutral', 'must-be', 'like', 'must-be', 'neutral', 'must-be'],
    dysfunctional: ['dislike', 'dislike', 'dislike', 'dislike', 'dislike', 'dislike', 'dislike', 'live-with'],
  },
  {
    name: 'next-day delivery',
    functional: ['like', 'like', 'like', 'like', 'neutral', 'like', 'like', 'must-be'],
    dysfunctional: ['dislike', 'dislike', 'live-with', 'dislike', 'dislike', 'dislike', 'neutral', 'dislike'],
  },
  {
    name: 'gift wrapping',
    functional: ['like', 'like', 'neutral', 'like', 'like', 'neutral', 'like', 'neutral'],
    dysfunctional: ['neutral', 'live-with', 'neutral', 'neutral', 'neutral', 'neutral', 'live-with', 'neutral'],
  },
];
const features = kano(kanoAnswers);
line('feature              category  A  O  M  I   better   worse   significant');
for (const f of features) {
  line(
    `  ${f.name.padEnd(19)} ${f.category.padStart(4)}     ${f.counts.A}  ${f.counts.O}  ${f.counts.M}  ${f.counts.I}   ${f.better!.toFixed(2).padStart(5)}  ${f.worse!.toFixed(2).padStart(6)}   ${f.fongSignificant}`,
  );
}

// ---------------------------------------------------------------------------------------------------
rule('7. Key drivers and an importance-performance grid');
// Which of four service attributes drive overall satisfaction? 300 simulated customers whose overall
// rating depends on staff (0.5), speed (0.3), price (0.15) and not at all on decor; attributes are
// correlated (a halo), so the plain correlations overstate the weak drivers. Shapley (LMG) shares split
// R² over the drivers; decor still gets a share through what it has in common with the others, while its
// regression beta is about 0 — read the two together.
const n = 300;
const latent = Array.from({ length: n }, () => sampleNormal(random, 0, 1)); // a general halo
const attribute = (mean: number) => latent.map((h) => Math.min(10, Math.max(1, mean + 1.2 * h + sampleNormal(random, 0, 1.2))));
const ratings = { staff: attribute(7.8), speed: attribute(6.1), price: attribute(5.6), decor: attribute(8.2) };
const overall = ratings.staff.map((_, i) => 0.5 * ratings.staff[i]! + 0.3 * ratings.speed[i]! + 0.15 * ratings.price[i]! + sampleNormal(random, 0, 0.8));
const kd = keyDrivers(overall, ratings);
line(`R² ${kd.rSquared.toFixed(3)}`);
line('driver    correlation    beta   relative weight   Shapley share');
for (const d of kd.drivers) {
  line(`  ${d.name.padEnd(8)} ${d.correlation.toFixed(3).padStart(9)} ${d.beta.toFixed(3).padStart(8)}   ${pct(d.relativeWeightShare).padStart(15)}   ${pct(d.shapleyShare!).padStart(13)}`);
}
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const grid = importancePerformance(
  kd.drivers.map((d) => ({ name: d.name, importance: d.shapleyShare!, performance: mean(ratings[d.name as keyof typeof ratings]) })),
);
line(`cross-hairs at the means: importance ${pct(grid.crosshair.importance)}, performance ${grid.crosshair.performance.toFixed(2)}`);
for (const a of grid.attributes) line(`  ${a.name.padEnd(8)} ${a.quadrant}`);

// ---------------------------------------------------------------------------------------------------
// Self-check: the library still tells the truth.
// (a) NPS by its definition and Rocks (2016): V = p_P + p_D − (p_P − p_D)², SE = 100 √(V/n).
const count = (xs: number[], lo: number, hi: number) => xs.filter((x) => x >= lo && x <= hi).length;
const pP = count(spring, 9, 10) / 400;
const pD = count(spring, 0, 6) / 400;
assert.equal(s1.counts.promoters + s1.counts.passives + s1.counts.detractors, 400);
assert.ok(Math.abs(s1.score - 100 * (pP - pD)) < 1e-12);
assert.ok(Math.abs(s1.standardError - 100 * Math.sqrt((pP + pD - (pP - pD) ** 2) / 400)) < 1e-12);
assert.ok(Math.abs(s1.wald.upper - s1.score - 1.959963984540054 * s1.standardError) < 1e-9);
// Adjusted Wald: add 0.75 promoter, 1.5 passive, 0.75 detractor.
const aP = (400 * pP + 0.75) / 403;
const aD = (400 * pD + 0.75) / 403;
const aSE = 100 * Math.sqrt((aP + aD - (aP - aD) ** 2) / 403);
assert.ok(Math.abs(s1.adjustedWald.lower - (100 * (aP - aD) - 1.959963984540054 * aSE)) < 1e-9);
// (b) Two waves: SE of the difference of independent scores; a paired test is sharper here.
assert.ok(Math.abs(waves.standardError - Math.hypot(nps(autumn).standardError, s1.standardError)) < 1e-12);
assert.ok(Math.abs(waves.pValue - 2 * (1 - normalCdfApprox(Math.abs(waves.z!)))) < 1e-6);
assert.equal(panel.difference, 37.5); // after: 5 promoters, 2 detractors of 8 (37.5); before: 3 and 3 (0)
assert.ok(panel.standardError < panelAsIndependent.standardError);
// (c) Weights: raking hits the margins; the weighted NPS is the channel scores mixed 40:60.
const [online, store] = byChannel.groups.map((g) => g.result.score) as [number, number];
assert.ok(raked.converged && raked.marginsMet);
assert.ok(Math.abs(weighted.score - (0.4 * online + 0.6 * store)) < 1e-9);
const sumW = raked.weights.reduce((s, w) => s + w, 0);
const sumW2 = raked.weights.reduce((s, w) => s + w * w, 0);
assert.ok(Math.abs(weighted.effectiveSampleSize - (sumW * sumW) / sumW2) < 1e-9); // Kish
// (d) CSAT/CES: groups partition the answers; Wilson's interval by its formula for the chat group.
assert.equal(csatBy.groups.reduce((s, g) => s + g.result.n, 0), contacts.length);
const chat = csatBy.groups.find((g) => g.key === 'chat')!.result;
const z = 1.959963984540054;
const p = 5 / 6;
const centre = (p + (z * z) / 12) / (1 + (z * z) / 6);
const half = (z * Math.sqrt((p * (1 - p)) / 6 + (z * z) / 144)) / (1 + (z * z) / 6);
assert.ok(Math.abs(chat.topBoxShare - p) < 1e-15);
assert.ok(Math.abs(chat.wilson.lower - (centre - half)) < 1e-12 && Math.abs(chat.wilson.upper - (centre + half)) < 1e-12);
assert.equal(cesBy.groups.find((g) => g.key === 'phone')!.result.difficultShare, 3 / 6);
// (e) SERVQUAL: each dimension gap is mean perception − mean expectation; SERVQUAL is their mean.
sq.dimensions.forEach((d, j) => {
  const gap = mean(perceptions.map((r) => r[j]!)) - mean(expectations.map((r) => r[j]!));
  assert.ok(Math.abs(d.gap.mean - gap) < 1e-12);
});
assert.ok(Math.abs(sq.unweighted.mean - mean(sq.dimensions.map((d) => d.gap.mean))) < 1e-12);
assert.equal(sq.dimensions.reduce((w, d) => (d.gap.mean < w.gap.mean ? d : w)).name, 'responsiveness'); // the largest shortfall
// (f) Kano: the evaluation table and Berger et al. (1993) better = (A+O)/(A+O+M+I), worse = −(O+M)/(A+O+M+I).
assert.deepEqual(features.map((f) => f.category), ['M', 'O', 'A']);
for (const f of features) {
  const { A, O, M, I } = f.counts;
  assert.ok(Math.abs(f.better! - (A + O) / (A + O + M + I)) < 1e-12);
  assert.ok(Math.abs(f.worse! + (O + M) / (A + O + M + I)) < 1e-12);
}
// (g) Key drivers: Shapley values and relative weights each add up to R²; the true ranking is recovered.
assert.ok(Math.abs(kd.drivers.reduce((s, d) => s + d.shapley!, 0) - kd.rSquared) < 1e-10);
assert.ok(Math.abs(kd.drivers.reduce((s, d) => s + d.relativeWeight, 0) - kd.rSquared) < 1e-10);
const ranking = [...kd.drivers].sort((a, b) => b.shapley! - a.shapley!).map((d) => d.name);
assert.deepEqual(ranking, ['staff', 'speed', 'price', 'decor']);
// IPA: a quadrant is decided by the attribute's position against the cross-hairs.
for (const a of grid.attributes) {
  const high = a.importance >= grid.crosshair.importance;
  const good = a.performance >= grid.crosshair.performance;
  const expected = high ? (good ? 'keep-up-the-good-work' : 'concentrate-here') : good ? 'possible-overkill' : 'low-priority';
  assert.equal(a.quadrant, expected);
}
line('\nself-check passed');

/** Standard normal CDF by the Abramowitz-Stegun 7.1.26 erf approximation (|error| < 1.5e-7), for the check. */
function normalCdfApprox(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}
