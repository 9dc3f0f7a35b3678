/**
 * The notebooks' report helpers (lib/report): turning a loaded cohort into model inputs, tables
 * and sentences. Import from "./lib/report/index" (a file, never the directory).
 */
export { minCellCount } from "./minCellCount";
export { fieldInfo, compactLabels, daysPerMonth } from "./fieldInfo";
export type { FieldInfo } from "./fieldInfo";
export { modelMatrix, numbersAt } from "./modelMatrix";
export type { AnyColumn, ModelMatrix, TermSpec } from "./modelMatrix";
export { survivalByGroup } from "./survivalByGroup";
export type { GroupSurvival, GroupMedian } from "./survivalByGroup";
export { univariableCox, multivariableCox, forestMeta, termSpec, variableKey } from "./coxForest";
export type { CoxVariable, UnivariableCox, MultivariableCox } from "./coxForest";
export { treatmentModels, landmarkModel, treatmentByType } from "./treatmentModels";
export type { TreatmentModels, TreatmentSpec, LandmarkModel } from "./treatmentModels";
export { prognosticModel } from "./prognosticModel";
export { formatEstimate } from "./formatEstimate";
export { patientFlow, patientFlowTable, missingnessTable, followUpSummary, followUpTable, mostMissing, completeCaseTable } from "./dataAudit";
export type { PatientFlow, FollowUpSummary, FollowUpRow } from "./dataAudit";
export { tableOneVariables, summaryShare, summaryRanking, summaryMedian } from "./tableOneVariables";
export { columnsOf, subsetColumns, rowsWhere } from "./modelMatrix";
export type { ColumnSource } from "./modelMatrix";
export { bandColumn } from "./bandColumn";
export { medianTable, pairwiseTable, screeningTable, holmAdjusted } from "./survivalTables";
export { driverGroups } from "./driverGroups";
export { coxVariables } from "./coxVariables";
export type { CoxVariableSpec } from "./coxVariables";
export { treatmentUseTable, compareTreatmentModels, treatmentComparisonTable, treatmentForestMeta } from "./treatmentTables";
export type { TreatmentComparison, LabelledTreatment } from "./treatmentTables";
export { coxContrast } from "./coxContrast";
export { termLabels, zphTermsOf } from "./coxForest";
export { zphTable, fitComparisonTable, zphRanking } from "./phTables";
export { competingRisksByGroup, incidenceAt, incidenceTable } from "./competingRisks";
export type { CompetingRisks } from "./competingRisks";
