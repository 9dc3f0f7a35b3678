/**
 * The public entry of the library. Every routine is documented where it is defined.
 * Nothing in the numeric core imports danfojs, plotly or tslab.
 */
export { defaults } from "./defaults";
export { InputError } from "./checkInput";
export { pnorm } from "./math/pnorm";
export { qnorm } from "./math/qnorm";
export { pchisq } from "./math/pchisq";
export type { CoxFit, TestResult } from "./survival/CoxFit";
export type { SurvivalCurve } from "./survival/SurvivalCurve";
export { logRank } from "./survival/logRank";
export type { LogRankOptions, LogRankResult } from "./survival/logRank";
export { logRankTrend } from "./survival/logRankTrend";
export type { LogRankTrendOptions, LogRankTrendResult } from "./survival/logRankTrend";
export { pairwiseLogRank } from "./survival/pairwiseLogRank";
export type { PairwiseLogRankOptions, PairwiseLogRankRow } from "./survival/pairwiseLogRank";
export { pAdjust } from "./math/pAdjust";
export type { PAdjustMethod } from "./math/pAdjust";
export { kaplanMeier } from "./survival/kaplanMeier";
export type { KaplanMeierInput, ConfType } from "./survival/kaplanMeier";
export { survivalQuantile } from "./survival/survivalQuantile";
export type { QuantileEstimate } from "./survival/survivalQuantile";
export { survivalAt } from "./survival/survivalAt";
export type { SurvivalAtRow } from "./survival/survivalAt";
export { restrictedMean } from "./survival/restrictedMean";
export { medianFollowUp } from "./survival/medianFollowUp";
export { nelsonAalen } from "./survival/nelsonAalen";
export type { NelsonAalenCurve } from "./survival/nelsonAalen";
export { splitAtSwitches, pick } from "./survival/splitAtSwitches";
export type { SplitAtSwitchesInput, SplitRows } from "./survival/splitAtSwitches";
export { landmark } from "./survival/landmark";
export type { LandmarkInput, LandmarkData } from "./survival/landmark";
export { cumulativeIncidence } from "./survival/cumulativeIncidence";
export type { CumulativeIncidenceInput } from "./survival/cumulativeIncidence";
export type { CumulativeIncidenceCurve } from "./survival/CumulativeIncidenceCurve";
export { grayTest } from "./survival/grayTest";
export type { GrayTestInput, GrayTestResult } from "./survival/grayTest";
export { concordance } from "./survival/concordance";
export type { ConcordanceInput, ConcordanceResult, ConcordanceTimewt } from "./survival/concordance";
export { coxph } from "./survival/coxph";
export type { CoxphOptions } from "./survival/coxph";
export { coxSurvival } from "./survival/coxSurvival";
export type { CoxSurvivalCurve, CoxSurvivalOptions } from "./survival/coxSurvival";
export { basehaz } from "./survival/basehaz";
export type { BaseHazard } from "./survival/basehaz";
export { coxZph } from "./survival/coxZph";
export type { CoxZphOptions, CoxZphResult } from "./survival/coxZph";
export type { ZphTermSpec } from "./survival/zphTermGroups";
