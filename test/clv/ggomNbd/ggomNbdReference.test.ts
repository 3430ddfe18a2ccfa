/**
 * Gamma-Gompertz/NBD against an independent reference: scripts/fixtures/ggomnbd_reference.py (Python,
 * mpmath 1.3.0 at 50 digits, tanh-sinh quadrature checked against Gauss-Legendre to 1e-25 on the same
 * partition) computed the values below from the model's definition (Bemmaor & Glady 2012): per-customer
 * log-likelihood and P(alive), E[Y(39)] and DERT(δ = 0.01) for frequencies up to 200, and E[X(t)], at
 * six parameter points: the paper's CDNOW estimates (Table 2), a lifetime density with an interior mode
 * (β > 1 + s), and four points at the ends of the range 1e-4 … 1e4. The JSON is the script's output,
 * pasted unchanged.
 */
import { describe, expect, it } from 'vitest';
import { ggomNbd } from '../../../src/clv/ggomNbd/index';

interface ReferenceCustomer {
  readonly x: number;
  readonly tx: number;
  readonly T: number;
  readonly logLikelihood: number;
  readonly probabilityAlive: number;
  readonly conditional39?: number;
  readonly 'dert0.01'?: number;
}
interface ReferencePoint {
  readonly params: [number, number, number, number, number];
  readonly customers: ReferenceCustomer[];
  readonly expectedPurchases: Record<string, number>;
}

