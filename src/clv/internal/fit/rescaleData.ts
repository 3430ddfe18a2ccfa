import type { CompressedData } from '../../types';

/** The compressed data with each time column divided by `k` (the data itself when `k` is 1); never mutates. @internal */
export function rescaleData(data: CompressedData, columns: readonly string[], k: number): CompressedData {
  if (k === 1) return data;
  const scaled: Record<string, Float64Array> = { ...data.columns };
  for (const name of columns) {
    const col = data.columns[name];
    if (col === undefined) continue;
    const out = new Float64Array(col.length);
    for (let i = 0; i < col.length; i++) out[i] = (col[i] as number) / k;
    scaled[name] = out;
  }
  return { columns: scaled, weights: data.weights, rows: data.rows, total: data.total };
}
