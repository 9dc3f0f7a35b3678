import { InputError, type Label } from "../checkInput";
import { defaults } from "../defaults";
import { zphCountingKernel } from "../kernels/zphCountingKernel";
import { zphRightKernel } from "../kernels/zphRightKernel";
import { zphWork } from "../kernels/zphWork";
import { luSolve } from "../math/luSolve";
import { pchisq } from "../math/pchisq";
import type { CoxFit } from "./CoxFit";
import { zphScaledResiduals } from "./zphScaledResiduals";
import { zphTermGroups, type ZphTermSpec } from "./zphTermGroups";
import { zphTimeTransform, type ZphTransform } from "./zphTimeTransform";

export interface CoxZphOptions {
  /** Time scale g(t): "km" (default defaults.zphTransform), "rank", "identity", "log" or a function of the times. */
  transform?: ZphTransform | ((time: Float64Array) => ArrayLike<number>);
  /** Group coefficients into model terms (R's fit$assign, used by terms = TRUE); default one term per coefficient. */
  terms?: readonly ZphTermSpec[];
}

export interface CoxZphResult {
  /** One score test per term (df = its number of coefficients). */
  terms: { term: string; chisq: number; df: number; p: number }[];
  /** The joint test over all coefficients. */
  global: { chisq: number; df: number; p: number };
  /** Transformed event times g(t), one per event (R's cox.zph $x). */
  x: Float64Array;
  /** Event times (R's $time), ordered by stratum then time. */
  time: Float64Array;
  /** Stratum label of each event (R's $strata); null for an unstratified fit. */
  strata: Label[] | null;
  /** Scaled Schoenfeld residuals, one column per term: beta(t) = coef + scaled residual (R's $y). */
  residuals: Float64Array[];
  /** Variance matrix of the residual columns (R's $var), for smoothing bands. */
  variance: number[][];
  transform: string;
}

/**
 * Test of proportional hazards for a Cox fit, exactly as survival 3.5's cox.zph.
 *
 * For each term the score test of gamma = 0 in the extended model beta(t) = beta + gamma g(t),
 * one Newton step from (beta_hat, 0): u = sum over events of g(t) (x_i - xbar(t)) (the part for
 * beta is set to 0), I the full 2p x 2p information [[sum V, sum g V], [sum g V, sum g^2 V]],
 * and chisq = u' I[kk, kk]^{-1} u over the rows of all p betas and the term's gammas; the global
 * test uses all 2p rows. g is centred at its mean over the events; p-values are upper chi-square
 * tails. Residuals: Schoenfeld residuals scaled by the inverse of the per-event average
 * information, plus coef (Grambsch & Therneau 1994), as cox.zph's y; x/time as its x/time.
 * Ties: the fit's rule (Efron or Breslow) for xbar(t) and V(t). Strata: sums within strata.
 * Counting-process fits use risk sets start < t <= stop. Aliased coefficients are dropped.
 * Uses fit.coef, fit.aliased, fit.ties, fit.terms and fit.model (not fit.variance or fit.means:
 * cox.zph recomputes the information, and centring cancels). Unit case weights only.
 * Defaults: transform "km" (1 - KM of all rows just before t); one term per coefficient.
 *
 * R: cox.zph(coxph(...), transform = "km", terms = TRUE)  (pass `terms` to group factor dummies)
 * Reference: Grambsch PM, Therneau TM (1994) Proportional hazards tests and diagnostics based on
 * weighted residuals. Biometrika 81:515–526; Therneau & Grambsch (2000) Modeling Survival Data, ch. 6.
 */
