/**
 * Inputs for the figure tests: Kaplan–Meier results from lib/survival on R's veteran data (days,
 * shown in months), and Cox fits, cox.zph and cumulative incidence curves computed by R
 * (tests/figures/figureInputs.R). Builders receive these exactly as a notebook would pass them.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { CoxFit } from "../../lib/survival/CoxFit";
import type { SurvivalCurve } from "../../lib/survival/SurvivalCurve";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { logRank } from "../../lib/survival/logRank";
import { survivalAt } from "../../lib/survival/survivalAt";
import { survivalQuantile } from "../../lib/survival/survivalQuantile";
import { datasets } from "../helpers/fixtures";

function revive(_key: string, v: unknown): unknown {
  if (v === "Inf") return Infinity;
  if (v === "-Inf") return -Infinity;
  return v;
}

/** tests/figures/figureInputs.json (R results). */
export const rInputs = JSON.parse(readFileSync(join(__dirname, "figureInputs.json"), "utf8"), revive).cases;

const nan = (a: Array<number | null>): number[] => a.map((v) => (v === null ? NaN : v));
const test = (t: number[]) => ({ stat: t[0], df: t[1], p: t[2] });

/** A CoxFit from an R fit of figureInputs.json (the `model` block is empty: never rendered). */
export function coxFitFromR(r: any): CoxFit {
  return {
    terms: r.terms, coef: nan(r.coef), se: nan(r.se), hr: nan(r.hr), hrLower: nan(r.hrLower), hrUpper: nan(r.hrUpper),
    z: nan(r.z), p: nan(r.p), aliased: r.aliased, infinite: r.infinite,
    variance: r.variance.map((row: Array<number | null>) => nan(row)),
    logLikNull: r.loglik[0], logLik: r.loglik[1], lrTest: test(r.lrTest), waldTest: test(r.waldTest), scoreTest: test(r.scoreTest),
    concordance: { estimate: r.concordance[0], stdErr: r.concordance[1] }, n: r.n, events: r.events, iterations: r.iter,
    converged: true, warnings: r.warnings, ties: "efron", confLevel: 0.95, means: r.means,
    model: { start: null, stop: new Float64Array(0), event: new Float64Array(0), x: [], strata: new Int32Array(0), strataLevels: [] },
  };
}

/** Days per month (365.25 / 12). */
export const MONTH = 30.4375;

const vet = datasets().veteran;
const celltype = vet.celltype as string[];
export const vetTime = vet.time as number[];
export const vetStatus = vet.status as number[];
export const cellLevels = ["squamous", "smallcell", "adeno", "large"];
export const cellLabels: Record<string, string> = { squamous: "Squamous", smallcell: "Small cell", adeno: "Adenocarcinoma", large: "Large cell" };

/** Kaplan–Meier by cell type (times in days), the log-rank test, medians and risk-table rows at 0, 3, 6, ... months. */
export function kmByCellType(): {
  curves: SurvivalCurve[];
  test: ReturnType<typeof logRank>;
  medians: { group: string; estimate: number }[];
  breaks: number[];
  riskTable: { group: string; rows: ReturnType<typeof survivalAt> }[];
} {
  const { curves } = kaplanMeier({ time: vetTime, event: vetStatus, group: celltype, levels: cellLevels });
  const test = logRank({ time: vetTime, event: vetStatus, group: celltype, levels: cellLevels });
  const medians = curves.map((c) => ({ group: String(c.group), estimate: survivalQuantile(c, 0.5).estimate }));
  const breaks = [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30];
  const riskTable = curves.map((c) => ({ group: String(c.group), rows: survivalAt(c, breaks.map((b) => b * MONTH)) }));
  return { curves, test, medians, breaks, riskTable };
}

/** One overall Kaplan–Meier curve of the veteran data. */
export function kmOverall(): SurvivalCurve {
  return kaplanMeier({ time: vetTime, event: vetStatus }).curves[0];
}

/** Term metadata for the veteran Cox models, labels as a data dictionary would give them. */
export function vetTermMeta(withMarker = false) {
  const m = rInputs.meta;
  const level = (v: "trt" | "celltype", l: string, term?: string, label?: string) => {
    const c = m[v].find((x: any) => x.level === l);
    return { level: l, label, term, n: c.n, events: c.events };
  };
  const terms: import("../../lib/figures/forestRows").ForestTermMeta[] = [
    { variable: "trt", label: "Treatment", type: "categorical", levels: [level("trt", "standard", undefined, "Standard"), level("trt", "test", "trttest", "Test drug")] },
    {
      variable: "celltype", label: "Cell type", type: "categorical",
      levels: cellLevels.map((l) => level("celltype", l, l === "squamous" ? undefined : `celltype${l}`, cellLabels[l])),
    },
    { variable: "karno10", label: "Karnofsky score", unit: "per 10 points", type: "continuous", n: m.n, events: m.events },
    { variable: "age", label: "Age", unit: "per year", type: "continuous", n: m.n, events: m.events },
  ];
  if (withMarker) {
    terms.splice(3, 0, { variable: "karnoCopy", label: "Karnofsky score (duplicate)", unit: "per 10 points", type: "continuous", n: m.n, events: m.events });
    terms.push({ variable: "marker", label: "Rare marker (synthetic)", type: "continuous", n: m.marker.n, events: m.marker.events });
  }
  return terms;
}

/** Univariable CoxFits keyed by variable, and the multivariable fits. */
export function vetFits() {
  const uni: Record<string, CoxFit> = {};
  for (const [k, v] of Object.entries(rInputs.univariable)) uni[k] = coxFitFromR(v);
  // The duplicate column's univariable fit is karno10's with the term renamed.
  uni.karnoCopy = { ...uni.karno10, terms: ["karnoCopy"] };
  return { univariable: uni, multivariable: coxFitFromR(rInputs.multivariable), notEstimable: coxFitFromR(rInputs.multivariableNotEstimable) };
}
