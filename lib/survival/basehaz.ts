import type { Label } from "../checkInput";
import type { CoxFit } from "./CoxFit";
import { coxSurvival } from "./coxSurvival";

/** The baseline cumulative hazard of a Cox fit, one row per distinct time (stacked by stratum). */
export interface BaseHazard {
  time: Float64Array;
  hazard: Float64Array;
  /** Stratum of each row; null for an unstratified model. */
  strata: Label[] | null;
}

/**
 * Baseline cumulative hazard H0(t) of a Cox fit, as R's basehaz(fit, centered).
 * centered = true (R's default): the cumulative hazard of the curve at the centring means
 * (fit.means), i.e. survfit(fit)$cumhaz; centered = false: the hazard at covariates all 0,
 * H0(t) exp(-sum(means * coef)) — aliased coefficients counted as 0. Increments follow the fit's
 * tie rule (Breslow d/sum r, or Efron's correction), as coxSurvival.
 * R: basehaz(fit, centered = FALSE). Reference: Therneau & Grambsch (2000), section 10.2.
 */
export function basehaz(fit: CoxFit, centered = true): BaseHazard {
  const curves = coxSurvival(fit);
  let shift = 0;
  fit.coef.forEach((b, k) => {
    if (!Number.isNaN(b)) shift += fit.means[k] * b;
  });
  const factor = centered ? 1 : Math.exp(-shift);
  let len = 0;
  for (const c of curves) len += c.time.length;
  const time = new Float64Array(len);
  const hazard = new Float64Array(len);
  const strata: Label[] | null = fit.model.strataLevels.length ? [] : null;
  let at = 0;
  for (const c of curves) {
    time.set(c.time, at);
    for (let i = 0; i < c.time.length; i++) {
      hazard[at + i] = c.cumHaz[i] * factor;
      if (strata !== null) strata.push(c.strata as Label);
    }
    at += c.time.length;
  }
  return { time, hazard, strata };
}
