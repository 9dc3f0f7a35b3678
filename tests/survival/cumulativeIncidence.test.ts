import { describe, expect, it } from "vitest";
import { cumulativeIncidence } from "../../lib/survival/cumulativeIncidence";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { qnorm } from "../../lib/math/qnorm";
import { expectRel } from "../helpers/expectRel";
import { datasets, loadFixture, num } from "../helpers/fixtures";

const fx = loadFixture("competing").cases;
const mg = datasets().mgus2;
const tie = fx.tieData as { time: number[]; cause: number[]; group: string[]; strata: number[] };

function caseData(name: string): { time: number[]; cause: number[]; group?: string[] } {
  if (name === "mgus2_sex") return { time: mg.etime as number[], cause: mg.cause as number[], group: mg.sex as string[] };
  if (name === "mgus2_all") return { time: mg.etime as number[], cause: mg.cause as number[] };
  return { time: tie.time, cause: tie.cause, group: tie.group };
}

const curveCases = Object.entries<any>(fx.cases).filter(([, c]) => c.cuminc !== null);

describe("cumulativeIncidence vs cmprsk::cuminc (timepoints at every distinct time)", () => {
  it.each(curveCases)("%s", (name, c) => {
    const curves = cumulativeIncidence(caseData(name));
    expect(curves.length).toBe(c.cuminc.length);
    c.cuminc.forEach((r: any, k: number) => {
      const cu = curves[k];
      const label = `${name} ${r.group} ${r.cause}`;
      if (name !== "mgus2_all") expect(String(cu.group)).toBe(String(r.group));
      expect(cu.cause).toBe(r.cause);
      expect(cu.varianceType).toBe("cmprsk");
      expectRel(cu.time, r.time, 0, `${label} time`);
      expectRel(cu.estimate, r.est, 1e-12, `${label} est`);
      expectRel(cu.variance, r.var, 1e-10, `${label} var`);
    });
  });
});

describe("cumulativeIncidence vs survfit(Surv(time, factor(cause)) ~ group) (Aalen–Johansen)", () => {
  it.each(curveCases)("%s", (name, c) => {
    const curves = cumulativeIncidence({ ...caseData(name), varianceType: "survfit", confType: "log" });
    c.survfit.forEach((r: any, k: number) => {
      const cu = curves[k];
      const label = `${name} ${r.group} ${r.cause}`;
      expectRel(cu.time, r.time, 0, `${label} time`);
      expectRel(cu.estimate, r.pstate, 1e-12, `${label} pstate`);
      expectRel(Array.from(cu.variance, Math.sqrt), r.stdErr, 1e-10, `${label} std.err`);
      expectRel(cu.lower, num(r.lower), 1e-10, `${label} lower`);
      expectRel(cu.upper, num(r.upper), 1e-10, `${label} upper`);
      for (let j = 0; j < r.time.length; j++) expect(cu.nRisk[j]).toBeGreaterThan(0);
    });
  });
});

describe("cumulativeIncidence by hand", () => {
  it("single cause, no censoring: F = 1 - KM, jackknife var = F(1 - F)/n, cmprsk var = S^2 sum 1/(n - 1)^2", () => {
    const time = [3, 1, 4, 1.5, 9, 2.6, 5.3];
    const n = time.length;
    const [cu] = cumulativeIncidence({ time, cause: time.map(() => 1) });
    const km = kaplanMeier({ time, event: time.map(() => 1) }).curves[0];
    expectRel(cu.estimate, Array.from(km.survival, (s) => 1 - s), 1e-15, "F");
    const F = cu.estimate;
    expectRel(cumulativeIncidence({ time, cause: time.map(() => 1), varianceType: "survfit" })[0].variance,
      Array.from(F, (f) => (f * (1 - f)) / n), 1e-13, "IJ var", 1e-3);
    let sum = 0;
    const expected: number[] = [];
    for (let j = 0; j < n - 1; j++) {
      sum += 1 / ((n - j - 1) * (n - j - 1));
      expected.push((1 - F[j]) * (1 - F[j]) * sum);
    }
    expectRel(cu.variance.slice(0, n - 1), expected, 1e-13, "cmprsk var");
  });

  it("single cause with censoring: F = 1 - KM", () => {
    const time = [3, 1, 4, 1, 9, 2, 5, 2, 2, 7];
    const cause = [1, 0, 1, 1, 0, 1, 0, 0, 1, 1];
    const [cu] = cumulativeIncidence({ time, cause });
    const km = kaplanMeier({ time, event: cause, timefix: false }).curves[0];
    expectRel(cu.estimate, Array.from(km.survival, (s) => 1 - s), 1e-15, "F");
  });

  it("two causes: hand-computed Aalen–Johansen steps, sum of CIFs = 1 - KM", () => {
    // n = 5: t=1 cause 1; t=2 cause 2 and a censoring; t=3 cause 1; t=4 censored
    const time = [1, 2, 2, 3, 4];
    const cause = [1, 2, 0, 1, 0];
    const [c1, c2] = cumulativeIncidence({ time, cause });
    expectRel(c1.estimate, [0.2, 0.2, 0.2 + 0.6 / 2, 0.5], 1e-15, "F1");
    expectRel(c2.estimate, [0, 0.8 / 4, 0.2, 0.2], 1e-15, "F2");
    expectRel(c1.nRisk, [5, 4, 2, 1], 0, "nRisk");
    expectRel(c1.nEvent, [1, 0, 1, 0], 0, "nEvent");
    // first step: cmprsk var = (1 + F/S)^2 S0^2 d/n^2 with F/S at t1 = 0.2/0.8 -> 1.25^2/25
    // then refreshed with F = 0.2 : v1 + F^2 v3 - 2 F v2 = (t4 - F t3)^2 t6 = (1.25 - 0.25)^2/25
    expectRel(c1.variance[0], 1 / 25, 1e-15, "var at t1");
    const km = kaplanMeier({ time, event: cause.map((c) => (c === 0 ? 0 : 1)), timefix: false }).curves[0];
    expectRel(Array.from(c1.estimate, (f, j) => f + c2.estimate[j]), Array.from(km.survival, (s) => 1 - s), 1e-15, "sum");
  });

  it("log-log limits: F^exp(+/- z se / (F log F)); plain and log forms", () => {
    const { time, cause, group } = caseData("tie_group");
    const z = qnorm(0.95);
    for (const confType of ["log-log", "log", "plain"] as const) {
      const curves = cumulativeIncidence({ time, cause, group, confLevel: 0.9, confType });
      for (const cu of curves) {
        for (let j = 0; j < cu.time.length; j++) {
          const f = cu.estimate[j];
          const se = Math.sqrt(cu.variance[j]);
          let lo: number, hi: number;
          if (confType === "log-log") {
            const w = (z * se) / (f * Math.log(f));
            lo = f > 0 && f < 1 ? Math.pow(f, Math.exp(-w)) : NaN;
            hi = f > 0 && f < 1 ? Math.pow(f, Math.exp(w)) : NaN;
            if (f > 0 && f < 1) expect(lo <= f && f <= hi).toBe(true);
          } else if (confType === "log") {
            lo = f > 0 ? f * Math.exp((-z * se) / f) : NaN;
            hi = f > 0 ? Math.min(1, f * Math.exp((z * se) / f)) : NaN;
          } else {
            lo = Math.max(0, f - z * se);
            hi = Math.min(1, f + z * se);
          }
          expectRel(cu.lower[j], lo, 1e-14, `${confType} lower`);
          expectRel(cu.upper[j], hi, 1e-14, `${confType} upper`);
        }
      }
    }
  });
});

