/**
 * Every default of the library, in one place. Each mirrors R's survival package.
 */
export const defaults = {
  /** survfit(conf.type = "log") */
  confType: "log" as "log" | "log-log" | "plain",
  /** survfit(conf.int = 0.95), coxph summary conf.int */
  confLevel: 0.95,
  /** coxph(ties = "efron") */
  ties: "efron" as "efron" | "breslow",
  /** survdiff(rho = 0): the log-rank test */
  rho: 0,
  /** survdiff(timefix = TRUE): times closer than sqrt(.Machine$double.eps) count as tied (aeqSurv) */
  timefix: true,
  /** p.adjust method for pairwise tests (survminer::pairwise_survdiff default "holm") */
  pAdjust: "holm" as "holm" | "bonferroni" | "BH" | "none",
  /** coxph.control(): eps, toler.chol, iter.max */
  coxEps: 1e-9,
  coxTolerChol: Math.pow(2.220446049250313e-16, 0.75),
  coxIterMax: 20,
  /** concordance(timewt = "n"), as coxph stores it: every event time weighted by its pair count */
  concordanceTimewt: "n" as "n" | "S" | "S/G" | "n/G2" | "I",
  /** cumulativeIncidence variance: cmprsk::cuminc's delta method ("survfit": survfit's jackknife) */
  cifVariance: "cmprsk" as "cmprsk" | "survfit",
  /** cumulativeIncidence interval: log(-log F) (Pintilie 2006; tidycmprsk) */
  cifConfType: "log-log" as "log-log" | "log" | "plain",
  /** cox.zph(transform = "km") */
  zphTransform: "km" as "km" | "rank" | "identity" | "log",
  /**
   * Fisher's exact test enumerates at most this many tables; past it Table 1 falls back to the
   * chi-square test and says so in a footnote (R's FEXACT has a workspace limit for the same reason).
   */
  fisherMaxTables: 2e5,
  /** quantile.survfit(tolerance = sqrt(.Machine$double.eps)): S within this of 1 - p counts as equal */
  quantileTolerance: Math.sqrt(2.220446049250313e-16),
};
