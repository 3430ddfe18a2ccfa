/**
 * The charts area stays pure and light: its files import other areas only with `import type` (so the
 * bundle of `clientele/charts` holds no model code, zod, decimal.js or date-fns), except the error classes
 * of core. And properties of the data a chart carries, on random results: the NPS bars count every answer,
 * the CLV histogram counts every customer, whatever the input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nps } from '../../src/satisfaction/nps';
import { npsDistributionChart } from '../../src/charts/index';
import { histogramRows } from '../../src/charts/internal/histogramRows';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'charts');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('layering', () => {
  it('imports values only from charts itself and core/errors; everything else is `import type`', () => {
    const offenders: string[] = [];
    for (const file of files(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)';/gm)) {
        const isType = m[1] !== undefined;
        const target = m[2]!;
        const internal = target.startsWith('./') || (target.startsWith('../') && !target.startsWith('../..') && !/^\.\.\/[a-z]+\//.test(target)) || target.startsWith('../types');
        const errors = /core\/errors\//.test(target);
        if (!isType && !internal && !errors) offenders.push(`${relative(root, file)}: ${m[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

describe('properties of the charted data', () => {
  it('NPS bars count every answer, with the result category of each answer', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 60 }), (scores) => {
        const result = nps(scores);
        const rows = npsDistributionChart(result).datasets.answers;
        expect(rows.reduce((s, r) => s + (r['respondents'] as number), 0)).toBe(scores.length);
        const promoters = rows.filter((r) => r['category'] === 'Promoters').reduce((s, r) => s + (r['respondents'] as number), 0);
        expect(promoters).toBe(result.counts.promoters);
      }),
      { numRuns: 30 },
    );
  });

  it('histogram bins cover [min, max], count every value once, and do not depend on the order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (values, bins) => {
        const h = histogramRows(values, bins);
        expect(h.count).toBe(values.length);
        expect(h.rows.reduce((s, r) => s + (r['customers'] as number), 0)).toBe(values.length);
        expect(h.rows[0]!['lower']).toBe(Math.min(...values));
        expect(h.rows.at(-1)!['upper']).toBe(Math.max(...values));
        expect(histogramRows([...values].reverse(), bins).rows).toEqual(h.rows);
      }),
      { numRuns: 40 },
    );
  });
});
