import type { CoxFit } from "../../lib/survival/CoxFit";
import { loadFixture, num } from "../helpers/fixtures";

/** One case of tests/fixtures/coxZph.json (written by tests/fixtures/coxZph.R). */
export interface ZphCase {
  call: string;
  model: { start: number[] | null; stop: number[]; event: number[]; x: number[][]; strata: number[] | null; strataLevels: string[] | null };
  terms: string[];
  coef: number[];
  var: number[][];
  means: number[];
  ties: "efron" | "breslow";
  assign: { term: string; columns: string[] }[];
  useTerms: boolean;
  transform: "km" | "rank" | "identity" | "log";
  result: {
    table: { term: string; chisq: number; df: number; p: number }[];
    x: number[];
    time: number[];
    y: (number | null)[][];
    yNames: string[];
    var: number[][];
    strata: string[] | null;
  };
}

export function zphCases(): Record<string, ZphCase> {
  return loadFixture<Record<string, ZphCase>>("coxZph").cases;
}

/**
 * A CoxFit built from R's fit as recorded in the fixture (coef, var, means, ties and the model
 * data), independent of lib/survival/coxph.ts. Fields cox.zph does not use are filled with
 * placeholders (NaN / empty).
 */
export function coxFitFromFixture(c: ZphCase): CoxFit {
  const p = c.terms.length;
  const nan = () => new Array<number>(p).fill(NaN);
  const n = c.model.stop.length;
  return {
    terms: c.terms.slice(),
    coef: num(c.coef as (number | null)[]),
    se: c.var.map((row, i) => Math.sqrt(row[i])),
    hr: c.coef.map(Math.exp),
    hrLower: nan(),
    hrUpper: nan(),
    z: nan(),
    p: nan(),
    aliased: c.coef.map((v) => v === null),
    infinite: new Array<boolean>(p).fill(false),
    variance: c.var,
    logLikNull: NaN,
    logLik: NaN,
    lrTest: { stat: NaN, df: p, p: NaN },
    waldTest: { stat: NaN, df: p, p: NaN },
    scoreTest: { stat: NaN, df: p, p: NaN },
    concordance: { estimate: NaN, stdErr: NaN },
    n,
    events: c.model.event.reduce((a, b) => a + b, 0),
    iterations: 0,
    converged: true,
    warnings: [],
    ties: c.ties,
    confLevel: 0.95,
    means: c.means,
    model: {
      start: c.model.start === null ? null : Float64Array.from(c.model.start),
      stop: Float64Array.from(c.model.stop),
      event: Float64Array.from(c.model.event),
      x: c.model.x.map((col) => Float64Array.from(col)),
      strata: c.model.strata === null ? new Int32Array(n) : Int32Array.from(c.model.strata),
      strataLevels: c.model.strataLevels === null ? [] : c.model.strataLevels.slice(),
    },
  };
}