describe("cumulativeIncidence invariants", () => {
  it("row order does not matter", () => {
    const { time, cause, group } = caseData("tie_group");
    const perm = time.map((_, i) => (i * 17 + 5) % time.length);
    const a = cumulativeIncidence({ time, cause, group, varianceType: "survfit" });
    const b = cumulativeIncidence({ time: perm.map((i) => time[i]), cause: perm.map((i) => cause[i]), group: perm.map((i) => group![i]), varianceType: "survfit" });
    a.forEach((cu, k) => {
      expectRel(b[k].estimate, cu.estimate, 1e-15, "estimate");
      expectRel(b[k].variance, cu.variance, 1e-13, "variance");
    });
  });

  it("relabelling groups and causes only renames and reorders the curves", () => {
    const { time, cause, group } = caseData("tie_group");
    const a = cumulativeIncidence({ time, cause, group });
    const relab: Record<string, string> = { a: "z", b: "y", c: "x" };
    const b = cumulativeIncidence({ time, cause: cause.map((c) => (c === 0 ? 0 : c === 1 ? 7 : 3)), group: group!.map((g) => relab[g]), levels: ["z", "y", "x"] });
    a.forEach((cu, k) => {
      const other = b.find((o) => o.group === relab[cu.group as string] && o.cause === (cu.cause === 1 ? 7 : 3))!;
      expectRel(other.estimate, cu.estimate, 0, "estimate");
      expectRel(other.variance, cu.variance, 0, "variance");
    });
    expect(b.map((c) => `${c.cause}${c.group}`)).toEqual(["3z", "3y", "3x", "7z", "7y", "7x"]);
  });
});

describe("cumulativeIncidence rejects bad input", () => {
  const ok = { time: [1, 2, 3], cause: [1, 2, 0] };
  it("negative time", () => expect(() => cumulativeIncidence({ ...ok, time: [1, -2, 3] })).toThrow("time[1] = -2: a time must be a finite number >= 0"));
  it("non-finite cause", () => expect(() => cumulativeIncidence({ ...ok, cause: [1, NaN, 0] })).toThrow("cause[1] = NaN: must be a finite number"));
  it("no events", () => expect(() => cumulativeIncidence({ ...ok, cause: [0, 0, 0] })).toThrow("cause: no events (every value is 0 = censored)"));
  it("length mismatch", () => expect(() => cumulativeIncidence({ ...ok, cause: [1, 2] })).toThrow("cause: length 2 differs from time (length 3)"));
  it("empty input", () => expect(() => cumulativeIncidence({ time: [], cause: [] })).toThrow("time: no observations"));
  it("bad group label", () => expect(() => cumulativeIncidence({ ...ok, group: ["a", "", "b"] })).toThrow('group[1] = "": a group label must be a non-empty string or a finite number'));
  it("empty level", () => expect(() => cumulativeIncidence({ ...ok, group: ["a", "a", "b"], levels: ["a", "b", "c"] })).toThrow('group: level "c" has no observations (empty group)'));
  it("levels without group", () => expect(() => cumulativeIncidence({ ...ok, levels: ["a"] })).toThrow("levels: given without group"));
  it("confLevel", () => expect(() => cumulativeIncidence({ ...ok, confLevel: 95 })).toThrow("confLevel = 95: must be a number strictly between 0 and 1"));
  it("confType", () => expect(() => cumulativeIncidence({ ...ok, confType: "arcsin" as any })).toThrow('confType = "arcsin": must be "log-log", "log" or "plain"'));
  it("varianceType", () => expect(() => cumulativeIncidence({ ...ok, varianceType: "greenwood" as any })).toThrow('varianceType = "greenwood": must be "cmprsk" or "survfit"'));
});
