// Property tests run with a fixed seed, so a test run is reproducible (CI and a developer see the same
// draws). Set FC_SEED to explore other draws locally, e.g. `FC_SEED=123 npx vitest run`.
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261123) });
