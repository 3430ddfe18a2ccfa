/**
 * Arc (midpoint) elasticity `[(Q2 − Q1)/((Q1 + Q2)/2)] / [(P2 − P1)/((P1 + P2)/2)]`; `null` when
 * `Q1 + Q2 ≤ 0` or the prices are equal. @internal
 */
export function arcElasticity(p1: number, q1: number, p2: number, q2: number): number | null {
  if (!(q1 + q2 > 0) || p1 === p2) return null;
  return (q2 - q1) / (q1 + q2) / ((p2 - p1) / (p1 + p2));
}
