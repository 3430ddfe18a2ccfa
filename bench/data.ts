// Synthetic inputs for the benchmarks (not timed). A small linear congruential generator keeps the
// benchmark data independent of the library code being measured.

/** A deterministic uniform [0, 1) stream (LCG, 2^32 modulus), for benchmark data only. */
export function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** `n` transactions of `customers` customers over one year from 2024-01-01, in columns. */
export function transactionColumns(n: number, customers: number, seed = 1) {
  const u = lcg(seed);
  const customer = new Int32Array(n);
  const epochDay = new Int32Array(n);
  const amountMinor = new Int32Array(n);
  const day0 = 19723; // 2024-01-01
  for (let i = 0; i < n; i++) {
    customer[i] = Math.floor(u() * customers);
    epochDay[i] = day0 + Math.floor(u() * 366);
    amountMinor[i] = 100 + Math.floor(u() * 20000);
  }
  return { customer, epochDay, amountMinor };
}

/** The same transactions as row objects with ISO date strings and decimal-string-free numeric amounts. */
export function transactionRows(n: number, customers: number, seed = 1) {
  const { customer, epochDay, amountMinor } = transactionColumns(n, customers, seed);
  const iso: string[] = [];
  for (let d = 0; d < 400; d++) iso.push(new Date((19723 + d) * 86_400_000).toISOString().slice(0, 10));
  const rows: { customerId: string; date: string; amount: number }[] = new Array(n);
  for (let i = 0; i < n; i++) {
    rows[i] = {
      customerId: `c${customer[i]}`,
      date: iso[(epochDay[i] as number) - 19723] as string,
      amount: (amountMinor[i] as number) / 100,
    };
  }
  return rows;
}
