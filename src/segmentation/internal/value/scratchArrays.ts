/**
 * Reused scratch typed arrays for the segmentation functions that rank a million customers.
 *
 * Why: ranking 1M customers makes some 70 MB of short-lived typed arrays per call (keys, radix buffers,
 * columns). V8 counts them as external memory and, when 64 MB of it grow between two full collections,
 * starts a full mark-compact of the whole heap ("external memory pressure"); fresh buffers also cost one
 * page fault per 4 KB. Inside {@link withScratchArrays}, the `scratch*` constructors lend buffers from a
 * small pool and take them all back when the body returns (or throws), so that consecutive calls reuse the
 * same memory. Outside of it they are plain `new` allocations, so the same helpers serve functions whose
 * results keep their arrays (`indexCustomerValues`).
 *
 * Rule for callers: a function that opens the scope must return no typed array made inside it. Every lent
 * array is zero-filled, as a `new` one would be. The pool holds its idle buffers through `WeakRef`s, so a
 * full collection may free them: nothing is retained for long by a library call.
 * @internal
 */

/** Idle buffers, at most {@link POOL_SIZE}, each weakly held. @internal */
const idle: WeakRef<ArrayBuffer>[] = [];

/** Most idle buffers kept. @internal */
const POOL_SIZE = 32;

/** Smaller arrays are plain allocations: V8 keeps them on its heap, where they cost little. @internal */
const MIN_POOLED_BYTES = 1 << 16;

/** Buffers lent in the open scopes (the innermost last), or null when no scope is open. @internal */
let lent: ArrayBuffer[] | null = null;

/** Smallest idle buffer of at least `bytes`, taken out of the pool; null when none. @internal */
function takeIdle(bytes: number): ArrayBuffer | null {
  let best = -1;
  let bestBytes = Number.POSITIVE_INFINITY;
  for (let i = idle.length - 1; i >= 0; i--) {
    const buffer = (idle[i] as WeakRef<ArrayBuffer>).deref();
    if (buffer === undefined) {
      idle.splice(i, 1);
      if (best > i) best--;
      continue;
    }
    if (buffer.byteLength >= bytes && buffer.byteLength < bestBytes) {
      best = i;
      bestBytes = buffer.byteLength;
    }
  }
  if (best < 0) return null;
  const buffer = (idle[best] as WeakRef<ArrayBuffer>).deref() as ArrayBuffer;
  idle.splice(best, 1);
  return buffer;
}

/** A zero-filled buffer of `bytes` bytes: lent from the pool inside a scope, else new. @internal */
function lend(bytes: number): ArrayBuffer {
  if (lent === null || bytes < MIN_POOLED_BYTES) return new ArrayBuffer(bytes);
  const reused = takeIdle(bytes);
  const buffer = reused ?? new ArrayBuffer(bytes);
  if (reused !== null) new Uint8Array(buffer, 0, bytes).fill(0);
  lent.push(buffer);
  return buffer;
}

/** `new Float64Array(n)`, lent inside {@link withScratchArrays}. @internal */
export function scratchFloat64(n: number): Float64Array {
  return new Float64Array(lend(8 * n), 0, n);
}

/** `new Int32Array(n)`, lent inside {@link withScratchArrays}. @internal */
export function scratchInt32(n: number): Int32Array {
  return new Int32Array(lend(4 * n), 0, n);
}

/** `new Uint32Array(n)`, lent inside {@link withScratchArrays}. @internal */
export function scratchUint32(n: number): Uint32Array {
  return new Uint32Array(lend(4 * n), 0, n);
}

/** `new Uint8Array(n)`, lent inside {@link withScratchArrays}. @internal */
export function scratchUint8(n: number): Uint8Array {
  return new Uint8Array(lend(n), 0, n);
}

/**
 * Runs `body` with the `scratch*` constructors lending pooled buffers, and returns every buffer lent in it
 * to the pool afterwards. Scopes nest: an inner scope returns only its own buffers.
 * @internal
 */
export function withScratchArrays<T>(body: () => T): T {
  const outer = lent;
  lent = [];
  const mine = lent;
  try {
    return body();
  } finally {
    lent = outer;
    for (const buffer of mine) if (idle.length < POOL_SIZE) idle.push(new WeakRef(buffer));
  }
}
