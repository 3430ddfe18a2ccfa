/** A label in one corner of the plotting area. @internal */
export interface CornerLabel {
  readonly text: string;
  readonly corner: 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';
  readonly color: string;
}

/**
 * Text layers that write a label in each corner of the plotting area (positions are signals on the
 * chart's `width` and `height`, so they follow the size). They draw from the one-row table `corners`. @internal
 */
export function cornerLabelLayers(labels: readonly CornerLabel[]): Record<string, unknown>[] {
  return labels.map((label) => {
    const right = label.corner.endsWith('right');
    const bottom = label.corner.startsWith('bottom');
    return {
      data: { name: 'corners' },
      mark: {
        type: 'text',
        text: label.text,
        x: right ? { expr: 'width - 4' } : 4,
        y: bottom ? { expr: 'height - 4' } : 4,
        align: right ? 'right' : 'left',
        baseline: bottom ? 'bottom' : 'top',
        fontStyle: 'italic',
        color: label.color,
        opacity: 0.9,
      },
    };
  });
}

/** The one-row table the corner labels draw from. @internal */
export const CORNERS_TABLE = [{ corners: true }] as const;
