// One valid call for every public function of the package (issue 12, "The suite"): publicApi.test.ts
// enumerates the exports of every subpath and fails for an export without an entry here, then probes each
// entry's arguments with bad values. `args` builds fresh arguments on each call (inputs are frozen and
// compared for mutation by the test).
import { loadMobi } from '../../src/datasets/loadMobi';
import { ecsiModel } from '../../src/satisfaction/pls/ecsiModel';
import { plsPathModel } from '../../src/satisfaction/pls/plsPathModel';
import { importancePerformanceMap } from '../../src/satisfaction/pls/importancePerformanceMap';
import { createRandom } from '../../src/core/random/createRandom';
import { bgNbd } from '../../src/clv/bgNbd/index';
import { bgBb } from '../../src/clv/bgBb/index';
import { shiftedBetaGeometric } from '../../src/clv/shiftedBetaGeometric/index';
import { fitModel } from '../../src/clv/fitModel';
import { serializeFit } from '../../src/clv/serializeFit';
import { scoreCustomers } from '../../src/clv/scoreCustomers';
import { expectationMatrix } from '../../src/clv/expectationMatrix';
import { probabilityAliveHistory } from '../../src/clv/probabilityAliveHistory';
import { holdoutAccuracy } from '../../src/clv/evaluation/holdoutAccuracy';
import { trackingCurve } from '../../src/clv/evaluation/trackingCurve';
import { cohortRetention } from '../../src/loyalty/cohortRetention';
import { kaplanMeier } from '../../src/loyalty/kaplanMeier';
import { vanWestendorp } from '../../src/loyalty/vanWestendorp';
import { gaborGranger } from '../../src/loyalty/gaborGranger';
import { nps } from '../../src/satisfaction/nps';
import { kano } from '../../src/satisfaction/kano';
import { importancePerformance } from '../../src/satisfaction/importancePerformance';
import { customerPyramid } from '../../src/segmentation/customerPyramid';
import { rfmScores } from '../../src/segmentation/rfmScores';
import { rfmSegments } from '../../src/segmentation/rfmSegments';
import { RFM_FM_GRID_SEGMENTS } from '../../src/segmentation/index';
import { whaleCurve } from '../../src/segmentation/whaleCurve';
import { compressRfm } from '../../src/clv/internal/compressRfm';
import { simulateBgNbd } from '../../src/testing/simulateBgNbd';
import { simulateBgBb } from '../../src/testing/simulateBgBb';
import { paretoNbd } from '../../src/clv/paretoNbd/index';
import { fitCovariateModel } from '../../src/clv/covariates/fitCovariateModel';
import { fitTimeVaryingCovariateModel } from '../../src/clv/timeVaryingCovariates/fitTimeVaryingCovariateModel';
import { simulateTimeVaryingCovariateCustomers } from '../../src/testing/simulateTimeVaryingCovariateCustomers';
import { simulateMbgCnbdK } from '../../src/testing/simulateMbgCnbdK';
import { summaryState } from '../../src/time/summaryState';
import { mergeSummaryStates } from '../../src/time/mergeSummaryStates';
import { summarizeTransactions } from '../../src/time/summarizeTransactions';
import { summarizeTimingRegularity } from '../../src/time/summarizeTimingRegularity';
import { compressSbg } from '../../src/clv/shiftedBetaGeometric/compressSbg';
import { compressBgBb } from '../../src/clv/bgBb/compressBgBb';
import { compressGammaGamma } from '../../src/clv/gammaGamma/compressGammaGamma';

/** How much of the promise a function makes. */
export type ApiKind =
  /** Typed errors for bad input, no NaN or Infinity out, inputs untouched. */
  | 'area'
  /** A core kernel or a likelihood member for `fitModel`: documented NaN for impossible input, never an untyped throw. */
  | 'kernel'
  /** An error class or the error guard: any argument is accepted. */
  | 'error'
  /** Returns a Promise (the DuckDB functions): probed by the DuckDB tests, not here. */
  | 'async';

export interface ApiCase {
  readonly kind?: ApiKind;
  /** Fresh arguments of one valid call. */
  readonly args: () => unknown[];
  /** Argument positions that are not probed (callbacks, a model's own compressed data). */
  readonly fixed?: readonly number[];
  /** Argument positions the function writes by design (the gradient buffer of `logLikelihoodAndGradient`). */
  readonly outputs?: readonly number[];
  /** Functions whose errors this one passes on unchanged by design (those called by the user's own callback). */
  readonly passesOn?: readonly string[];
}

const tx = () => [
  { customerId: 'a', date: '2024-01-05', amount: 10 },
  { customerId: 'a', date: '2024-02-20', amount: 20 },
  { customerId: 'b', date: '2024-01-20', amount: 15 },
  { customerId: 'b', date: '2024-03-02', amount: 12 },
  { customerId: 'c', date: '2024-02-14', amount: 30 },
];
const bg = () => ({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 });
const pnbd = () => ({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 });
const bb = () => ({ alpha: 1.2, beta: 0.75, gamma: 0.66, delta: 2.78 });
const sbg = () => ({ alpha: 0.7, beta: 1.2 });
const bdw = () => ({ alpha: 0.7, beta: 1.2, c: 1.3 });
let simulatedFit: unknown;
/** A BG/NBD fit of 300 simulated customers, made once (fits are read, never changed, by the functions probed). */
const fitted = () => (simulatedFit ??= fitModel(bgNbd, simulateBgNbd(bg(), { customers: 300, seed: 1, T: 39 }), { timeUnit: 'week' }));
let bgBbFitted: unknown;
const bgBbFit = () => (bgBbFitted ??= fitModel(bgBb, simulateBgBb(bb(), { customers: 300, opportunities: 6, seed: 1 })));
let sbgFitted: unknown;
const sbgFit = () => (sbgFitted ??= fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]));
const idCustomers = () => simulateBgNbd(bg(), { customers: 5, seed: 2, T: 39 }).map((c, i) => ({ customerId: `c${i}`, ...c }));
const gg = () => ({ p: 6.25, q: 3.74, gamma: 15.44 });
const ggom = () => ({ r: 0.55, alpha: 10.6, b: 0.05, s: 0.6, beta: 0.5 });
const covariateCustomers = () =>
  ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((customerId, i) => ({ customerId, frequency: i % 4, recency: i % 4 === 0 ? 0 : 10 + i, T: 38.9 }));
