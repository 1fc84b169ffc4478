/**
 * A share for metrics: `part / whole`, at most 1, and 0 (never NaN) when there is nothing to divide by.
 * @param part - the counted part.
 * @param whole - the total.
 */
export const ratio = (part: number, whole: number): number => (whole ? Math.min(1, part / whole) : 0);
