import type { ScoreWorker, WorkerAnswer } from './internal/workerPool';

/** Whether this is Node (or Deno, Bun): they offer `worker_threads`, browsers `Worker`. @internal */
export function isNode(): boolean {
  const p = (globalThis as { process?: { versions?: { node?: unknown } } }).process;
  return typeof p?.versions?.node === 'string';
}

/** The browser's `Worker` (this library's TypeScript settings do not include the DOM types). */
declare const Worker: new (url: URL, options: { type: 'module' }) => {
  postMessage(value: unknown, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: WorkerAnswer }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
};

/** Defined in CommonJS modules (the CJS build), where `import.meta` is not. */
declare const __filename: string | undefined;

/** The URL of this module in Node: `import.meta.url`, or in the CJS build the URL of its file. */
async function moduleUrl(): Promise<string> {
  if (typeof __filename === 'string') return (await import('node:url')).pathToFileURL(__filename).href;
  return import.meta.url;
}

/** A worker that registers tsx's loader, then imports the TypeScript worker (for runs from the sources). */
function fromSources(url: string): string {
  return `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); });`;
}

/**
 * Starts one score worker: `scoreWorker.js` next to this module, in a Node worker thread or a module web
 * worker. When this module runs from its TypeScript sources (the tests), the worker is `scoreWorker.ts`,
 * imported after registering tsx's loader (a development dependency; never the case of the built package). This file sits next to `scoreWorker.ts` (and is bundled into dist/parallel/index.js,
 * next to dist/parallel/scoreWorker.js), so that the relative URL holds in both. @internal
 */
export async function startScoreWorker(): Promise<ScoreWorker> {
  if (isNode()) {
    const { Worker: NodeWorker } = await import('node:worker_threads');
    const here = await moduleUrl();
    const worker = here.endsWith('.ts')
      ? new NodeWorker(fromSources(new URL('./scoreWorker.ts', here).href), { eval: true })
      : new NodeWorker(new URL('./scoreWorker.js', here));
    return {
      post: (task, transfer) => worker.postMessage(task, transfer),
      listen: (answer, failed) => {
        worker.on('message', answer);
        worker.once('error', failed);
        worker.once('exit', (code) => failed(new Error(`the score worker stopped (exit code ${code})`)));
      },
      hold: (held) => void (held ? worker.ref() : worker.unref()),
      terminate: async () => void (await worker.terminate()),
    };
  }
  const worker = new Worker(new URL('./scoreWorker.js', import.meta.url), { type: 'module' });
  return {
    post: (task, transfer) => worker.postMessage(task, transfer),
    listen: (answer, failed) => {
      worker.onmessage = (event) => answer(event.data);
      worker.onerror = (event) => failed(new Error(event.message ?? 'the score worker failed'));
    },
    hold: () => {}, // a page does not wait for its workers
    terminate: async () => worker.terminate(),
  };
}