const covariateRows = () => ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((customerId, i) => ({ customerId, channel: i % 2 === 0 ? 'web' : 'store' }));
let covariateFitted: unknown;
const covariateFit = () => (covariateFitted ??= fitCovariateModel(paretoNbd, covariateCustomers(), { purchase: { data: covariateRows(), columns: ['channel'] }, timeUnit: 'week' }));
/** 30 customers over 12 weeks with a weekly promotion (rows run 4 weeks past the calibration end). */
const tvSimulated = () =>
  simulateTimeVaryingCovariateCustomers({
    customers: 30, periods: { start: '2024-01-01' }, end: '2024-04-21', birthPeriods: 4, params: pnbd(), coefficients: { purchase: { promo: 0.5 } },
    covariates: (_id, k) => ({ promo: k % 3 === 0 ? 1 : 0 }), seed: 1,
  });
const tvOptions = () => ({ calibrationEnd: '2024-03-24', periods: { start: '2024-01-01', days: 7 }, purchase: { data: tvSimulated().covariates, columns: ['promo'] } });
let tvFitted: unknown;
const tvFit = () => (tvFitted ??= fitTimeVaryingCovariateModel(tvSimulated().transactions, tvOptions()));
const rfm = () => ({ frequency: 2, recency: 30.43, T: 38.86 });
const rfmList = () => [rfm(), { frequency: 0, recency: 0, T: 38.86 }, { frequency: 5, recency: 36, T: 37 }];
const discrete = () => ({ frequency: 3, recency: 5, n: 6 });
const spendList = () => [{ frequency: 2, monetaryValue: 35 }, { frequency: 5, monetaryValue: 20 }, { frequency: 1, monetaryValue: 60 }];
const bgFit = () => ({ model: 'bgNbd', params: bg(), timeUnit: 'week' });
const scored = () => [
  { customerId: 'b', frequency: 0, recency: 0, T: 38.86 },
  { customerId: 'a', frequency: 2, recency: 30.43, T: 38.86, frequencyHoldout: 1 },
];
const values = () => [
  { customerId: 'a', value: 500 }, { customerId: 'b', value: 300 }, { customerId: 'c', value: 120 },
  { customerId: 'd', value: 50 }, { customerId: 'e', value: 50 }, { customerId: 'f', value: -20 },
];
const profits = () => [40, 25, 15, 10, 5, 5, 0, -5, -10, -15].map((profit, i) => ({ customerId: i + 1, profit }));
const rfmRows = () => [
  { customerId: 'a', recencyDays: 3, frequency: 9, monetary: 410 },
  { customerId: 'b', recencyDays: 40, frequency: 2, monetary: 60 },
  { customerId: 'c', recencyDays: 200, frequency: 1, monetary: 20 },
];
const tracked = () => [{ birth: 0, repeatTimes: [0.5, 1.5] }, { birth: 1, repeatTimes: [] }];
const twoBlocks = () => ({
  blocks: [{ name: 'X', indicators: ['x1', 'x2'] }, { name: 'Y', indicators: ['y1', 'y2'] }],
  paths: [{ from: 'X', to: 'Y' }],
});
const smallPls = () => ({ x1: [1, 2, 3, 4, 5, 6], x2: [2, 1, 4, 3, 6, 5], y1: [1, 3, 2, 5, 4, 6], y2: [2, 2, 3, 5, 5, 6] });
let mobiFitted: unknown;
/** The ECSI model fitted on mobi, made once (the functions probed read it and never change it). */
const mobiFit = () => (mobiFitted ??= plsPathModel(loadMobi(), ecsiModel(), { scheme: 'centroid', scaled: false })) as ReturnType<typeof plsPathModel>;
const km = () => kaplanMeier([{ time: 3, event: true }, { time: 5, event: false }, { time: 5, event: true }, { time: 8, event: true }]);
const psm = () => [
  { respondentId: 'a', tooCheap: 2, cheap: 4, expensive: 6, tooExpensive: 8 },
  { respondentId: 'b', tooCheap: 3, cheap: 5, expensive: 7, tooExpensive: 9 },
];
const kanoAnswers = () => [{ name: 'wifi', functional: ['like', 'like', 'neutral'], dysfunctional: ['dislike', 'neutral', 'dislike'] }];
const ipaRows = () => [{ name: 'price', importance: 6.1, performance: 4.2 }, { name: 'staff', importance: 5.2, performance: 6.0 }];
const square = (x: Float64Array) => (x[0]! - 1) ** 2 + (x[1]! + 2) ** 2;
const correlations = () => [[1, 0.6, 0.3, 0.3], [0.6, 1, 0.3, 0.3], [0.3, 0.3, 1, 0.5], [0.3, 0.3, 0.5, 1]];
const scoreOptions = () => ({ horizon: { value: 39, unit: 'week' } });
const rfmCompressed = () => compressRfm(rfmList(), 'test');
const sbgCompressed = () => compressSbg([1000, 631, 468, 382, 326], 'test');
const bbCompressed = () => compressBgBb([discrete(), { frequency: 0, recency: 0, n: 6 }], 'test');
const ggCompressed = () => compressGammaGamma(spendList(), 'test');

/**
 * The likelihood members are `fitModel`'s protocol (`FittableModel`): it calls them only with parameters it
 * has checked and the model's own compressed data (from `compress`, which validates), so they are called
 * once as documented and not probed; `fitModel` and `compress` are probed instead.
 */
const COMPRESSED = [0, 1, 2];

