import { timeUnitLabel } from './timeUnitLabel';
import type { ExpectationMatrix } from '../../clv/expectationMatrix';

/** The heat map of a frequency/recency matrix (rect per cell, frequency rising upwards). @internal */
export function matrixBody(
  matrix: ExpectationMatrix,
  valueTitle: string,
  scale: Readonly<Record<string, unknown>>,
  format: string,
): Record<string, unknown> {
  const unit = timeUnitLabel(matrix.settings.timeUnit);
  return {
    data: { name: 'cells' },
    mark: { type: 'rect', tooltip: true },
    encoding: {
      x: { field: 'recency', type: 'ordinal', title: `Recency t_x (${unit} from first to last purchase)`, axis: { labelAngle: 0, labelOverlap: true } },
      y: { field: 'frequency', type: 'ordinal', sort: 'descending', title: 'Frequency x (repeat purchases)', axis: { labelOverlap: true } },
      color: { field: 'value', type: 'quantitative', title: valueTitle, scale, legend: { format, titleLimit: 240 } },
      tooltip: [
        { field: 'frequency', type: 'quantitative', title: 'frequency' },
        { field: 'recency', type: 'quantitative', title: `recency (${unit})` },
        { field: 'value', type: 'quantitative', title: valueTitle, format },
      ],
    },
  };
}
