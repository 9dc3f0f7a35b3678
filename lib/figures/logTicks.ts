/**
 * Tick values 1, 2, 5 x 10^k within [lo, hi] for a log axis (0.1, 0.2, 0.5, 1, 2, 5, 10, ...),
 * so tick labels are plain numbers without plotly's minor-digit clutter. Requires 0 < lo < hi.
 */
export function logTicks(lo: number, hi: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of [1, 2, 5]) {
      const v = Number((m * Math.pow(10, e)).toPrecision(6));
      if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12)) out.push(v);
    }
  }
  return out;
}