/** The continuous-time purchase models share their member signatures. */
function continuousMembers(name: 'bgNbd' | 'mbgNbd' | 'paretoNbd', params: () => Record<string, number>): Record<string, ApiCase> {
  const members: Record<string, ApiCase> = {
    [`${name}.compress`]: { args: () => [rfmList(), 'test'] },
    [`${name}.logLikelihood`]: { kind: 'kernel', fixed: COMPRESSED, args: () => [params(), rfmCompressed()] },
    [`${name}.logLikelihoodGradient`]: { kind: 'kernel', fixed: COMPRESSED, args: () => [params(), rfmCompressed()] },
    [`${name}.logLikelihoodAndGradient`]: { kind: 'kernel', fixed: COMPRESSED, outputs: [2], args: () => [params(), rfmCompressed(), new Float64Array(4)] },
    [`${name}.startingPoints`]: { kind: 'kernel', fixed: [0], args: () => [rfmCompressed()] },
    [`${name}.validateParams`]: { args: () => [params(), 'test'] },
    [`${name}.logLikelihoodOf`]: { args: () => [params(), rfmList()] },
    [`${name}.expectedPurchases`]: { args: () => [params(), 39] },
    [`${name}.conditionalExpectedPurchases`]: { args: () => [params(), rfmList(), 39] },
    [`${name}.probabilityAlive`]: { args: () => [params(), rfmList()] },
    [`${name}.probabilityOfPurchases`]: { args: () => [params(), 2, 39] },
    [`${name}.probabilityNoPurchase`]: { args: () => [params(), rfmList(), 10] },
  };
  if (name === 'paretoNbd') {
    members[`${name}.discountedExpectedResidualTransactions`] = { args: () => [params(), rfmList(), 0.01] };
  } else {
    members[`${name}.conditionalExpectedPurchasesCurve`] = { args: () => [params(), rfmList(), [13, 26, 39]] };
    members[`${name}.weightedExpectedPurchases`] = { args: () => [params(), rfmList(), [13, 26, 39], [1, 0.5, 0.25]] };
  }
  return members;
}

