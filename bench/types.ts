/** One benchmark: what it measures, its target, and a function that does the timed work once. */
export interface Benchmark {
  /** Short unique name, used with `npm run bench -- <name>`. */
  readonly name: string;
  /** What is measured, in words. */
  readonly what: string;
  /** Target wall time in milliseconds (the figure). */
  readonly targetMs: number;
  /**
   * Prepares the data (not timed) and returns the timed step. The timed step returns a small
   * check value that the harness prints, so the work cannot be optimised away.
   */
  readonly setup: () => Promise<() => unknown> | (() => unknown);
  /** How many timed repetitions (the best is reported). Default 3. */
  readonly repeats?: number;
  /** An optional "floor": the fastest possible pass over the same data, timed the same way. */
  readonly floor?: { readonly what: string; readonly setup: () => Promise<() => unknown> | (() => unknown) };
}
