import { ckdEpi2021 } from "./ckdEpi2021";
import { cohortSchema } from "./cohortSchema";
import type { CohortSchema, DerivedSpec } from "./cohortTypes";

/** Typed columns: numbers (NaN = missing) or category text ("" = missing). */
export type ColumnSet = Record<string, Float64Array | string[]>;

export interface DeriveOptions {
  /** BMI cut-offs: "who" (18.5, 25, 30; default) or "asian" (18.5, 23, 27.5). */
  bmiCutoffs?: "who" | "asian";
  schema?: CohortSchema;
}

/** Level index of x among ascending cut-offs: x < c[0] -> 0, c[0] <= x < c[1] -> 1, ... */
function band(x: number, cuts: readonly number[]): number {
  let k = 0;
  while (k < cuts.length && x >= cuts[k]) k++;
  return k;
}

/**
 * Computes every derived variable of the schema (`x-derived`) from typed columns, in ONE
 * place; definitions, cut-offs and references are those of data-schema/DICTIONARY.md:
 * os_months (os_days / 30.4375), age_decades, age_group, kps_ge70, bmi_category (WHO, or the
 * Asian cut-offs with bmiCutoffs "asian"), gfr_ckd_epi (CKD-EPI 2021, ckdEpi2021), ckd_stage
 * (KDIGO), gfr_lt60, ATP III lipid categories (tc, ldl, hdl, tg; hdl_low), driver subgroups
 * (egfr_mutant_nsclc, alk_positive_nsclc, her2_positive_breast), extracranial_progressive,
 * treatment indicators (it_pemetrexed, targeted_matched, rt_type, any_active_treatment) and the
 * competing-risks coding of neurological progression (nprog_time, nprog_status).
 * Numeric cut-offs and unit factors are read from the schema, so the code holds none.
 * Missing inputs give NaN (numbers) or "" (categories). Throws when the code and the schema's
 * list of derived variables disagree.
 */
