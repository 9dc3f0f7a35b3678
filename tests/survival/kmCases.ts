/**
 * Shared reading of tests/fixtures/km.json (written by tests/fixtures/km.R) for the
 * Kaplan–Meier family tests: rebuilds each case's input columns from datasets.json (or the
 * inline data of the constructed cases) and runs kaplanMeier on them.
 */
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import type { SurvivalCurve } from "../../lib/survival/SurvivalCurve";
import { datasets, loadFixture } from "../helpers/fixtures";

export type Num = number | null;
export interface KmFixtureCurve {
  group: string | null;
  n: number;
  time: number[];
  "n.risk": number[];
  "n.event": number[];
  "n.censor": number[];
  surv: number[];
  "std.err": Num[];
  lower: Num[];
  upper: Num[];
  cumhaz: number[];
  "std.chaz": number[];
  quantile3: { estimate: Num[]; lower: Num[]; upper: Num[] };
  quantile1: { estimate: Num[]; lower: Num[]; upper: Num[] };
  summaryTable: { median: Num; lower: Num; upper: Num };
  printTable: { median: Num; lower: Num; upper: Num };
  at?: Record<"time" | "surv" | "lower" | "upper" | "n.risk" | "std.err" | "n.event" | "n.censor", Num[]>;
  rmean?: { tau: number; summary: number[]; print: number[] }[];
}
export interface KmFixtureCase {
  call: string;
  data: string;
  time: string;
  status: string;
  group: string | null;
  confType: "log" | "log-log" | "plain";
  confLevel: number;
  input: { time: number[]; status: number[] } | null;
  times: number[] | null;
  curves: KmFixtureCurve[];
}
export interface FollowUpCase {
  call: string;
  data: string;
  time: string;
  status: string;
  confType: "log" | "log-log" | "plain";
  confLevel: number;
  estimate: Num;
  lower: Num;
  upper: Num;
}

const fixture = loadFixture<{ km: KmFixtureCase[]; followUp: FollowUpCase[] }>("km");
export const kmCases = fixture.cases.km;
export const followUpCases = fixture.cases.followUp;

/** Rows of a data set; "lung_ecog" is lung without the row whose ph.ecog is NA (as km.R). */
export function dataRows(name: string): Record<string, Array<number | string | null>> {
  const d = datasets();
  if (name !== "lung_ecog") return d[name];
  const lung = d.lung;
  const keep = lung["ph.ecog"].map((v, i) => (v === null ? -1 : i)).filter((i) => i >= 0);
  const out: Record<string, Array<number | string | null>> = {};
  for (const [k, col] of Object.entries(lung)) out[k] = keep.map((i) => col[i]);
  return out;
}

/** The kaplanMeier input of a fixture case (levels passed only where R's order is not the default). */
export function caseInput(c: KmFixtureCase): { time: number[]; event: number[]; group?: Array<number | string>; levels?: Array<number | string> } {
  if (c.input) return { time: c.input.time, event: c.input.status };
  const d = dataRows(c.data);
  const out: { time: number[]; event: number[]; group?: Array<number | string>; levels?: Array<number | string> } = {
    time: d[c.time] as number[],
    event: d[c.status] as number[],
  };
  if (c.group !== null) {
    out.group = d[c.group] as Array<number | string>;
    if (typeof out.group[0] === "string") out.levels = c.curves.map((cv) => cv.group as string);
  }
  return out;
}

export function fitCase(c: KmFixtureCase): SurvivalCurve[] {
  return kaplanMeier({ ...caseInput(c), confType: c.confType, confLevel: c.confLevel }).curves;
}
