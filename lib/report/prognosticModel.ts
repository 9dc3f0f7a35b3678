import type { CohortSchema } from "../data/cohortTypes";
import type { CoxVariable } from "./coxForest";
import { coxVariables } from "./coxVariables";
import { fieldInfo } from "./fieldInfo";
import type { TreatmentSpec } from "./treatmentModels";

/** Columns of the pre-specified baseline terms, in model order. */
const BASELINE = [
  "kps_ge70", "age_decades", "primary_tumor", "egfr_mutant_nsclc", "alk_positive_nsclc", "her2_positive_breast",
  "extracranial_progressive", "brain_mets", "hydrocephalus", "gfr_lt60", "hdl_low",
] as const;

/** The non-reference levels of primary_tumor, in model order (reference NSCLC, the largest group). */
const TUMOUR_LEVELS = ["sclc", "breast", "gastrointestinal", "melanoma", "other"];

/** The treatments of the model, each acting from its start day (time-dependent). */
const TREATMENTS = ["it_chemo", "targeted", "radiotherapy", "systemic_chemo", "immunotherapy"] as const;

/**
 * The pre-specified multivariable Cox model of overall survival, fixed before looking at the
 * outcome (the terms of the data-generating model documented in data/README.md): Karnofsky
 * >= 70, age per decade, primary tumour (reference NSCLC), the driver subgroups (EGFR-mutant and
 * ALK-positive NSCLC, HER2-positive breast cancer), progressive extracranial disease, brain
 * metastases, hydrocephalus, eGFR < 60 and low HDL cholesterol, with the five treatments as
 * time-dependent covariates (0 before the start day, 1 after). Term names are those of
 * data/truth.json (`primary_tumor=sclc`, `it_chemo(t)`, ...); labels come from the data dictionary.
 */
export function prognosticModel(schema: CohortSchema): { baseline: CoxVariable[]; treatments: (TreatmentSpec & { label: string })[] } {
  const baseline: CoxVariable[] = coxVariables(schema, BASELINE.map((column) =>
    column === "primary_tumor" ? { column, reference: "nsclc", levels: TUMOUR_LEVELS }
      : column === "age_decades" ? { column, label: fieldInfo(schema, "age").label, unit: "per 10 years" }
        : column === "kps_ge70" ? { column, unit: "yes vs no" }
          : column,
  ));
  const treatments = TREATMENTS.map((flag) => ({
    term: `${flag}(t)`,
    flag,
    startDay: `${flag}_start_day`,
    label: `${fieldInfo(schema, flag).label} (from its start day)`,
  }));
  return { baseline, treatments };
}