export function coxZph(fit: CoxFit, options: CoxZphOptions = {}): CoxZphResult {
  const model = fit && fit.model;
  if (!model || !model.stop || !model.event || !Array.isArray(model.x)) {
    throw new InputError("fit: expected a CoxFit with its model (stop, event, x, strata), as returned by coxph");
  }
  if (fit.ties !== "efron" && fit.ties !== "breslow") throw new InputError(`fit.ties = ${JSON.stringify(fit.ties)}: must be "efron" or "breslow"`);
  const transform = options.transform === undefined ? defaults.zphTransform : options.transform;
  const n = model.stop.length;
  const kept: number[] = [];
  fit.terms.forEach((_, j) => {
    if (!(fit.aliased && fit.aliased[j]) && Number.isFinite(fit.coef[j])) kept.push(j);
  });
  if (kept.length === 0) throw new InputError("fit: no estimated (non-aliased) coefficients to test");
  const groups = zphTermGroups(fit.terms, kept, options.terms);
  const p = kept.length;
  const coef = Float64Array.from(kept, (j) => fit.coef[j]);
  const raw = kept.map((j) => model.x[j]);
  const x = raw.map((col) => {
    let m = 0;
    for (let i = 0; i < n; i++) m += col[i];
    m /= n;
    return Float64Array.from(col, (v) => v - m);
  });
  const eta = new Float64Array(n);
  for (let j = 0; j < p; j++) for (let i = 0; i < n; i++) eta[i] += coef[j] * x[j][i];
  const { start, stop, event, strata } = model;
  const tt = zphTimeTransform(transform, start, stop, event);
  let nEvent = 0;
  let gmean = 0;
  for (let i = 0; i < n; i++) {
    if (event[i] === 1) {
      nEvent++;
      gmean += tt[i];
    }
  }
  if (nEvent === 0) throw new InputError("fit.model.event: no events");
  gmean /= nEvent;
  const gt = Float64Array.from(tt, (v) => v - gmean);
  const w = zphWork(p, nEvent);
  const efron = fit.ties === "efron";
  const idx = Array.from({ length: n }, (_, i) => i);
  let eventRows: number[];
  if (start === null) {
    const order = Int32Array.from(idx.sort((a, b) => strata[a] - strata[b] || stop[a] - stop[b] || a - b));
    zphRightKernel(stop, event, strata, x, eta, gt, order, efron, w);
    eventRows = Array.from(order).filter((i) => event[i] === 1);
  } else {
    const byStop = Int32Array.from(idx.slice().sort((a, b) => strata[b] - strata[a] || stop[b] - stop[a] || a - b));
    const byStart = Int32Array.from(idx.slice().sort((a, b) => strata[b] - strata[a] || start[b] - start[a] || a - b));
    zphCountingKernel(start, stop, event, strata, x, eta, gt, byStop, byStart, new Uint8Array(n), efron, w);
    eventRows = Array.from(byStop).reverse().filter((i) => event[i] === 1);
  }
  // 2p x 2p information [[i0, i1], [i1, i2]] from the lower triangles.
  const q = 2 * p;
  const imat = new Float64Array(q * q);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      const blocks = [w.i0[i * p + j], w.i1[i * p + j], w.i2[i * p + j]];
      imat[i * q + j] = imat[j * q + i] = blocks[0];
      imat[(i + p) * q + j + p] = imat[(j + p) * q + i + p] = blocks[2];
      imat[i * q + j + p] = imat[(j + p) * q + i] = imat[j * q + i + p] = imat[(i + p) * q + j] = blocks[1];
    }
  }
  const scoreTest = (gammas: number[]) => {
    const kk = Array.from({ length: p }, (_, i) => i).concat(gammas.map((j) => j + p));
    const m = kk.length;
    const sub = new Float64Array(m * m);
    const u = new Float64Array(m);
    kk.forEach((a, ia) => {
      if (a >= p) u[ia] = w.u[a - p];
      kk.forEach((b, ib) => (sub[ia * m + ib] = imat[a * q + b]));
    });
    const sol = luSolve(sub, u, m);
    let chisq = NaN;
    if (sol !== null) {
      chisq = 0;
      for (let i = 0; i < m; i++) chisq += sol[i] * u[i];
    }
    const df = gammas.length;
    return { chisq, df, p: Number.isNaN(chisq) ? NaN : pchisq(chisq, df, false) };
  };
  const terms = groups.map((g) => ({ term: g.term, ...scoreTest(g.idx) }));
  const global = scoreTest(Array.from({ length: p }, (_, j) => j));
  // Strata: `used` counts a stratum's events for each column that varies within it.
  let nStrata = 1;
  for (let i = 0; i < n; i++) nStrata = Math.max(nStrata, strata[i] + 1);
  const used = new Int32Array(nStrata * p);
  const firstRow = new Int32Array(nStrata).fill(-1);
  const varies = new Uint8Array(nStrata * p);
  const deaths = new Int32Array(nStrata);
  for (let i = 0; i < n; i++) {
    const s = strata[i];
    deaths[s] += event[i];
    if (firstRow[s] < 0) firstRow[s] = i;
    for (let j = 0; j < p; j++) if (raw[j][i] !== raw[j][firstRow[s]]) varies[s * p + j] = 1;
  }
  for (let s = 0; s < nStrata; s++) for (let j = 0; j < p; j++) used[s * p + j] = varies[s * p + j] ? deaths[s] : 0;
  const rowStratum = Int32Array.from(eventRows, (i) => strata[i]);
  const { residuals, variance } = zphScaledResiduals(w.schoen, nEvent, p, rowStratum, nStrata, w.i0, used, groups, coef);
  const stratified = model.strataLevels && model.strataLevels.length > 0;
  return {
    terms,
    global,
    x: Float64Array.from(eventRows, (i) => tt[i]),
    time: Float64Array.from(eventRows, (i) => stop[i]),
    strata: stratified ? eventRows.map((i) => model.strataLevels[strata[i]]) : null,
    residuals,
    variance,
    transform: typeof transform === "function" ? "user" : transform,
  };
}
