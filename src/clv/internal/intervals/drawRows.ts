import type { ModelParams } from '../../types';

/** Draw columns (`columns.r[d]`, as `drawParameters` gives them) as one parameter object per draw. @internal */
export function drawRows(columns: Readonly<Record<string, readonly number[]>>, names: readonly string[], draws: number): ModelParams[] {
  const rows: ModelParams[] = new Array<ModelParams>(draws);
  for (let d = 0; d < draws; d++) {
    const row: Record<string, number> = {};
    for (const name of names) row[name] = (columns[name] as readonly number[])[d] as number;
    rows[d] = row;
  }
  return rows;
}
