import { describe, expectTypeOf, it } from 'vitest';
import { csat } from '../../src/satisfaction/csat';
import { nps, type NpsResult } from '../../src/satisfaction/nps';
import type { GroupedResult } from '../../src/satisfaction/types';

describe('simple index signatures', () => {
  it('returns one result without groups and a grouped result with them', () => {
    expectTypeOf(nps([1, 2])).toEqualTypeOf<NpsResult>();
    expectTypeOf(nps(new Uint8Array(3), { weights: [1, 1, 1] })).toEqualTypeOf<NpsResult>();
    expectTypeOf(nps([1, 2], { groups: ['a', 'b'] })).toEqualTypeOf<GroupedResult<NpsResult>>();
    expectTypeOf(csat([1, 2], { groups: [1, 2] }).groups[0]!.result.topBoxShare).toEqualTypeOf<number>();
  });
  it('rejects answers that are not numbers', () => {
    // @ts-expect-error strings are not answers
    nps(['10']);
  });
});
