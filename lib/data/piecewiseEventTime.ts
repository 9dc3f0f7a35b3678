/**
 * Inverts a piecewise proportional-hazards cumulative hazard with a Weibull baseline to draw an
 * event time. The hazard is h(t) = h0(t) exp(lp(t)) with H0(t) = (t / scale)^shape and lp(t)
 * = lp0 plus the log hazard ratio of every switch whose day is < t (a treatment acts from its
 * start day on). Given E ~ Exp(1) (e.g. -log U), returns the T solving H(T) = E: walking the
 * intervals [a, b) between switch days, H grows by exp(lp) (H0(b) - H0(a)); within the interval
 * where it reaches E, T = H0^-1(H0(a) + (E - H(a)) / exp(lp)), H0^-1(u) = scale u^(1/shape).
 * Reference: Austin PC. Generating survival times to simulate Cox proportional hazards models
 * with time-varying covariates. Stat Med 2012;31(29):3946-3958.
 */
export function piecewiseEventTime(
  e: number,
  lp0: number,
  switches: ReadonlyArray<{ day: number; logHR: number }>,
  shape: number,
  scale: number,
): number {
  const H0 = (t: number) => Math.pow(t / scale, shape);
  const H0inv = (u: number) => scale * Math.pow(u, 1 / shape);
  const sorted = [...switches].sort((x, y) => x.day - y.day);
  let a = 0;
  let lp = lp0;
  let cum = 0;
  for (const s of sorted) {
    const piece = Math.exp(lp) * (H0(s.day) - H0(a));
    if (cum + piece >= e) return H0inv(H0(a) + (e - cum) / Math.exp(lp));
    cum += piece;
    a = s.day;
    lp += s.logHR;
  }
  return H0inv(H0(a) + (e - cum) / Math.exp(lp));
}
