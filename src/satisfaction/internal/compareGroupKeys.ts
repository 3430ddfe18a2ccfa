import type { GroupKey } from '../types';

/** Numbers ascending before strings in code-unit order. @internal */
export function compareGroupKeys(a: GroupKey, b: GroupKey): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
