import { InputError, Label, NumericColumn, checkFinite } from "../checkInput";
import { defaults } from "../defaults";
import { countingSort } from "../kernels/countingSort";
import { coxHazardSums } from "../kernels/coxHazardSums";
import { radixOrder } from "../kernels/radixOrder";
import { qnorm } from "../math/qnorm";
import type { CoxFit } from "./CoxFit";

/** One predicted survival curve of a Cox model: one covariate profile in one stratum. */
export interface CoxSurvivalCurve {
  /** Stratum label; null for an unstratified model. */
  strata: Label | null;
  /** Index of the profile (row of newdata; 0 for the default curve at the means). */
  profile: number;
  /** The profile's covariate values, in the order of fit.terms. */
  x: number[];
  time: Float64Array;
  nRisk: Float64Array;
  nEvent: Float64Array;
  nCensor: Float64Array;
  cumHaz: Float64Array;
  survival: Float64Array;
  /** Standard error of the cumulative hazard (survfit's std.err), including the coefficient variance. */
  stdErr: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  confType: "log" | "log-log" | "plain";
  confLevel: number;
}

export interface CoxSurvivalOptions {
  /** Per profile, the stratum to predict in (default: every stratum for every profile). */
  strata?: ArrayLike<Label>;
  confLevel?: number;
  confType?: "log" | "log-log" | "plain";
}

/**
 * Predicted survival curves from a Cox fit, exactly as R's survfit(fit, newdata) with its
 * defaults (stype = 2, ctype matching the tie rule, se.fit = TRUE, conf.type = "log").
 *
 * With r_i = exp(x_i'b - c), c = sum(means * b), the baseline hazard increment at a time t with
 * d events and risk set R(t) is dH0 = d / sum_R r (Breslow) or the Efron-corrected
 * (1/d) sum_{j<d} d / (sum_R r - (j/d) sum_D r) (Efron ties); for a profile z with
 * r_z = exp(z'b - c): H(t) = r_z H0(t), S(t) = exp(-H(t)) and
 *   var H(t) = r_z^2 [ sum dV0 + q(t)' V q(t) ],  q(t) = H0(t) z - sum (xbar dH0)  (Tsiatis 1981),
 * with V the coefficient variance (aliased terms contribute nothing). Log limits:
 * S exp(-/+ z_a se), upper capped at 1 (NaN where S = 0). Every distinct time (events and
 * censorings) of each stratum is a row, as survfit's.
 * `newdata`: one column per term (aliased terms may be omitted), one row per profile; default
 * one profile at fit.means. Defaults: confLevel 0.95, confType "log" (lib/defaults.ts).
 * R: survfit(fit, newdata = data.frame(...)); basehaz(fit, centered = FALSE) is the curve at 0.
 * Reference: Therneau & Grambsch (2000), section 10.2; Tsiatis (1981) Ann. Statist. 9:93-108;
 * Efron (1977).
 */
export function coxSurvival(fit: CoxFit, newdata?: Record<string, NumericColumn>, options: CoxSurvivalOptions = {}): CoxSurvivalCurve[] {
  const confLevel = options.confLevel ?? defaults.confLevel;
  const confType = options.confType ?? defaults.confType;
  if (!(confLevel > 0 && confLevel < 1)) throw new InputError(`confLevel = ${confLevel}: must be between 0 and 1`);
  if (!["log", "log-log", "plain"].includes(confType)) throw new InputError(`confType = ${JSON.stringify(confType)}: must be "log", "log-log" or "plain"`);
  const p = fit.terms.length;
  const beta = fit.coef.map((b) => (Number.isNaN(b) ? 0 : b));
  const profiles = newdataProfiles(fit, newdata);
  if (options.strata !== undefined) {
    const lv = fit.model.strataLevels;
    if (lv.length === 0) throw new InputError("strata: the model has no strata");
    if (options.strata.length !== profiles.rows.length) {
      throw new InputError(`strata: length ${options.strata.length} differs from the number of profiles (${profiles.rows.length})`);
    }
    for (let j = 0; j < options.strata.length; j++) {
      if (!lv.includes(options.strata[j])) throw new InputError(`strata[${j}] = ${JSON.stringify(options.strata[j])}: not a stratum of the model (${JSON.stringify(lv)})`);
    }
  }
  const { start, stop, event, x: cols, strata, strataLevels } = fit.model;
  const n = stop.length;
  let centre = 0;
  for (let k = 0; k < p; k++) centre += fit.means[k] * beta[k];
  const xr = new Float64Array(n * p);
  const risk = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let eta = 0;
    for (let k = 0; k < p; k++) {
      xr[i * p + k] = cols[k][i];
      eta += cols[k][i] * beta[k];
    }
    risk[i] = Math.exp(eta - centre);
  }
  const order = descendingByStratum(stop, strata);
  const startOrder = start === null ? null : descendingByStratum(start, strata);
  const out = {
    time: new Float64Array(n), stratum: new Int32Array(n), nRisk: new Float64Array(n), nEvent: new Float64Array(n),
    nCensor: new Float64Array(n), dH: new Float64Array(n), dV: new Float64Array(n), dXbar: new Float64Array(n * p),
  };
  const m = coxHazardSums(order, startOrder, stop, start, event, strata, risk, xr, p, fit.ties === "efron", out);
  const V = fit.variance.map((row) => row.map((v) => (Number.isNaN(v) ? 0 : v)));
  const zq = qnorm(1 - (1 - confLevel) / 2);
  const curves: CoxSurvivalCurve[] = [];
  profiles.rows.forEach((z, j) => {
    let eta = 0;
    for (let k = 0; k < p; k++) eta += z[k] * beta[k];
    const r2 = Math.exp(eta - centre);
    let a = 0;
    while (a < m) {
      let b = a;
      while (b < m && out.stratum[b] === out.stratum[a]) b++;
      const code = out.stratum[a];
      const wanted = options.strata === undefined || strataLevels.length === 0 || strataLevels[code] === options.strata[j];
      if (wanted) curves.push(curveFor(out, a, b, p, z, r2, V, zq, confType, confLevel, j, strataLevels.length ? strataLevels[code] : null));
      a = b;
    }
  });
  return curves;
}