export function deriveVariables(columns: ColumnSet, options: DeriveOptions = {}): ColumnSet {
  const schema = options.schema ?? cohortSchema();
  const spec = new Map<string, DerivedSpec>(schema.derived.map((d) => [d.name, d]));
  const get = (name: string) => { const d = spec.get(name); if (!d) throw new Error(`deriveVariables: ${name} is not in the schema's x-derived`); return d; };
  const num = (name: string) => { const c = columns[name]; if (!(c instanceof Float64Array)) throw new Error(`deriveVariables: numeric column ${name} is missing`); return c; };
  const txt = (name: string) => { const c = columns[name]; if (!Array.isArray(c)) throw new Error(`deriveVariables: text column ${name} is missing`); return c; };
  const n = num("os_days").length;
  const out: ColumnSet = {};
  const numeric = (name: string, f: (i: number) => number) => { get(name); const a = new Float64Array(n); for (let i = 0; i < n; i++) a[i] = f(i); out[name] = a; };
  const text = (name: string, f: (i: number) => string) => { get(name); const a: string[] = new Array(n); for (let i = 0; i < n; i++) a[i] = f(i); out[name] = a; };
  const cut = (name: string, x: Float64Array, cuts: readonly number[], factor = 1) => {
    const levels = (get(name).levels ?? []) as string[];
    const ascending = name === "ckd_stage" ? [...levels].reverse() : levels;
    text(name, (i) => (Number.isNaN(x[i]) ? "" : ascending[band(x[i] * factor, cuts)]));
  };
  const flag = (name: string, x: Float64Array, cut0: number, factor = 1, below = false) =>
    numeric(name, (i) => (Number.isNaN(x[i]) ? NaN : (x[i] * factor < cut0) === below ? 1 : 0));
  const constant = (name: string, key: string) => { const v = get(name).constants?.[key]; if (v === undefined) throw new Error(`deriveVariables: ${name} lacks x-constants.${key}`); return v; };

  const osDays = num("os_days"), age = num("age"), kps = num("kps"), bmi = num("bmi");
  numeric("os_months", (i) => osDays[i] / constant("os_months", "daysPerMonth"));
  numeric("age_decades", (i) => age[i] / 10);
  const csfWbc = num("csf_wbc");
  numeric("csf_wbc_log2", (i) => Math.log2(csfWbc[i] + 1));
  cut("age_group", age, get("age_group").cutoffs as number[]);
  flag("kps_ge70", kps, (get("kps_ge70").cutoffs as number[])[0]);
  const bmiCuts = get("bmi_category").cutoffs as Record<string, number[]>;
  cut("bmi_category", bmi, bmiCuts[options.bmiCutoffs ?? "who"]);
  const creat = num("creatinine"), sex = txt("sex");
  const gfr = new Float64Array(n);
  for (let i = 0; i < n; i++) gfr[i] = ckdEpi2021(creat[i], age[i], sex[i]);
  get("gfr_ckd_epi");
  out.gfr_ckd_epi = gfr;
  cut("ckd_stage", gfr, get("ckd_stage").cutoffs as number[]);
  flag("gfr_lt60", gfr, (get("gfr_lt60").cutoffs as number[])[0], 1, true);
  for (const [name, source] of [["tc_category", "total_cholesterol"], ["ldl_category", "ldl_c"], ["hdl_category", "hdl_c"], ["tg_category", "triglycerides"]]) {
    cut(name, num(source), get(name).cutoffsMgdl ?? [], constant(name, "mgdlPerMmoll"));
  }
  flag("hdl_low", num("hdl_c"), (get("hdl_low").cutoffsMgdl ?? [])[0], constant("hdl_low", "mgdlPerMmoll"), true);

  const primary = txt("primary_tumor");
  const driver = (name: string, tumour: string, status: string[], positive: string) =>
    numeric(name, (i) => (primary[i] === "" ? NaN : primary[i] !== tumour ? 0 : status[i] === "" ? NaN : status[i] === positive ? 1 : 0));
  driver("egfr_mutant_nsclc", "nsclc", txt("egfr_status"), "mutant");
  driver("alk_positive_nsclc", "nsclc", txt("alk_status"), "positive");
  driver("her2_positive_breast", "breast", txt("her2_status"), "positive");
  const ecs = txt("extracranial_status");
  numeric("extracranial_progressive", (i) => (ecs[i] === "" ? NaN : ecs[i] === "progressive" ? 1 : 0));

  const it = num("it_chemo"), itAgent = txt("it_chemo_agent");
  numeric("it_pemetrexed", (i) => (it[i] === 0 ? 0 : it[i] !== 1 || itAgent[i] === "" ? NaN : itAgent[i] === "pemetrexed" ? 1 : 0));
  const tg = num("targeted"), tgAgent = txt("targeted_agent");
  const matchOf: Record<string, Float64Array> = { egfr_tki: out.egfr_mutant_nsclc as Float64Array, alk_tki: out.alk_positive_nsclc as Float64Array, anti_her2: out.her2_positive_breast as Float64Array };
  numeric("targeted_matched", (i) => (tg[i] === 0 ? 0 : tg[i] !== 1 || tgAgent[i] === "" ? NaN : matchOf[tgAgent[i]] ? matchOf[tgAgent[i]][i] : 0));
  const rt = num("radiotherapy"), field = txt("rt_field");
  text("rt_type", (i) => (rt[i] === 0 ? "none" : rt[i] === 1 ? field[i] : ""));
  const active = ["it_chemo", "targeted", "radiotherapy", "systemic_chemo", "immunotherapy"].map(num);
  numeric("any_active_treatment", (i) => (active.some((c) => c[i] === 1) ? 1 : active.every((c) => c[i] === 0) ? 0 : NaN));

  const prog = num("neuro_prog"), progDays = num("neuro_prog_days"), vital = num("vital_status");
  numeric("nprog_time", (i) => (prog[i] === 1 ? progDays[i] : prog[i] === 0 ? osDays[i] : NaN));
  const ntime = out.nprog_time as Float64Array;
  numeric("nprog_status", (i) => (Number.isNaN(ntime[i]) ? NaN : prog[i] === 1 ? 1 : vital[i] === 1 ? 2 : vital[i] === 0 ? 0 : NaN));

  const ordered: ColumnSet = {};
  for (const d of schema.derived) {
    if (!(d.name in out)) throw new Error(`deriveVariables: schema variable ${d.name} is not computed`);
    ordered[d.name] = out[d.name];
  }
  return ordered;
}
