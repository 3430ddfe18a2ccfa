/**
 * Floyd–Rivest selection: rearranges `a[left..right]` so that `a[k]` is the value of rank `k`, smaller
 * values before it and larger after (Floyd & Rivest 1975, algorithm SELECT; the form of d3-array's
 * `quickselect`). Expected `n + min(k, n − k) + o(n)` comparisons. @internal
 */
function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    if (right - left > 600) {
      const n = right - left + 1;
      const m = k - left + 1;
      const z = Math.log(n);
      const s = 0.5 * Math.exp((2 * z) / 3);
      const sd = 0.5 * Math.sqrt((z * s * (n - s)) / n) * (m - n / 2 < 0 ? -1 : 1);
      const newLeft = Math.max(left, Math.floor(k - (m * s) / n + sd));
      const newRight = Math.min(right, Math.floor(k + ((n - m) * s) / n + sd));
      select(a, k, newLeft, newRight);
    }
    const t = a[k] as number;
    let i = left;
    let j = right;
    swap(a, left, k);
    if ((a[right] as number) > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      i++;
      j--;
      while ((a[i] as number) < t) i++;
      while ((a[j] as number) > t) j--;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      j++;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i] as number;
  a[i] = a[j] as number;
  a[j] = t;
}

/** Smallest of `a[from..to]`. */
function minimum(a: Float64Array, from: number, to: number): number {
  let m = a[from] as number;
  for (let i = from + 1; i <= to; i++) if ((a[i] as number) < m) m = a[i] as number;
  return m;
}

/**
 * The sample quantiles at `p` and `1 − p` (`p ≤ ½`) of `a[offset .. offset + count − 1]` by Hyndman &
 * Fan's type 7 (R's and NumPy's default, as `core/stats/quantile`), written to `out[0]` and `out[1]`.
 * Selection instead of sorting: two Floyd–Rivest selections and two minimum scans, O(count) expected.
 * The segment is rearranged in place (its values are kept). Values must not be `NaN`. @internal
 */
export function quantilePair(a: Float64Array, offset: number, count: number, p: number, out: Float64Array): void {
  const last = offset + count - 1;
  const at = (q: number): [number, number] => {
    const h = (count - 1) * q;
    const j = Math.floor(h + 4 * Number.EPSILON * h);
    return [j, Math.max(0, h - j)];
  };
  const [jLow, gLow] = at(p);
  const [jHigh, gHigh] = at(1 - p);
  const low = offset + jLow;
  select(a, low, offset, last);
  const xLow = a[low] as number;
  const xLowNext = low < last ? minimum(a, low + 1, last) : xLow;
  out[0] = gLow === 0 ? xLow : xLow + gLow * (xLowNext - xLow);
  const high = offset + jHigh;
  if (high > low) select(a, high, low + 1, last);
  const xHigh = a[high] as number;
  const xHighNext = high < last ? minimum(a, high + 1, last) : xHigh;
  out[1] = gHigh === 0 ? xHigh : xHigh + gHigh * (xHighNext - xHigh);
}