function curveFor(
  out: { time: Float64Array; nRisk: Float64Array; nEvent: Float64Array; nCensor: Float64Array; dH: Float64Array; dV: Float64Array; dXbar: Float64Array },
  a: number, b: number, p: number, z: number[], r2: number, V: number[][], zq: number,
  confType: "log" | "log-log" | "plain", confLevel: number, profile: number, strata: Label | null,
): CoxSurvivalCurve {
  const len = b - a;
  const cumHaz = new Float64Array(len), survival = new Float64Array(len), stdErr = new Float64Array(len);
  const lower = new Float64Array(len), upper = new Float64Array(len);
  const xbar = new Float64Array(p);
  const q = new Float64Array(p);
  let h0 = 0, v0 = 0;
  for (let i = 0; i < len; i++) {
    h0 += out.dH[a + i];
    v0 += out.dV[a + i];
    for (let k = 0; k < p; k++) {
      xbar[k] += out.dXbar[(a + i) * p + k];
      q[k] = h0 * z[k] - xbar[k];
    }
    let quad = 0;
    for (let k = 0; k < p; k++) for (let l = 0; l < p; l++) quad += q[k] * V[k][l] * q[l];
    const H = h0 * r2;
    const S = Math.exp(-H);
    const se = Math.sqrt((v0 + quad) * r2 * r2);
    cumHaz[i] = H;
    survival[i] = S;
    stdErr[i] = se;
    if (confType === "log") {
      lower[i] = S === 0 ? NaN : Math.exp(Math.log(S) - zq * se);
      upper[i] = S === 0 ? NaN : Math.min(1, Math.exp(Math.log(S) + zq * se));
    } else if (confType === "log-log") {
      const ok = S > 0 && S < 1;
      const w = (zq * se) / Math.log(S);
      lower[i] = ok ? Math.exp(-Math.exp(Math.log(-Math.log(S)) - w)) : NaN;
      upper[i] = ok ? Math.exp(-Math.exp(Math.log(-Math.log(S)) + w)) : NaN;
    } else {
      lower[i] = Math.max(0, S - zq * se * S);
      upper[i] = Math.min(1, S + zq * se * S);
    }
  }
  return {
    strata, profile, x: z.slice(),
    time: out.time.slice(a, b), nRisk: out.nRisk.slice(a, b), nEvent: out.nEvent.slice(a, b), nCensor: out.nCensor.slice(a, b),
    cumHaz, survival, stdErr, lower, upper, confType, confLevel,
  };
}

/** The profiles' covariate rows: newdata columns in term order, or the fit's means. */
function newdataProfiles(fit: CoxFit, newdata?: Record<string, NumericColumn>): { rows: number[][] } {
  if (newdata === undefined) return { rows: [fit.means.slice()] };
  if (newdata === null || typeof newdata !== "object") throw new InputError("newdata: expected an object of named numeric columns, one per term");
  let len = -1;
  const cols = fit.terms.map((t, k) => {
    if (newdata[t] === undefined) {
      if (fit.aliased[k]) return null;
      throw new InputError(`newdata.${t}: missing; newdata needs a column for every term (${fit.terms.join(", ")})`);
    }
    const c = checkFinite(`newdata.${t}`, newdata[t]);
    if (len >= 0 && c.length !== len) throw new InputError(`newdata.${t}: length ${c.length} differs from the other newdata columns (length ${len})`);
    len = c.length;
    return c;
  });
  for (const key of Object.keys(newdata)) {
    if (!fit.terms.includes(key)) throw new InputError(`newdata.${key}: not a term of the model (${fit.terms.join(", ")})`);
  }
  if (len <= 0) throw new InputError("newdata: no rows");
  const rows: number[][] = [];
  for (let i = 0; i < len; i++) rows.push(cols.map((c) => (c === null ? 0 : c[i])));
  return { rows };
}

/** Rows by stratum, then value descending, ties in row order. */
function descendingByStratum(values: Float64Array, strata: Int32Array): Int32Array {
  const neg = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) neg[i] = -values[i];
  let k = 0;
  for (let i = 0; i < strata.length; i++) if (strata[i] + 1 > k) k = strata[i] + 1;
  const order = radixOrder(neg);
  return k > 1 ? countingSort(order, strata, k) : order;
}
