import { EmptyInputError } from '../../core/errors/EmptyInputError';
import { InvalidArgumentError } from '../../core/errors/InvalidArgumentError';
import type { PlsMode, PlsModel } from './types';

/**
 * A validated PLS model in index form: indicators stored block after block, adjacency lists, a
 * topological order.
 * @internal
 */
export interface CompiledPlsModel {
  readonly constructs: readonly string[];
  readonly indicators: readonly string[];
  /** Number of indicators p. */
  readonly p: number;
  /** Number of constructs J. */
  readonly J: number;
  /** First indicator index of each block; `blockStart[J] = p`. */
  readonly blockStart: Int32Array;
  /** Block of each indicator. */
  readonly blockOf: Int32Array;
  readonly modes: readonly PlsMode[];
  /** Direct predecessors of each construct (sources of paths into it), in the order of `model.paths`. */
  readonly predecessors: readonly (readonly number[])[];
  /** Direct successors of each construct. */
  readonly successors: readonly (readonly number[])[];
  /** Paths as index pairs, in model order. */
  readonly paths: readonly (readonly [number, number])[];
  /** Constructs in a topological order (causes before effects). */
  readonly order: readonly number[];
  /** The model with modes filled in (a fresh copy). */
  readonly model: PlsModel;
}

/**
 * Validates a {@link PlsModel} (non-empty blocks, unique names, known path ends, no self-loops or
 * duplicate paths, every construct in a path, acyclic) and compiles it to index form. `fn` names the
 * public function for error messages.
 * @internal
 */
export function compilePlsModel(fn: string, model: PlsModel): CompiledPlsModel {
  if (model === null || typeof model !== 'object') throw new InvalidArgumentError(fn, 'model', 'must be an object', model);
  const blocks = model.blocks;
  if (!Array.isArray(blocks)) throw new InvalidArgumentError(fn, 'model.blocks', 'must be an array', blocks);
  if (blocks.length === 0) throw new EmptyInputError(fn, 'model.blocks');
  if (!Array.isArray(model.paths)) throw new InvalidArgumentError(fn, 'model.paths', 'must be an array', model.paths);
  if (model.paths.length === 0) throw new EmptyInputError(fn, 'model.paths');
  const J = blocks.length;
  const constructIndex = new Map<string, number>();
  const indicatorBlock = new Map<string, number>();
  const constructs: string[] = [];
  const indicators: string[] = [];
  const modes: PlsMode[] = [];
  const blockStart = new Int32Array(J + 1);
  blocks.forEach((block, j) => {
    const name = block?.name;
    if (typeof name !== 'string' || name === '') {
      throw new InvalidArgumentError(fn, `model.blocks[${j}].name`, 'must be a non-empty string', name);
    }
    if (constructIndex.has(name)) {
      throw new InvalidArgumentError(fn, `model.blocks[${j}].name`, 'must be unique among the constructs', name);
    }
    constructIndex.set(name, j);
    constructs.push(name);
    const mode = block.mode ?? 'A';
    if (mode !== 'A' && mode !== 'B') {
      throw new InvalidArgumentError(fn, `model.blocks[${j}].mode`, 'must be "A" or "B"', mode);
    }
    modes.push(mode);
    if (!Array.isArray(block.indicators)) {
      throw new InvalidArgumentError(fn, `model.blocks[${j}].indicators`, 'must be an array of item names', block.indicators);
    }
    if (block.indicators.length === 0) throw new EmptyInputError(fn, `model.blocks[${j}].indicators`);
    blockStart[j] = indicators.length;
    block.indicators.forEach((item: unknown, h: number) => {
      if (typeof item !== 'string' || item === '') {
        throw new InvalidArgumentError(fn, `model.blocks[${j}].indicators[${h}]`, 'must be a non-empty string', item);
      }
      if (indicatorBlock.has(item)) {
        throw new InvalidArgumentError(
          fn,
          `model.blocks[${j}].indicators[${h}]`,
          'must belong to one block only',
          item,
        );
      }
      indicatorBlock.set(item as string, j);
      indicators.push(item as string);
    });
  });
  const p = indicators.length;
  blockStart[J] = p;
  const blockOf = new Int32Array(p);
  for (let j = 0; j < J; j++) for (let h = blockStart[j] as number; h < (blockStart[j + 1] as number); h++) blockOf[h] = j;

  const predecessors: number[][] = constructs.map(() => []);
  const successors: number[][] = constructs.map(() => []);
  const paths: (readonly [number, number])[] = [];
  const seen = new Set<string>();
  model.paths.forEach((path, e) => {
    const from = constructIndex.get(path?.from);
    const to = constructIndex.get(path?.to);
    if (from === undefined) {
      throw new InvalidArgumentError(fn, `model.paths[${e}].from`, 'must name a construct of model.blocks', path?.from);
    }
    if (to === undefined) {
      throw new InvalidArgumentError(fn, `model.paths[${e}].to`, 'must name a construct of model.blocks', path?.to);
    }
    if (from === to) throw new InvalidArgumentError(fn, `model.paths[${e}]`, 'must join two different constructs', path);
    const key = `${from}>${to}`;
    if (seen.has(key) || seen.has(`${to}>${from}`)) {
      throw new InvalidArgumentError(fn, `model.paths[${e}]`, 'must not repeat a pair of constructs', path);
    }
    seen.add(key);
    predecessors[to]?.push(from);
    successors[from]?.push(to);
    paths.push([from, to]);
  });
  constructs.forEach((name, j) => {
    if ((predecessors[j]?.length ?? 0) + (successors[j]?.length ?? 0) === 0) {
      throw new InvalidArgumentError(fn, `model.blocks[${j}]`, 'must take part in at least one path', name);
    }
  });

  // Kahn's algorithm: a topological order, or a cycle.
  const indegree = predecessors.map((list) => list.length);
  const queue: number[] = [];
  for (let j = 0; j < J; j++) if (indegree[j] === 0) queue.push(j);
  const order: number[] = [];
  while (queue.length > 0) {
    const j = queue.shift() as number;
    order.push(j);
    for (const k of successors[j] ?? []) {
      indegree[k] = (indegree[k] as number) - 1;
      if (indegree[k] === 0) queue.push(k);
    }
  }
  if (order.length < J) {
    const cyclic = constructs.filter((_, j) => (indegree[j] as number) > 0);
    throw new InvalidArgumentError(fn, 'model.paths', 'must not form a cycle', cyclic);
  }

  return {
    constructs,
    indicators,
    p,
    J,
    blockStart,
    blockOf,
    modes,
    predecessors,
    successors,
    paths,
    order,
    model: {
      blocks: blocks.map((b, j) => ({ name: b.name, indicators: [...b.indicators], mode: modes[j] as PlsMode })),
      paths: model.paths.map((path) => ({ from: path.from, to: path.to })),
    },
  };
}
