// Reference values: hand-placed attributes on the Martilla & James (1977) grid.
import { describe, expect, it } from 'vitest';
import { importancePerformance } from '../../src/satisfaction/importancePerformance';

const attributes = [
  { name: 'price', importance: 6.5, performance: 4.1 },
  { name: 'speed', importance: 6.1, performance: 5.9 },
  { name: 'decor', importance: 3.2, performance: 6.0 },
  { name: 'parking', importance: 3.9, performance: 3.5 },
];

describe('importancePerformance', () => {
  it('mean cross-hairs', () => {
    const r = importancePerformance(attributes);
    expect(r.crosshair.method).toBe('mean');
    expect(r.crosshair.importance).toBeCloseTo(4.925, 14);
    expect(r.crosshair.performance).toBeCloseTo(4.875, 14);
    expect(r.quadrants).toEqual({
      'keep-up-the-good-work': ['speed'],
      'possible-overkill': ['decor'],
      'low-priority': ['parking'],
      'concentrate-here': ['price'],
    });
    expect(r.attributes[0]?.performanceGap).toBeCloseTo(-0.775, 14);
  });

  it('midpoint and given cross-hairs; a value on the cut counts as high', () => {
    const r = importancePerformance(attributes, { crosshair: 'midpoint', importanceScale: { min: 1, max: 7 }, performanceScale: { min: 1, max: 7 } });
    expect(r.crosshair).toEqual({ method: 'midpoint', importance: 4, performance: 4 });
    expect(r.attributes.map((a) => a.quadrant)).toEqual(['keep-up-the-good-work', 'keep-up-the-good-work', 'possible-overkill', 'low-priority']);
    const g = importancePerformance([{ name: 'edge', importance: 5, performance: 5 }], { crosshair: { importance: 5, performance: 5 } });
    expect(g.attributes[0]?.quadrant).toBe('keep-up-the-good-work');
    expect(() => importancePerformance(attributes, { crosshair: 'midpoint' })).toThrow(/importanceScale/);
  });

  it('every attribute lands in exactly one quadrant', () => {
    const r = importancePerformance(attributes);
    const all = Object.values(r.quadrants).flat().sort();
    expect(all).toEqual(attributes.map((a) => a.name).sort());
  });
});