export const CASES: Readonly<Record<string, ApiCase>> = {
  // ------------------------------------------------------------------ errors
  AbortedError: { kind: 'error', args: () => ['fitModel', 'stopped'] },
  AllRowsRejectedError: { kind: 'error', args: () => ['f', 'rows', 1, [{ index: 0, field: 'x', reason: 'bad', value: 1 }]] },
  ClienteleError: { kind: 'error', args: () => ['INVALID_ARGUMENT', 'f', 'message'] },
  EmptyInputError: { kind: 'error', args: () => ['nps', 'scores'] },
  InvalidArgumentError: { kind: 'error', args: () => ['nps', 'scores[3]', 'must be an integer 0-10', 11] },
  NotConvergedError: { kind: 'error', args: () => ['fitModel', 'stopped'] },
  UndefinedResultError: { kind: 'error', args: () => ['f', 'why'] },
  UnitMismatchError: { kind: 'error', args: () => ['f', 'horizon', 'must be in weeks', 'month'] },
  isClienteleError: { kind: 'error', args: () => [new Error('x')] },

  // ------------------------------------------------------------------ core kernels
  chiSquareCdf: { kind: 'kernel', args: () => [3.84, 1] },
  choleskyDecomposition: { kind: 'kernel', args: () => [[[4, 2], [2, 3]]] },
  correlation: { kind: 'kernel', args: () => [[1, 2, 3, 4], [1, 3, 2, 4]] },
  createRandom: { kind: 'kernel', args: () => [42] },
  digamma: { kind: 'kernel', args: () => [1] },
  expit: { kind: 'kernel', args: () => [0] },
  gaussLegendre: { kind: 'kernel', args: () => [4] },
  hyp2f1: { kind: 'kernel', args: () => [1, 1, 2, 0.5] },
  integrate: { kind: 'kernel', args: () => [Math.sin, 0, Math.PI], fixed: [0] },
  invertMatrix: { kind: 'kernel', args: () => [[[4, 7], [2, 6]]] },
  log1mExp: { kind: 'kernel', args: () => [-1] },
  log1pExp: { kind: 'kernel', args: () => [0] },
  logAddExp: { kind: 'kernel', args: () => [1, 2] },
  logBeta: { kind: 'kernel', args: () => [2, 3] },
  logGamma: { kind: 'kernel', args: () => [0.5] },
  logGammaRatio: { kind: 'kernel', args: () => [3, 2] },
  logSubExp: { kind: 'kernel', args: () => [2, 1] },
  logSumExp: { kind: 'kernel', args: () => [[1, 2, 3]] },
  logUpperIncompleteGamma: { kind: 'kernel', args: () => [1, 3] },
  logit: { kind: 'kernel', args: () => [0.75] },
  mean: { kind: 'kernel', args: () => [[1, 2, 3]] },
  median: { kind: 'kernel', args: () => [[3, 1, 2]] },
  minimizeBfgs: { kind: 'kernel', args: () => [square, [0, 0]], fixed: [0] },
  minimizeNelderMead: { kind: 'kernel', args: () => [square, [0, 0]], fixed: [0] },
  multiplyMatrices: { kind: 'kernel', args: () => [[[1, 2], [3, 4]], [[5, 6], [7, 8]]] },
  neumaierSum: { kind: 'kernel', args: () => [[0.1, 0.2, 0.3]] },
  normalCdf: { kind: 'kernel', args: () => [1.96] },
  normalQuantile: { kind: 'kernel', args: () => [0.975] },
  numericalGradient: { kind: 'kernel', args: () => [square, [1, 2]], fixed: [0] },
  numericalHessian: { kind: 'kernel', args: () => [square, [1, 2]], fixed: [0] },
  quantile: { kind: 'kernel', args: () => [[1, 2, 3, 4], 0.25] },
  regularizedGammaP: { kind: 'kernel', args: () => [1, 2] },
  regularizedGammaQ: { kind: 'kernel', args: () => [1, 2] },
  regularizedIncompleteBeta: { kind: 'kernel', args: () => [0.5, 2, 3] },
  sampleBeta: { kind: 'kernel', args: () => [createRandom(1), 2, 3] },
  sampleBinomial: { kind: 'kernel', args: () => [createRandom(1), 10, 0.3] },
  sampleCategorical: { kind: 'kernel', args: () => [createRandom(1), [0.5, 0.3, 0.2]] },
  sampleExponential: { kind: 'kernel', args: () => [createRandom(1), 2] },
  sampleGamma: { kind: 'kernel', args: () => [createRandom(1), 2, 1] },
  sampleGeometric: { kind: 'kernel', args: () => [createRandom(1), 0.2] },
  sampleNormal: { kind: 'kernel', args: () => [createRandom(1), 0, 1] },
  samplePoisson: { kind: 'kernel', args: () => [createRandom(1), 3] },
  sampleUniform: { kind: 'kernel', args: () => [createRandom(1), 10, 20] },
  shuffle: { kind: 'kernel', args: () => [createRandom(1), [1, 2, 3]] },
  solveLinearSystem: { kind: 'kernel', args: () => [[[2, 1], [1, 3]], [3, 5]] },
  studentTCdf: { kind: 'kernel', args: () => [2, 10] },
  studentTQuantile: { kind: 'kernel', args: () => [0.975, 10] },
  transposeMatrix: { kind: 'kernel', args: () => [[[1, 2, 3], [4, 5, 6]]] },
  trigamma: { kind: 'kernel', args: () => [1] },
  variance: { kind: 'kernel', args: () => [[2, 4, 4, 5]] },
  weightedMean: { kind: 'kernel', args: () => [[1, 2, 3], [3, 1, 0]] },
  weightedVariance: { kind: 'kernel', args: () => [[1, 2, 3], [2, 1, 1]] },

  // ------------------------------------------------------------------ money, time, schemas, datasets
  allocateMoney: { args: () => [100, [1, 1, 1]] },
  currencyMinorDigits: { args: () => ['USD'] },
  fromMinorUnits: { args: () => [1234] },
  roundMoney: { args: () => [2.345] },
  sumMoney: { args: () => [[0.1, 0.2]] },
  toMinorUnits: { args: () => [12.34] },
  fromEpochDay: { args: () => [9862] },
  toEpochDay: { args: () => ['1997-01-01'] },
  indexTransactions: { args: () => [tx()] },
  summarizeTransactions: { args: () => [tx(), { observationEnd: '2024-03-31', unit: 'week' }] },
  summarizeTransactionColumns: {
    args: () => [
      { customer: Int32Array.from([0, 0, 1]), epochDay: Int32Array.from([9862, 9876, 9870]), amountMinor: Int32Array.from([1000, 2000, 999]), customerIds: ['a', 'b'] },
      { observationEnd: '1997-01-29', unit: 'week' },
    ],
  },
  summarizeTransactionsSql: { args: () => [{ dialect: 'postgres', table: 'sales', observationEnd: '1998-06-30', unit: 'week' }] },
  parseCustomers: { args: () => [[{ customerId: 'C-1', kind: 'individual' }]] },
  parseIncidents: { args: () => [[{ customerId: 8, date: '2024-03-01', kind: 'quality', severity: 'high' }]] },
  parseInteractions: { args: () => [[{ customerId: 5, date: '2024-02-01', kind: 'call', cost: '3.50' }]] },
  parseSurveyResponses: { args: () => [[{ respondentId: 1, q1: '9', q2: 'good' }], { items: ['q1', 'q2'] }] },
  parseTransactions: { args: () => [[{ customerId: 17, date: '20240131', amount: '19.90' }]] },
  loadCdnowSample: { args: () => [] },
  loadCdnowSampleColumns: { args: () => [] },
  loadMobi: { args: () => [] },
  loadPriceSurvey: { args: () => [] },
  summarizeInDuckDB: { kind: 'async', args: () => [] },
  histogramInDuckDB: { kind: 'async', args: () => [] },

  // ------------------------------------------------------------------ testing
  simulateBgBb: { args: () => [bb(), { customers: 3, opportunities: 6, seed: 1 }] },
  simulateBgNbd: { args: () => [bg(), { customers: 3, seed: 1, T: 39, birthWindow: 12 }] },
  simulateMbgNbd: { args: () => [bg(), { customers: 3, seed: 1, T: 39, birthWindow: 12 }] },
  simulateParetoNbd: { args: () => [pnbd(), { customers: 3, seed: 1, T: 39 }] },
  simulateGammaGamma: { args: () => [gg(), [0, 3], { seed: 1 }] },
  simulateBetaDiscreteWeibull: { args: () => [bdw(), { cohortSize: 100, periods: 4, seed: 7 }] },
  simulateShiftedBetaGeometric: { args: () => [sbg(), { cohortSize: 100, periods: 4, seed: 7 }] },
  simulateCustomerRecords: {
    args: () => [{ customers: 5, seed: 7, startDate: '2024-01-01', acquisitionDays: 30, endDate: '2024-03-31', purchaseRate: { shape: 4, rate: 120 } }],
  },
  simulatePriceSurvey: { args: () => [{ respondents: 3, seed: 7, referencePrice: 40 }] },
  simulateSurvey: {
    args: () => [
      {
        blocks: [
          { name: 'Quality', indicators: ['q1', 'q2'], loadings: [0.8, 0.8] },
          { name: 'Satisfaction', indicators: ['s1', 's2'], loadings: [0.9, 0.8] },
        ],
        paths: [{ from: 'Quality', to: 'Satisfaction', coefficient: 0.6 }],
      },
      { respondents: 3, seed: 7 },
    ],
  },
  simulateTransactionLog: {
    args: () => [
      { customers: 5, seed: 1, startDate: '1997-01-01', acquisitionDays: 84, endDate: '1997-06-30', purchases: { model: 'bgNbd', params: bg() }, timeUnit: 'week' },
    ],
  },

  // ------------------------------------------------------------------ clv
  ...continuousMembers('bgNbd', bg),
  ...continuousMembers('mbgNbd', bg),
  ...continuousMembers('paretoNbd', pnbd),
  'bgBb.compress': { args: () => [[discrete()], 'test'] },
  'bgBb.logLikelihood': { kind: 'kernel', fixed: COMPRESSED, args: () => [bb(), bbCompressed()] },
  'bgBb.startingPoints': { kind: 'kernel', fixed: [0], args: () => [bbCompressed()] },
  'bgBb.validateParams': { args: () => [bb(), 'test'] },
  'bgBb.logLikelihoodOf': { args: () => [bb(), [discrete()]] },
  'bgBb.probabilityAlive': { args: () => [bb(), [discrete()]] },
  'bgBb.expectedPurchases': { args: () => [bb(), 5] },
  'bgBb.probabilityOfPurchases': { args: () => [bb(), 2, 6] },
  'bgBb.conditionalExpectedPurchases': { args: () => [bb(), discrete(), 5] },
  'bgBb.discountedExpectedResidualPurchases': { args: () => [bb(), discrete(), 0.1] },
  'shiftedBetaGeometric.compress': { args: () => [[1000, 631, 468], 'test'] },
  'shiftedBetaGeometric.logLikelihood': { kind: 'kernel', fixed: COMPRESSED, args: () => [sbg(), sbgCompressed()] },
  'shiftedBetaGeometric.startingPoints': { kind: 'kernel', fixed: [0], args: () => [sbgCompressed()] },
  'shiftedBetaGeometric.validateParams': { args: () => [sbg(), 'test'] },
  'shiftedBetaGeometric.churnProbability': { args: () => [sbg(), 3] },
  'shiftedBetaGeometric.survival': { args: () => [sbg(), 3] },
  'shiftedBetaGeometric.retentionRate': { args: () => [sbg(), 3] },
  'shiftedBetaGeometric.survivalCurve': { args: () => [sbg(), 5] },
  'shiftedBetaGeometric.expectedLifetime': { args: () => [sbg()] },
  'shiftedBetaGeometric.discountedExpectedLifetime': { args: () => [sbg(), 0.1] },
  'shiftedBetaGeometric.discountedExpectedResidualLifetime': { args: () => [sbg(), 2, 0.1] },
  'betaDiscreteWeibull.compress': { args: () => [[1000, 631, 468], 'test'] },
  'betaDiscreteWeibull.logLikelihood': { kind: 'kernel', fixed: COMPRESSED, args: () => [bdw(), sbgCompressed()] },
  'betaDiscreteWeibull.startingPoints': { kind: 'kernel', fixed: [0], args: () => [sbgCompressed()] },
  'betaDiscreteWeibull.validateParams': { args: () => [bdw(), 'test'] },
  'betaDiscreteWeibull.churnProbability': { args: () => [bdw(), 3] },
  'betaDiscreteWeibull.survival': { args: () => [bdw(), 3] },
  'betaDiscreteWeibull.retentionRate': { args: () => [bdw(), 3] },
  'betaDiscreteWeibull.survivalCurve': { args: () => [bdw(), 5] },
  'betaDiscreteWeibull.expectedLifetime': { args: () => [bdw()] },
  'betaDiscreteWeibull.discountedExpectedLifetime': { args: () => [bdw(), 0.1] },
  'betaDiscreteWeibull.discountedExpectedResidualLifetime': { args: () => [bdw(), 2, 0.1] },
  'gammaGamma.compress': { args: () => [spendList(), 'test'] },
  'gammaGamma.logLikelihood': { kind: 'kernel', fixed: COMPRESSED, args: () => [gg(), ggCompressed()] },
  'gammaGamma.logLikelihoodGradient': { kind: 'kernel', fixed: COMPRESSED, args: () => [gg(), ggCompressed()] },
  'gammaGamma.logLikelihoodAndGradient': { kind: 'kernel', fixed: COMPRESSED, outputs: [2], args: () => [gg(), ggCompressed(), new Float64Array(3)] },
  'gammaGamma.startingPoints': { kind: 'kernel', fixed: [0], args: () => [ggCompressed()] },
  'gammaGamma.validateParams': { args: () => [gg(), 'test'] },
  'gammaGamma.logLikelihoodOf': { args: () => [gg(), spendList()] },
  'gammaGamma.conditionalExpectedSpend': { args: () => [gg(), spendList()] },
  'gammaGamma.meanSpend': { args: () => [gg()] },
  'gammaGamma.frequencySpendCorrelation': { args: () => [spendList()] },
  fitModel: { args: () => [shiftedBetaGeometric, [1000, 631, 468, 382, 326]] },
  serializeFit: { args: () => [fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326])] },
  parseFit: { args: () => [serializeFit(fitModel(shiftedBetaGeometric, [1000, 631, 468, 382, 326]))] },
  customerLifetimeValue: {
    args: () => [
      [{ frequency: 2, recency: 30.43, T: 38.86, monetaryValue: 40 }],
      {
        purchaseModel: bgNbd, purchaseParams: bg(), timeUnit: 'week', spend: { params: gg() }, margin: 0.3,
        discountRate: { rate: 0.1, per: 'year' }, horizon: { value: 52, unit: 'week' }, step: { value: 4, unit: 'week' }, daysPerYear: 365.25,
      },
    ],
  },
  retentionLifetimeValue: { args: () => [{ margin: 100, retentionRate: 0.8, discountRate: 0.1 }] },
  prospectValue: { args: () => [366.67, 150] },
  paybackPeriod: { args: () => [{ margin: 100, retentionRate: 0.8, discountRate: 0.1, acquisitionCost: 150 }] },
  customerValue: { args: () => [[{ customerId: 'a', pastMargins: [0.1, 0.2], potentialValue: 10 }]] },
  holdoutAccuracy: { args: () => [[0.5, 1.5, 3], [0, 2, 3], { frequencies: [0, 1, 7] }] },
  repeatCountComparison: {
    args: () => [[{ frequency: 0, n: 6, weight: 3 }, { frequency: 6, n: 6, weight: 1 }], (n: number, x: number) => bgBb.probabilityOfPurchases(bb(), x, n), { maxCount: 6 }],
    fixed: [1],
    passesOn: ['bgBb.probabilityOfPurchases'],
  },
  trackingCurve: { args: () => [tracked(), (t: number) => 0.5 * t, { periods: 2 }], fixed: [1] },
  scoreCustomers: { args: () => [bgFit(), scored(), scoreOptions()] },
  scoreCustomersInParallel: { kind: 'async', args: () => [bgFit(), scored(), scoreOptions()] },
  createScorePool: { kind: 'async', args: () => [{ workers: 1 }] },
  drawParameters: { args: () => [fitted(), { draws: 20, seed: 7 }] },
  predictionIntervals: { args: () => [fitted(), idCustomers(), { horizon: { value: 52, unit: 'week' }, draws: 20, seed: 7 }] },
  bgBbPredictionIntervals: {
    args: () => [bgBbFit(), [{ customerId: 'a', ...discrete() }, { customerId: 'b', frequency: 0, recency: 0, n: 6 }], { horizon: 3, value: { discountRate: 0.1, marginPerPurchase: 10 }, draws: 20, seed: 7 }],
  },
  intervalsFromDraws: {
    args: () => [sbgFit(), (p: { alpha: number; beta: number }) => shiftedBetaGeometric.survival(p, [1, 2]), { draws: 20, seed: 7 }],
    fixed: [1],
    passesOn: ['shiftedBetaGeometric.survival'],
  },
  expectationMatrix: { args: () => [bgFit(), { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } }] },
  probabilityAliveHistory: { args: () => [bgFit(), [{ date: '1997-01-01' }, { date: '1997-01-15' }], { end: '1997-03-12', step: { value: 1, unit: 'week' } }] },

  // ------------------------------------------------------------------ clv: Gamma-Gompertz/NBD, MBG/CNBD-k, covariates
  'ggomNbd.compress': { args: () => [rfmList(), 'test'] },
  'ggomNbd.logLikelihood': { kind: 'kernel', fixed: COMPRESSED, args: () => [ggom(), rfmCompressed()] },
  'ggomNbd.logLikelihoodGradient': { kind: 'kernel', fixed: COMPRESSED, args: () => [ggom(), rfmCompressed()] },
  'ggomNbd.logLikelihoodAndGradient': { kind: 'kernel', fixed: COMPRESSED, outputs: [2], args: () => [ggom(), rfmCompressed(), new Float64Array(5)] },
  'ggomNbd.startingPoints': { kind: 'kernel', fixed: [0], args: () => [rfmCompressed()] },
  'ggomNbd.validateParams': { args: () => [ggom(), 'test'] },
  'ggomNbd.logLikelihoodOf': { args: () => [ggom(), rfmList()] },
  'ggomNbd.expectedPurchases': { args: () => [ggom(), 39] },
  'ggomNbd.conditionalExpectedPurchases': { args: () => [ggom(), rfmList(), 39] },
  'ggomNbd.probabilityAlive': { args: () => [ggom(), rfmList()] },
  'ggomNbd.discountedExpectedResidualTransactions': { args: () => [ggom(), rfmList(), 0.01] },
  simulateGgomNbd: { args: () => [ggom(), { customers: 3, seed: 1, T: 39 }] },
  mbgCnbdK: { args: () => [2] },
  simulateMbgCnbdK: { args: () => [2, bg(), { customers: 3, seed: 1, T: 52, birthWindow: 26 }] },
  fitMbgCnbdK: { args: () => [simulateMbgCnbdK(2, { r: 0.85, alpha: 1.45, a: 0.79, b: 2.42 }, { customers: 60, seed: 1, T: 52, birthWindow: 26 }), { kMax: 2 }] },
  summarizeTimingRegularity: { args: () => [tx(), { unit: 'week' }] },
  withTimingRegularity: { args: () => [summarizeTransactions(tx(), { unit: 'week' }), summarizeTimingRegularity(tx(), { unit: 'week' })] },
  fitCovariateModel: { args: () => [paretoNbd, covariateCustomers(), { purchase: { data: covariateRows(), columns: ['channel'] } }] },
  covariateCustomerParams: { args: () => [covariateFit(), ['a', 'b'], { purchase: covariateRows() }] },
  scoreCovariateCustomers: { args: () => [covariateFit(), covariateCustomers().slice(0, 2), { purchase: covariateRows() }, { horizon: { value: 52, unit: 'week' } }] },
  simulateCovariateCustomers: {
    args: () => [
      'paretoNbd', pnbd(), { purchase: { web: 0.5 } }, [{ customerId: 1, web: 1 }, { customerId: 2, web: 0 }], { seed: 1, T: 39 },
    ],
  },
  fitTimeVaryingCovariateModel: { args: () => [tvSimulated().transactions, tvOptions()] },
  scoreTimeVaryingCovariateCustomers: { args: () => [tvFit(), tvSimulated().transactions, { horizon: 4, covariates: { purchase: tvSimulated().covariates }, spend: 20 }] },
  simulateTimeVaryingCovariateCustomers: {
    args: () => [{ customers: 3, periods: { start: '2024-01-01' }, end: '2024-03-31', params: pnbd(), coefficients: { purchase: { promo: 0.5 } }, covariates: (_id: string, k: number) => ({ promo: k % 2 }), seed: 7 }],
  },

  // ------------------------------------------------------------------ time: mergeable summaries
  summaryState: { args: () => [tx()] },
  mergeSummaryStates: { args: () => [[summaryState(tx().slice(0, 2)), summaryState(tx().slice(2), { firstIndex: 2 })]] },
  finalizeSummary: { args: () => [mergeSummaryStates([summaryState(tx().slice(0, 2)), summaryState(tx().slice(2), { firstIndex: 2 })])] },

  // ------------------------------------------------------------------ satisfaction
  nps: { args: () => [[10, 9, 9, 8, 7, 6, 3]] },
  csat: { args: () => [[5, 4, 4, 3, 2]] },
  ces: { args: () => [[7, 6, 5, 4, 2]] },
  npsDifference: { args: () => [[10, 10, 9, 8, 3], [10, 6, 5, 8, 3]] },
  marginOfError: { args: () => [{ n: 385 }] },
  sampleSizeMean: { args: () => [{ marginOfError: 0.1, standardDeviation: 1 }] },
  sampleSizeProportion: { args: () => [{ marginOfError: 0.05 }] },
  allocateStrata: { args: () => [[{ name: 'small', size: 6000, standardDeviation: 1 }, { name: 'large', size: 1000, standardDeviation: 4 }], 100] },
  designEffect: { args: () => [[1, 2, 3, 4]] },
  rakeWeights: { args: () => [{ region: ['n', 'n', 's'], size: ['big', 'small', 'small'] }, { region: { n: 2, s: 1 }, size: { big: 1, small: 2 } }] },
  responseRates: { args: () => [[{ mode: 'mail', stratum: 'small', responded: true }, { mode: 'mail', stratum: 'large', responded: false }]] },
  cronbachAlpha: { args: () => [[[1, 2, 3, 4, 5], [2, 2, 3, 5, 5], [1, 3, 3, 4, 4]]] },
  disconfirmation: { args: () => [{ expectations: [5, 6, 4, 7], perceptions: [6, 6, 5, 5] }] },
  servqual: { args: () => [{ expectations: [[7, 6], [6, 6], [7, 7]], perceptions: [[5, 6], [6, 4], [6, 5]] }, { dimensions: { reliability: [0], empathy: [1] } }] },
  kano: { args: () => [kanoAnswers()] },
  kanoCategory: { args: () => ['like', 'dislike'] },
  importancePerformance: { args: () => [ipaRows()] },
  keyDrivers: { args: () => [[3, 5, 4, 6, 8, 7], { staff: [1, 3, 2, 4, 5, 5], price: [2, 2, 3, 3, 5, 4] }] },
  acsiModel: { args: () => [{ items: { Complaints: ['complained'] } }] },
  ecsiModel: { args: () => [] },
  plsPathModel: { args: () => [smallPls(), twoBlocks()] },
  bootstrapPlsPathModel: { args: () => [smallPls(), twoBlocks(), { seed: 1, resamples: 20 }] },
  htmt: { args: () => [correlations(), [[0, 1], [2, 3]]] },
  rhoA: { args: () => [[[1, 0.5, 0.5], [0.5, 1, 0.5], [0.5, 0.5, 1]], [1, 1, 1]] },
  compositeReliability: { args: () => [[0.8, 0.8, 0.8]] },
  averageVarianceExtracted: { args: () => [[0.9, 0.8, 0.7]] },
  satisfactionIndex: { args: () => [mobiFit(), { scale: { min: 1, max: 10 } }] },
  importancePerformanceMap: { args: () => [mobiFit(), { target: 'Loyalty', scale: { min: 1, max: 10 } }] },

  // ------------------------------------------------------------------ loyalty
  repeatPurchase: { args: () => [tx(), { window: { from: '2024-01-01', to: '2024-03-31' }, minTenureDays: 0, population: 'windowBuyers' }] },
  retentionRate: { args: () => [tx(), { periodStart: '2024-02-01', periodEnd: '2024-02-29', lostRule: { activeWindowDays: 30 } }] },
  cohortRetention: { args: () => [tx(), { period: 'month', from: '2024-01-01', to: '2024-03-31' }] },
  kaplanMeier: { args: () => [[{ time: 3, event: true }, { time: 5, event: false }, { time: 8, event: true }]] },
  lifetimesFromTransactions: { args: () => [tx(), { analysisDate: '2024-06-30', lapseDays: 90 }] },
  shareOfWallet: { args: () => [[{ customerId: 'a', ours: 30, category: 100 }, { customerId: 'b', ours: 10, category: 10 }]] },
  estimateWallet: { args: () => [[10, 20, 30, 40, 50].map((ours, i) => ({ customerId: `c${i}`, ours, group: 'smb' })), { similarity: 'group' }] },
  walletAllocationRule: { args: () => [[{ customerId: 'a', brand: 'us', rank: 1 }, { customerId: 'a', brand: 'x', rank: 2 }]] },
  customerPriceSensitivity: {
    args: () => [
      [
        { customerId: 'a', date: '2024-01-02', amount: 8, discount: 2, product: 'tea', quantity: 2 },
        { customerId: 'a', date: '2024-01-09', amount: 10, product: 'tea', quantity: 2 },
        { customerId: 'b', date: '2024-01-03', amount: 12, product: 'tea', quantity: 2 },
      ],
      { window: { from: '2024-01-01', to: '2024-01-31' } },
    ],
  },
  priceElasticity: { args: () => [[{ price: 1, quantity: 100 }, { price: 2, quantity: 25 }, { price: 4, quantity: 6.25 }]] },
  vanWestendorp: { args: () => [psm()] },
  gaborGranger: { args: () => [[{ respondentId: 'a', maxPrice: 10 }, { respondentId: 'b', maxPrice: 20 }], { prices: [10, 20, 30], unitCost: 5 }] },
  defectTolerance: {
    args: () => [
      ['2024-01-01', '2024-01-11', '2024-01-21', '2024-02-05'].map((date) => ({ customerId: 'a', date, amount: 10 })),
      [{ customerId: 'a', date: '2024-01-21', severity: 'high' }],
      { period: { from: '2024-01-01', to: '2024-03-31' }, windowDays: 30, fastResolutionDays: 2 },
    ],
  },
  complaintMetrics: {
    args: () => [tx(), [{ customerId: 'a', date: '2024-02-02', kind: 'quality', resolvedDate: '2024-02-05' }], { period: { from: '2024-01-01', to: '2024-03-31' } }],
  },
  brandAttention: {
    args: () => [
      [{ customerId: 'a', date: '2024-01-03', kind: 'visit' }, { customerId: 'a', date: '2024-01-20', kind: 'enquiry' }],
      { window: { from: '2024-01-01', to: '2024-02-29' }, customerInitiatedKinds: ['visit', 'enquiry'], weights: { visit: 1, enquiry: 2 } },
    ],
  },
  choiceTime: {
    args: () => [
      [{ customerId: 'a', date: '2024-03-01', kind: 'enquiry' }],
      [{ customerId: 'a', date: '2024-03-08', amount: 120 }],
      { window: { from: '2024-03-01', to: '2024-03-31' }, enquiryKinds: ['enquiry'], lookbackDays: 30 },
    ],
  },
  competitorAttitude: {
    args: () => [
      [{ respondentId: 7, answers: { rankUs: 2, rankX: 1, switchLikely: 2 } }],
      { brands: { ours: 'rankUs', competitors: ['rankX'], answers: 'rank' }, switching: [{ item: 'switchLikely', min: 1, max: 5, higherMeans: 'switch' }] },
    ],
  },
  exitCost: { args: () => [[{ customerId: 'a', date: '2024-01-10', benefit: '5.00' }, { customerId: 'b', date: '2024-06-02' }], { period: { to: '2024-06-30' }, expiresAfterDays: 90 }] },
  satisfactionToLoyalty: {
    args: () => [
      [{ respondentId: 'a', date: '2024-02-01', answers: { sat: 5 } }, { respondentId: 'b', date: '2024-02-01', answers: { sat: 4 } }],
      [{ customerId: 'a', date: '2024-02-10', amount: 5 }],
      { item: 'sat', levels: [1, 2, 3, 4, 5], period: { from: '2024-01-01', to: '2024-06-30' }, withinDays: 30 },
    ],
  },
  dickBasuMatrix: {
    args: () => [
      [{ customerId: 'a', value: 9 }, { customerId: 'b', value: 8 }, { customerId: 'c', value: 3 }],
      [{ customerId: 'a', value: 0.9 }, { customerId: 'b', value: 0.1 }, { customerId: 'c', value: 0.8 }],
    ],
  },
  loyaltyIndex: {
    args: () => [
      [
        { name: 'repeat', direction: 'higher', values: [{ customerId: 'a', value: 5 }, { customerId: 'b', value: 1 }] },
        { name: 'price', direction: 'lower', values: [{ customerId: 'a', value: 0.1 }, { customerId: 'b', value: 0.6 }] },
      ],
    ],
  },
  loyaltyLadder: { args: () => [{ customers: [{ customerId: 'lead' }], transactions: tx() }, { asOf: '2024-06-01' }] },
  loyaltyLadderHistory: { args: () => [{ transactions: tx() }, { dates: ['2024-01-31', '2024-02-29'] }] },
  loyaltyProfile: { args: () => [{ transactions: tx() }, { window: { from: '2024-01-01', to: '2024-03-31' } }] },
  relationshipLevel: { args: () => [{ customers: 'few', unitMargin: 'high' }] },
  retentionEconomics: { args: () => [{ margin: 100, retentionRate: 0.8, retentionChange: 0.05, discountRate: 0.1, acquisitionCost: 200, retentionCost: 20 }] },

  // ------------------------------------------------------------------ segmentation
  rfmScores: { args: () => [rfmRows(), { analysisDate: '2024-06-30', bins: 2 }] },
  rfmSegments: { args: () => [rfmScores(rfmRows(), { analysisDate: '2024-06-30', bins: 2 }), { rules: RFM_FM_GRID_SEGMENTS }] },
  customerPyramid: { args: () => [values()] },
  abcAnalysis: { args: () => [values()] },
  whaleCurve: { args: () => [profits()] },
  valueConcentration: { args: () => [values().filter((v) => v.value > 0)] },
  valueRiskMatrix: { args: () => [[{ customerId: 'a', value: 900, risk: 0.7 }, { customerId: 'b', value: 800, risk: 0.1 }, { customerId: 'c', value: 100, risk: 0.9 }]] },
  segmentMigration: { args: () => [[{ customerId: 1, segment: 'A' }, { customerId: 2, segment: 'B' }], [{ customerId: 1, segment: 'B' }, { customerId: 3, segment: 'A' }]] },
  purchaseAlerts: {
    args: () => [['2024-01-01', '2024-01-31', '2024-03-01'].map((date) => ({ customerId: 'a', date, amount: 50 })), { asOf: '2024-06-30', rules: ['overdue'] }],
  },
  customerProfitability: {
    args: () => [
      [{ customerId: 'a', date: '2024-01-05', amount: '100.00', cost: '55.00' }, { customerId: 'b', date: '2024-01-09', amount: '40.00' }],
      [{ customerId: 'b', date: '2024-01-10', kind: 'call' }],
      { window: { from: '2024-01-01', to: '2024-03-31' }, costOfGoodsRate: 0.6, activityCosts: { call: '4.00' } },
    ],
  },
  indexCustomerValues: { args: () => [values()] },
  kMeansSegments: {
    args: () => [
      [
        { customerId: 'a', recency: 3, frequency: 12, monetary: 950 }, { customerId: 'b', recency: 5, frequency: 9, monetary: 720 },
        { customerId: 'c', recency: 200, frequency: 1, monetary: 35 }, { customerId: 'd', recency: 240, frequency: 2, monetary: 60 },
      ],
      { k: 2, seed: 7 },
    ],
  },
  kMeansElbow: { args: () => [[0, 1, 10, 11, 30].map((x, i) => ({ customerId: `p${i}`, features: { x } })), { ks: [2, 3] }] },

  // ------------------------------------------------------------------ charts
  clvDistributionChart: { args: () => [scoreCustomers(bgFit() as never, scored(), scoreOptions() as never), { bins: 2 }] },
  cohortRetentionChart: { args: () => [cohortRetention(tx(), { period: 'month', from: '2024-01-01', to: '2024-03-31' })] },
  customerPyramidChart: { args: () => [customerPyramid(values())] },
  expectedPurchasesMatrixChart: { args: () => [matrix()] },
  probabilityAliveMatrixChart: { args: () => [matrix()] },
  gaborGrangerChart: { args: () => [gaborGranger([{ respondentId: 'a', maxPrice: 10 }, { respondentId: 'b', maxPrice: 20 }], { prices: [10, 20, 30] })] },
  importancePerformanceChart: { args: () => [importancePerformance(ipaRows())] },
  ipmaChart: { args: () => [importancePerformanceMap(mobiFit(), { target: 'Loyalty', scale: { min: 1, max: 10 } })] },
  kanoChart: { args: () => [kano(kanoAnswers() as never)] },
  kaplanMeierChart: { args: () => [km(), { timeUnit: 'month' }] },
  modelComparisonChart: { args: () => [{ 'BG/NBD': holdoutAccuracy([0.2, 1, 1.4], [0, 1, 2], { frequencies: [0, 1, 1] }) }] },
  npsByGroupChart: { args: () => [nps([10, 9, 3, 8], { groups: ['n', 'n', 's', 's'] })] },
  npsDistributionChart: { args: () => [nps([10, 9, 9, 8, 7, 6, 3])] },
  plsPathChart: { args: () => [plsPathModel(smallPls(), twoBlocks() as never)] },
  probabilityAliveHistoryChart: {
    args: () => [probabilityAliveHistory(bgFit() as never, [{ date: '1997-01-01', customerId: 'c1' }, { date: '1997-01-15', customerId: 'c1' }], { end: '1997-02-15', step: { value: 7, unit: 'day' } })],
  },
  repeatCountChart: { args: () => [[{ count: 0, label: '0', actual: 1411, expected: 1403.2 }, { count: 1, label: '1+', actual: 946, expected: 953.8 }]] },
  rfmSegmentChart: { args: () => [rfmSegments(rfmScores(rfmRows(), { analysisDate: '2024-06-30', bins: 2 }), { rules: RFM_FM_GRID_SEGMENTS })] },
  trackingCumulativeChart: { args: () => [trackingCurve(tracked(), (t) => 0.5 * t, { periods: 2 }), { timeUnit: 'week', calibrationEnd: 1 }] },
  trackingIncrementalChart: { args: () => [trackingCurve(tracked(), (t) => 0.5 * t, { periods: 2 }), { timeUnit: 'week', calibrationEnd: 1 }] },
  vanWestendorpChart: { args: () => [vanWestendorp(psm()), { currency: 'EUR' }] },
  whaleCurveChart: { args: () => [whaleCurve(profits())] },
};

function matrix() {
  return expectationMatrix(bgFit() as never, { maxFrequency: 2, maxRecency: 2, horizon: { value: 1, unit: 'week' } });
}


/**
 * Functions that break a promise today, with how. Empty: every public function keeps every promise the
 * probe checks. A defect found later is listed here with how it breaks; the suite then requires at least
 * one violation from it (so that a fix takes its entry off) and none from every other function.
 */
export const OPEN_DEFECTS: Readonly<Record<string, string>> = {};
