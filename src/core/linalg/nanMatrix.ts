/** An `rows × columns` matrix filled with NaN. @internal */
export function nanMatrix(rows: number, columns: number): number[][] {
  const result: number[][] = [];
  for (let i = 0; i < rows; i++) result.push(new Array<number>(columns).fill(Number.NaN));
  return result;
}
