import { describe, expect, it } from 'vitest';
import { plsPathModel } from '../../../src/satisfaction/pls/plsPathModel';

describe('plsPathModel with an item the data do not have', () => {
  it('names the unknown item instead of reporting missing values', () => {
    const data = Array.from({ length: 20 }, (_, i) => ({ a1: i % 5, a2: (i * 3) % 7, b1: (i * 2) % 5, b2: i % 3 }));
    const model = {
      blocks: [
        { name: 'A', indicators: ['a1', 'a2'] },
        { name: 'B', indicators: ['b1', 'b9'] },
      ],
      paths: [{ from: 'A', to: 'B' }],
    };
    expect(() => plsPathModel(data, model)).toThrowErrorMatchingInlineSnapshot(`[InvalidArgumentError: \`plsPathModel\`: \`model\` names item "b9", which no row of the data has, got "b9"]`);
  });
});
