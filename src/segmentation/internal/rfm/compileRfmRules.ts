import { InvalidArgumentError } from '../../../core/errors/InvalidArgumentError';
import type { RfmReference, RfmRuleSet } from '../../rfmTypes';

/** A rule set checked and laid out in typed arrays for the matching loop. @internal */
export interface CompiledRules {
  readonly name: string;
  readonly otherwise: string;
  /** Distinct segment names in order of first appearance, then `otherwise` (if not among them). */
  readonly segments: string[];
  /** Segment (index into `segments`) of each rule. */
  readonly segmentOf: Int32Array;
  /** Per rule, for R, F, M, FM: low and high bounds (8 numbers; ±Infinity when absent). */
  readonly bounds: Float64Array;
  /** Per rule, for R, F, M: −1 (no condition), 0 (low) or 1 (high). */
  readonly flags: Int8Array;
  /** Whether any rule uses a high/low flag. */
  readonly usesFlags: boolean;
  /** The reference of the flags given with the rule set, if any. */
  readonly reference: RfmReference | undefined;
}

const RANGES = ['recency', 'frequency', 'monetary', 'frequencyMonetary'] as const;
const FLAGS = ['recencyHigh', 'frequencyHigh', 'monetaryHigh'] as const;

/** A checked score range `[low, high]` of integers. @internal */
function readRange(fn: string, path: string, value: unknown): [number, number] {
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    !Number.isInteger(value[0]) ||
    !Number.isInteger(value[1]) ||
    (value[0] as number) > (value[1] as number)
  ) {
    throw new InvalidArgumentError(fn, path, 'must be an inclusive score range [low, high] of integers with low <= high', value);
  }
  return [value[0] as number, value[1] as number];
}

/** Checks a rule set and lays it out for matching. @internal */
export function compileRfmRules(fn: string, path: string, set: RfmRuleSet): CompiledRules {
  if (typeof set !== 'object' || set === null) throw new InvalidArgumentError(fn, path, 'must be a rule set object', set);
  if (typeof set.name !== 'string') throw new InvalidArgumentError(fn, `${path}.name`, 'must be a string', set.name);
  const otherwise = set.otherwise ?? 'Others';
  if (typeof otherwise !== 'string' || otherwise.trim() === '') {
    throw new InvalidArgumentError(fn, `${path}.otherwise`, 'must be a non-blank string', otherwise);
  }
  const rules = set.rules;
  if (!Array.isArray(rules)) throw new InvalidArgumentError(fn, `${path}.rules`, 'must be an array of rules', rules);
  const segments: string[] = [];
  const segmentOf = new Int32Array(rules.length);
  const bounds = new Float64Array(rules.length * 8);
  const flags = new Int8Array(rules.length * 3).fill(-1);
  let usesFlags = false;
  rules.forEach((rule: unknown, i: number) => {
    const at = `${path}.rules[${i}]`;
    if (typeof rule !== 'object' || rule === null) throw new InvalidArgumentError(fn, at, 'must be a rule object', rule);
    const r = rule as Record<string, unknown>;
    if (typeof r.segment !== 'string' || r.segment.trim() === '') {
      throw new InvalidArgumentError(fn, `${at}.segment`, 'must be a non-blank string', r.segment);
    }
    let s = segments.indexOf(r.segment);
    if (s < 0) s = segments.push(r.segment) - 1;
    segmentOf[i] = s;
    RANGES.forEach((key, d) => {
      const [lo, hi] = r[key] === undefined ? [-Infinity, Infinity] : readRange(fn, `${at}.${key}`, r[key]);
      bounds[i * 8 + 2 * d] = lo;
      bounds[i * 8 + 2 * d + 1] = hi;
    });
    FLAGS.forEach((key, d) => {
      const v = r[key];
      if (v === undefined) return;
      if (typeof v !== 'boolean') throw new InvalidArgumentError(fn, `${at}.${key}`, 'must be true or false', v);
      flags[i * 3 + d] = v ? 1 : 0;
      usesFlags = true;
    });
  });
  if (!segments.includes(otherwise)) segments.push(otherwise);
  return { name: set.name, otherwise, segments, segmentOf, bounds, flags, usesFlags, reference: set.reference };
}
