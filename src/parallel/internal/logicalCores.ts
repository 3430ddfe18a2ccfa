import { isNode } from '../startScoreWorker';

/** The logical cores of the machine: `os.availableParallelism()` in Node, `navigator.hardwareConcurrency` in a browser. @internal */
export async function logicalCores(): Promise<number> {
  if (isNode()) {
    const os = await import('node:os');
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  }
  const cores = (globalThis as { navigator?: { hardwareConcurrency?: unknown } }).navigator?.hardwareConcurrency;
  return typeof cores === 'number' && cores >= 1 ? cores : 1;
}
