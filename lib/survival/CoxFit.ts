/** A hypothesis test result: statistic, degrees of freedom, p-value. */
export interface TestResult {
  stat: number;
  df: number;
  p: number;
}

/**
 * The result of coxph(): one entry per term in every per-term array, in the order of
 * `terms`. Aliased (collinear) terms carry NaN estimates, as R's NA; terms flagged
 * `infinite` hit monotone likelihood (separation) and their CI must not be presented.
 * `model` keeps the sorted numeric inputs that coxZph and coxSurvival need (as R's
 * coxph(x = TRUE, y = TRUE)); it is never rendered.
 */
export interface CoxFit {
  terms: string[];
  coef: number[];
  se: number[];
  hr: number[];
  hrLower: number[];
  hrUpper: number[];
  z: number[];
  p: number[];
  aliased: boolean[];
  infinite: boolean[];
  /** Variance matrix of the coefficients (terms x terms; NaN rows/columns for aliased terms). */
  variance: number[][];
  logLikNull: number;
  logLik: number;
  lrTest: TestResult;
  waldTest: TestResult;
  scoreTest: TestResult;
  concordance: { estimate: number; stdErr: number };
  n: number;
  events: number;
  iterations: number;
  converged: boolean;
  warnings: string[];
  ties: "efron" | "breslow";
  confLevel: number;
  /** Centring constants subtracted from each covariate before fitting (R's fit$means). */
  means: number[];
  model: {
    start: Float64Array | null;
    stop: Float64Array;
    event: Float64Array;
    /** One column per term, uncentred, in input row order. */
    x: Float64Array[];
    /** Stratum code per row (0 when unstratified) and the stratum labels. */
    strata: Int32Array;
    strataLevels: (string | number)[];
  };
}