const REFERENCE: Record<string, ReferencePoint> = {
  "cdnowPaper": {
    "params": [
      0.553,
      10.578,
      0.0002,
      0.603,
      0.0026
    ],
    "customers": [
      {
        "x": 0,
        "tx": 0,
        "T": 38.86,
        "logLikelihood": -0.5380673561432157,
        "probabilityAlive": 0.31641684044215024,
        "conditional39": 0.1151647772465116,
        "dert0.01": 0.2159640845881326
      },
      {
        "x": 2,
        "tx": 30.43,
        "T": 38.86,
        "logLikelihood": -9.506196051968175,
        "probabilityAlive": 0.8726562347480963,
        "conditional39": 1.4663206869931804,
        "dert0.01": 2.7497348794526157
      },
      {
        "x": 1,
        "tx": 0.5,
        "T": 78,
        "logLikelihood": -4.383568204489244,
        "probabilityAlive": 0.047581100761875175,
        "conditional39": 0.029054858948785022,
        "dert0.01": 0.05851475286295783
      },
      {
        "x": 7,
        "tx": 10,
        "T": 52,
        "logLikelihood": -17.412593056912122,
        "probabilityAlive": 0.0017723666432564276,
        "conditional39": 0.007176950765544175,
        "dert0.01": 0.013854556789314229
      },
      {
        "x": 30,
        "tx": 70,
        "T": 77.9,
        "logLikelihood": -63.889641486655925,
        "probabilityAlive": 0.7517526591671324,
        "conditional39": 9.040354948042104,
        "dert0.01": 18.20426985091004
      },
      {
        "x": 10000,
        "tx": 10,
        "T": 100,
        "logLikelihood": 51851.57224473977,
        "probabilityAlive": 0.0
      },
      {
        "x": 200,
        "tx": 364,
        "T": 365,
        "logLikelihood": -329.33037325760284,
        "probabilityAlive": 0.9978103209971861,
        "conditional39": 20.14307928508864,
        "dert0.01": 46.780436724190906
      },
      {
        "x": 3,
        "tx": 0.01,
        "T": 0.5,
        "logLikelihood": -6.453953360757279,
        "probabilityAlive": 0.9761212831384127,
        "conditional39": 7.602463525838244,
        "dert0.01": 12.170655433037538
      }
    ],
    "expectedPurchases": {
      "1": 0.051113255799131334,
      "39": 1.255514647422069,
      "78": 1.9918560995868375
    }
  },
  "interiorMode": {
    "params": [
      1.2,
      5,
      0.05,
      1.5,
      3
    ],
    "customers": [
      {
        "x": 0,
        "tx": 0,
        "T": 38.86,
        "logLikelihood": -1.5160406042571932,
        "probabilityAlive": 0.06493545191576186,
        "conditional39": 0.02567492764000828,
        "dert0.01": 0.0239553463984104
      },
      {
        "x": 2,
        "tx": 30.43,
        "T": 38.86,
        "logLikelihood": -10.221233801283322,
        "probabilityAlive": 0.537732033591115,
        "conditional39": 0.5669725096680786,
        "dert0.01": 0.5289994604039528
      },
      {
        "x": 1,
        "tx": 0.5,
        "T": 78,
        "logLikelihood": -3.8960656482036002,
        "probabilityAlive": 0.00034452395541244096,
        "conditional39": 0.00011778423492589068,
        "dert0.01": 0.00010982000657717534
      },
      {
        "x": 7,
        "tx": 10,
        "T": 52,
        "logLikelihood": -14.227957010754777,
        "probabilityAlive": 2.9319346673223983e-05,
        "conditional39": 5.740544496027664e-05,
        "dert0.01": 5.3532505607491274e-05
      },
      {
        "x": 30,
        "tx": 70,
        "T": 77.9,
        "logLikelihood": -62.80647054471862,
        "probabilityAlive": 0.14675338861805023,
        "conditional39": 0.7124559123315263,
        "dert0.01": 0.6642817527191662
      },
      {
        "x": 10000,
        "tx": 10,
        "T": 100,
        "logLikelihood": 55018.854334654825,
        "probabilityAlive": 0.0
      },
      {
        "x": 200,
        "tx": 364,
        "T": 365,
        "logLikelihood": -349.11612147192716,
        "probabilityAlive": 0.905910001619438,
        "conditional39": 6.215772249257907,
        "dert0.01": 5.795519705181538
      },
      {
        "x": 3,
        "tx": 0.01,
        "T": 0.5,
        "logLikelihood": -3.09223431761617,
        "probabilityAlive": 0.9850558862642687,
        "conditional39": 15.896986668455455,
        "dert0.01": 15.111339774132018
      }
    ],
    "expectedPurchases": {
      "1": 0.23699199934489493,
      "39": 5.105061556492288,
      "78": 5.7688341514773205
    }
  },
  "extremeA": {
    "params": [
      0.0001,
      10000.0,
      10000.0,
      0.0001,
      10000.0
    ],
    "customers": [
      {
        "x": 0,
        "tx": 0,
        "T": 38.86,
        "logLikelihood": -1.0008209404678782e-08,
        "probabilityAlive": 1.3295854967733639e-17,
        "conditional39": 1.3244387278768346e-25,
        "dert0.01": 1.3113254731453807e-25
      },
      {
        "x": 2,
        "tx": 30.43,
        "T": 38.86,
        "logLikelihood": -58.06627646969201,
        "probabilityAlive": 0.00021789855597185724,
        "conditional39": 4.3413186537048197e-08,
        "dert0.01": 4.298335300697841e-08
      },
      {
        "x": 1,
        "tx": 0.5,
        "T": 78,
        "logLikelihood": -18.919909703668665,
        "probabilityAlive": 2.1820671060462316e-34,
        "conditional39": 2.1653952299631238e-38,
        "dert0.01": 2.1439556732308156e-38
      },
      {
        "x": 7,
        "tx": 10,
        "T": 52,
        "logLikelihood": -77.11000133603616,
        "probabilityAlive": 5.587355846040675e-19,
        "conditional39": 3.890971911845337e-22,
        "dert0.01": 3.8524474374706305e-22
      },
      {
        "x": 30,
        "tx": 70,
        "T": 77.9,
        "logLikelihood": -284.4744378375005,
        "probabilityAlive": 0.0003632015115258627,
        "conditional39": 1.0811857297578894e-06,
        "dert0.01": 1.0704809205523658e-06
      },
      {
        "x": 10000,
        "tx": 10,
        "T": 100,
        "logLikelihood": -10033.58228993198,
        "probabilityAlive": 2.1944989326942314e-78
      },
      {
        "x": 200,
        "tx": 364,
        "T": 365,
        "logLikelihood": -1364.5060480153275,
        "probabilityAlive": 0.36526843373835705,
        "conditional39": 0.007048116090160616,
        "dert0.01": 0.0069783327625352635
      },
      {
        "x": 3,
        "tx": 0.01,
        "T": 0.5,
        "logLikelihood": -36.157262491785175,
        "probabilityAlive": 0.6126075323072347,
        "conditional39": 0.00018377919680765312,
        "dert0.01": 0.00018195960079965656
      }
    ],
    "expectedPurchases": {
      "1": 6.327025908562619e-09,
      "39": 1.0009210175992695e-08,
      "78": 1.0009210175992695e-08
    }
  },
  "extremeB": {
    "params": [
      10000.0,
      0.0001,
      0.0001,
      10000.0,
      0.0001
    ],
    "customers": [
      {
        "x": 0,
        "tx": 0,
        "T": 38.86,
        "logLikelihood": -9.210340391976182,
        "probabilityAlive": 0.0,
        "conditional39": 0.0,
        "dert0.01": 0.0
      },
      {
        "x": 2,
        "tx": 30.43,
        "T": 38.86,
        "logLikelihood": -160739.20856008746,
        "probabilityAlive": 0.0,
        "conditional39": 0.0,
        "dert0.01": 0.0
      },
      {
        "x": 1,
        "tx": 0.5,
        "T": 78,
        "logLikelihood": -89220.14899270677,
        "probabilityAlive": 0.0,
        "conditional39": 0.0,
        "dert0.01": 0.0
      },
      {
        "x": 7,
        "tx": 10,
        "T": 52,
        "logLikelihood": -139065.2390077821,
        "probabilityAlive": 0.0,
        "conditional39": 0.0,
        "dert0.01": 0.0
      },
      {
        "x": 30,
        "tx": 70,
        "T": 77.9,
        "logLikelihood": -177101.49843567263,
        "probabilityAlive": 0.0,
        "conditional39": 0.0,
        "dert0.01": 0.0
      },
      {
        "x": 10000,
        "tx": 10,
        "T": 100,
        "logLikelihood": -66173.96625690671,
        "probabilityAlive": 0.0
      },
      {
        "x": 200,
        "tx": 364,
        "T": 365,
        "logLikelihood": -209592.0563042245,
        "probabilityAlive": 1.1173701310809285e-24,
        "conditional39": 1.1222869455256454e-24,
        "dert0.01": 1.1218836816167897e-24
      },
      {
        "x": 3,
        "tx": 0.01,
        "T": 0.5,
        "logLikelihood": -46213.90686528485,
        "probabilityAlive": 0.0,
        "conditional39": 0.0,
        "dert0.01": 0.0
      }
    ],
    "expectedPurchases": {
      "1": 10000.999999979997,
      "39": 10000.999999979997,
      "78": 10000.999999979997
    }
  },
  "extremeC": {
    "params": [
      50,
      0.5,
      2,
      0.2,
      100
    ],
    "customers": [
      {
        "x": 0,
        "tx": 0,
        "T": 38.86,
        "logLikelihood": -10.085626486923852,
        "probabilityAlive": 1.679593680543933e-97,
        "conditional39": 5.33407456354523e-97,
        "dert0.01": 5.203976057604393e-97
      },
      {
        "x": 2,
        "tx": 30.43,
        "T": 38.86,
        "logLikelihood": -218.15094997028527,
        "probabilityAlive": 6.357056876787373e-07,
        "conditional39": 2.099637335470354e-06,
        "dert0.01": 2.048427012647131e-06
      },
      {
        "x": 1,
        "tx": 0.5,
        "T": 78,
        "logLikelihood": -39.158980175194095,
        "probabilityAlive": 7.339371967677475e-107,
        "conditional39": 1.1920633997187856e-106,
        "dert0.01": 1.1629888778982484e-106
      },
      {
        "x": 7,
        "tx": 10,
        "T": 52,
        "logLikelihood": -146.641424422448,
        "probabilityAlive": 1.0457310760598984e-46,
        "conditional39": 2.8384124442134346e-46,
        "dert0.01": 2.7691833373014728e-46
      },
      {
        "x": 30,
        "tx": 70,
        "T": 77.9,
        "logLikelihood": -278.79780033850557,
        "probabilityAlive": 3.2997289503519914e-05,
        "conditional39": 8.417674480572477e-05,
        "dert0.01": 8.212366725614713e-05
      },
      {
        "x": 10000,
        "tx": 10,
        "T": 100,
        "logLikelihood": 58738.95284795343,
        "probabilityAlive": 0.0
      },
      {
        "x": 200,
        "tx": 364,
        "T": 365,
        "logLikelihood": -670.5512453560829,
        "probabilityAlive": 0.580641062565294,
        "conditional39": 0.9928881071916449,
        "dert0.01": 0.9686714867126456
      },
      {
        "x": 3,
        "tx": 0.01,
        "T": 0.5,
        "logLikelihood": 2.7186588839405106,
        "probabilityAlive": 7.742217831372396e-12,
        "conditional39": 1.7147068936400614e-09,
        "dert0.01": 1.6660041848276364e-09
      }
    ],
    "expectedPurchases": {
      "1": 99.57040661423223,
      "39": 466.3843266619074,
      "78": 466.384432087492
    }
  },
  "extremeD": {
    "params": [
      0.3,
      10000.0,
      0.0001,
      10000.0,
      10000.0
    ],
    "customers": [
      {
        "x": 0,
        "tx": 0,
        "T": 38.86,
        "logLikelihood": -0.0011612805330520988,
        "probabilityAlive": 0.9961117591617347,
        "conditional39": 0.0011586667173970548,
        "dert0.01": 0.0029468882149186683
      },
      {
        "x": 2,
        "tx": 30.43,
        "T": 38.86,
        "logLikelihood": -19.3742565793671,
        "probabilityAlive": 0.9991536156980094,
        "conditional39": 0.008910238125676541,
        "dert0.01": 0.0226618019922611
      },
      {
        "x": 1,
        "tx": 0.5,
        "T": 78,
        "logLikelihood": -10.424424866703516,
        "probabilityAlive": 0.9922110282574096,
        "conditional39": 0.0049817659535619195,
        "dert0.01": 0.012669943971671137
      },
      {
        "x": 7,
        "tx": 10,
        "T": 52,
        "logLikelihood": -58.45908535741,
        "probabilityAlive": 0.995731232059685,
        "conditional39": 0.028146538942809912,
        "dert0.01": 0.07158557486999764
      },
      {
        "x": 30,
        "tx": 70,
        "T": 77.9,
        "logLikelihood": -205.37425602463895,
        "probabilityAlive": 0.9991949354782194,
        "conditional39": 0.1169319221112544,
        "dert0.01": 0.2973887243162356
      },
      {
        "x": 10000,
        "tx": 10,
        "T": 100,
        "logLikelihood": -10021.223504473255,
        "probabilityAlive": 1.3214230608993223e-35
      },
      {
        "x": 200,
        "tx": 364,
        "T": 365,
        "logLikelihood": -990.8589875178774,
        "probabilityAlive": 0.9998952850586981,
        "conditional39": 0.7520584093932334,
        "dert0.01": 1.91223137500552
      },
      {
        "x": 3,
        "tx": 0.01,
        "T": 0.5,
        "logLikelihood": -27.739886524765794,
        "probabilityAlive": 0.9999509959896058,
        "conditional39": 0.012843630648743606,
        "dert0.01": 0.032666783021459145
      }
    ],
    "expectedPurchases": {
      "1": 2.999850000000625e-05,
      "39": 0.0011677185031906477,
      "78": 0.0023308740487135338
    }
  }
};

