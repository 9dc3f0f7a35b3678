import type { Label } from "../checkInput";
import type { CoxNewtonResult } from "../kernels/coxNewton";
import { pchisq } from "../math/pchisq";
import { qnorm } from "../math/qnorm";
import type { CoxFit } from "./CoxFit";
import { concordanceCox } from "../kernels/concordanceCox";
import { concordance } from "./concordance";
import { coxWaldTest } from "./coxWaldTest";

/** What coxph knows besides the Newton–Raphson result. */
export interface CoxFitContext {
  terms: string[];
  ties: "efron" | "breslow";
  confLevel: number;
  iterMax: number;
  eps: number;
  tolerInf: number;
  tolerChol: number;
  init: Float64Array;
  means: Float64Array;
  n: number;
  events: number;
  start: Float64Array | null;
  stop: Float64Array;
  event: Float64Array;
  x: Float64Array[];
  strata: Int32Array;
  strataLevels: Label[];
  /** Right-censored fits: the design's sorted order (coxDesign rows, stop, stratum) for the concordance. */
  sorted?: { rows: Int32Array; stop: Float64Array; stratum: Int32Array };
}

/**
 * Turns a Newton–Raphson result into the CoxFit contract, applying R's post-fit rules
 * (survival 3.5 coxph.fit / agreg.fit / coxph / summary.coxph):
 *   - aliased: diag(var) == 0 when the rank flag is below p (coefficients then NaN, R's NA);
 *   - infinite (only when iterMax > 1 and converged), with q = |u' V|:
 *       right-censored:   q > eps and q > tolerInf |coef|;   counting process: q > tolerInf (1 + |coef|);
 *   - tests on the non-aliased terms: LR 2 (l - l0), score (at init), Wald on coef - init (coxph.wtest);
 *   - concordance of lp = x'coef - sum(coef * means) with reverse = TRUE (coxph's concordancefit).
 * Also warns when the iterations ran out (R is silent for iter.max = 1; this always warns).
 */
export function coxFitSummary(nr: CoxNewtonResult, c: CoxFitContext): CoxFit {
  const p = c.terms.length;
  const { beta, variance: v, u } = nr;
  const warnings: string[] = [];
  const aliased = c.terms.map((_, k) => nr.flag < p && v[k * p + k] === 0 && c.iterMax > 0);
  const infinite = c.terms.map(() => false);
  const counting = c.start !== null;

  const n = c.n;
  let offset = 0;
  for (let k = 0; k < p; k++) offset += beta[k] * c.means[k];
  const lp = new Float64Array(n);
  let maxLp = -Infinity;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < p; k++) s += c.x[k][i] * beta[k];
    lp[i] = s - offset;
    if (lp[i] > maxLp) maxLp = lp[i];
  }

  if (!nr.converged) {
    warnings.push(`Ran out of iterations (iterMax = ${c.iterMax}) and did not converge; estimates are from the last iteration (R: "Ran out of iterations and did not converge")`);
  }
  const q = c.terms.map((_, k) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += u[j] * v[j * p + k];
    return Math.abs(s);
  });
  if (c.iterMax > 1 && !nr.converged && !counting && (maxLp > 500 || q.some((x) => !Number.isFinite(x)))) {
    warnings.push('One or more coefficients may be infinite (R: "one or more coefficients may be infinite")');
  }
  if (c.iterMax > 1 && nr.converged) {
    for (let k = 0; k < p; k++) {
      const flagged = counting
        ? q[k] > c.tolerInf * (1 + Math.abs(beta[k]))
        : q[k] > c.eps && q[k] > c.tolerInf * Math.abs(beta[k]);
      if (!Number.isFinite(u[k]) || flagged) infinite[k] = true;
    }
  }
  for (let k = 0; k < p; k++) {
    if (aliased[k]) warnings.push(`${c.terms[k]} is collinear with the other covariates; its coefficient is not estimable (R: NA)`);
    if (infinite[k]) {
      warnings.push(`${c.terms[k]}: the log-likelihood converged before this coefficient did; it may be infinite (monotone likelihood, e.g. separation) and its confidence interval is meaningless (R: "Loglik converged before variable ${k + 1}; coefficient may be infinite")`);
    }
  }

  const keep: number[] = [];
  for (let k = 0; k < p; k++) if (!aliased[k]) keep.push(k);
  const df = keep.length;
  const vKeep = new Float64Array(df * df);
  const bKeep = new Float64Array(df);
  keep.forEach((k, a) => {
    bKeep[a] = beta[k] - c.init[k];
    keep.forEach((j, b) => (vKeep[a * df + b] = v[k * p + j]));
  });
  const wald = coxWaldTest(vKeep, bKeep, c.tolerChol).stat;
  const lr = 2 * (nr.loglik - nr.loglik0);
  const test = (stat: number) => ({ stat, df, p: df > 0 ? pchisq(stat, df, false) : 1 }); // R: pchisq(0, 0) upper = 1

  const zq = qnorm((1 + c.confLevel) / 2);
  const coef = c.terms.map((_, k) => (aliased[k] ? NaN : beta[k]));
  const se = c.terms.map((_, k) => (aliased[k] ? NaN : Math.sqrt(v[k * p + k])));
  const z = coef.map((b, k) => b / se[k]);
  const variance = c.terms.map((_, i) => c.terms.map((__, j) => (aliased[i] || aliased[j] ? NaN : v[i * p + j])));

  const conc = c.sorted !== undefined && c.start === null
    ? concordanceCox(lp, c.event, c.sorted.rows, c.sorted.stop, c.sorted.stratum)
    : concordance({
    time: c.stop, event: c.event, score: lp, reverse: true, timefix: false,
    ...(c.start !== null ? { start: c.start } : {}),
    ...(c.strataLevels.length > 0 ? { strata: c.strata } : {}),
  });

  return {
    terms: c.terms,
    coef,
    se,
    hr: coef.map(Math.exp),
    hrLower: coef.map((b, k) => Math.exp(b - zq * se[k])),
    hrUpper: coef.map((b, k) => Math.exp(b + zq * se[k])),
    z,
    p: z.map((zz) => pchisq(zz * zz, 1, false)),
    aliased,
    infinite,
    variance,
    logLikNull: nr.loglik0,
    logLik: nr.loglik,
    lrTest: test(lr),
    waldTest: test(wald),
    scoreTest: test(nr.scoreStat),
    concordance: { estimate: conc.estimate, stdErr: conc.stdErr },
    n,
    events: c.events,
    iterations: nr.iterations,
    converged: nr.converged,
    warnings,
    ties: c.ties,
    confLevel: c.confLevel,
    means: Array.from(c.means),
    model: {
      start: c.start,
      stop: c.stop,
      event: c.event,
      x: c.x,
      strata: c.strata,
      strataLevels: c.strataLevels,
    },
  };
}
