import { coxph } from "../../lib/survival/coxph";
import type { CoxFit } from "../../lib/survival/CoxFit";
import { loadFixture } from "../helpers/fixtures";

/** One coxph case of tests/fixtures/cox.json (written by tests/fixtures/cox.R). */
export interface CoxFixtureFit {
  name: string;
  call: string;
  rows: number[];
  input: {
    time: number[];
    event: number[];
    start?: number[];
    strata?: Array<number | string>;
    covariates: Record<string, number[]>;
  };
  ties: "efron" | "breslow";
  iterMax: number;
  terms: string[];
  coef: Array<number | null>;
  se: number[];
  variance: number[][];
  loglik: number[];
  iter: number;
  converged: boolean;
  means: number[];
  lrTest: number[];
  scoreTest: number[];
  waldTest: number[];
  hr: Array<number | null>;
  hrLower: Array<number | null>;
  hrUpper: Array<number | null>;
  z: Array<number | null>;
  p: Array<number | null>;
  concordance: number[];
  n: number;
  events: number;
  warnings: string[];
}

export interface CoxFixtureCurve {
  profile: number;
  strata: string | null;
  time: number[];
  nRisk: number[];
  nEvent: number[];
  nCensor: number[];
  cumHaz: number[];
  survival: number[];
  stdErr: Array<number | null>;
  lower: Array<number | null>;
  upper: Array<number | null>;
}

export interface CoxFixture {
  fits: CoxFixtureFit[];
  curves: Array<{ name: string; fit: string; call: string; newdata: Record<string, number[]> | null; curves: CoxFixtureCurve[] }>;
  basehaz: Array<{ name: string; fit: string; call: string; time: number[]; hazard: number[]; strata: string[] | null }>;
}

export const coxFixture: CoxFixture = loadFixture<CoxFixture>("cox").cases;

/** Fits a fixture case with the same inputs and options as R. */
export function fitCoxCase(c: CoxFixtureFit): CoxFit {
  return coxph({
    time: c.input.time,
    event: c.input.event,
    start: c.input.start,
    strata: c.input.strata,
    covariates: c.input.covariates,
    ties: c.ties,
    iterMax: c.iterMax,
  });
}

export function coxCase(name: string): CoxFixtureFit {
  const c = coxFixture.fits.find((f) => f.name === name);
  if (!c) throw new Error(`no cox fixture ${name}`);
  return c;
}