/**
 * Relative error, measured against `max(|reference|, floor)`: a log-likelihood of −1e-8 (a customer
 * almost surely dead, seen at the extreme point A) is known to about 1e-15 absolutely, which is all a
 * float64 sum of terms of size 1e-3 can give.
 */
function relativeError(value: number, reference: number, floor: number): number {
  return Math.abs(value - reference) / Math.max(Math.abs(reference), floor);
}

describe.each(Object.keys(REFERENCE))('ggomNbd against mpmath (%s)', (key) => {
  const point = REFERENCE[key]!;
  const [r, alpha, b, s, beta] = point.params;
  const params = { r, alpha, b, s, beta };

  it('matches the per-customer log-likelihood to 1e-9 relative (1e-9 absolute below |ℓ| = 1)', () => {
    for (const c of point.customers) {
      const value = ggomNbd.logLikelihoodOf(params, { frequency: c.x, recency: c.tx, T: c.T });
      expect(Number.isFinite(value)).toBe(true);
      expect(relativeError(value, c.logLikelihood, 1)).toBeLessThan(1e-9);
    }
  });

  it('matches P(alive) to 1e-9 relative', () => {
    for (const c of point.customers) {
      const value = ggomNbd.probabilityAlive(params, { frequency: c.x, recency: c.tx, T: c.T });
      expect(relativeError(value, c.probabilityAlive, 1e-300)).toBeLessThan(1e-9);
    }
  });

  it('matches E[Y(39)] and DERT(0.01) to 1e-9 relative', () => {
    for (const c of point.customers) {
      if (c.conditional39 === undefined) continue;
      const customer = { frequency: c.x, recency: c.tx, T: c.T };
      expect(relativeError(ggomNbd.conditionalExpectedPurchases(params, customer, 39), c.conditional39, 1e-300)).toBeLessThan(1e-9);
      expect(relativeError(ggomNbd.discountedExpectedResidualTransactions(params, customer, 0.01), c['dert0.01']!, 1e-300)).toBeLessThan(1e-9);
    }
  });

  it('matches E[X(t)] to 1e-9 relative', () => {
    for (const [t, value] of Object.entries(point.expectedPurchases)) {
      expect(relativeError(ggomNbd.expectedPurchases(params, Number(t)), value, 1e-300)).toBeLessThan(1e-9);
    }
  });

  it('gives the same values for an array as one by one', () => {
    const customers = point.customers.map((c) => ({ frequency: c.x, recency: c.tx, T: c.T }));
    const many = ggomNbd.logLikelihoodOf(params, customers);
    customers.forEach((c, i) => expect(many[i]).toBe(ggomNbd.logLikelihoodOf(params, c)));
  });
});
