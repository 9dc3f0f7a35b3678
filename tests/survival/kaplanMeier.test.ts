import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../lib/survival/kaplanMeier";
import { expectRel } from "../helpers/expectRel";
import { num } from "../helpers/fixtures";
import { caseInput, fitCase, kmCases } from "./kmCases";

const TOL = 1e-8;
let worst = 0;

describe("kaplanMeier against R survfit (tests/fixtures/km.json)", () => {
  for (const c of kmCases) {
    it(c.call, () => {
      const curves = fitCase(c);
      expect(curves.length).toBe(c.curves.length);
      c.curves.forEach((r, k) => {
        const cv = curves[k];
        expect(cv.group === null ? null : String(cv.group)).toBe(r.group);
        expect(cv.n).toBe(r.n);
        expect(cv.events).toBe(r["n.event"].reduce((a, b) => a + b, 0));
        expect(cv.confType).toBe(c.confType);
        expect(cv.confLevel).toBe(c.confLevel);
        const cols: Array<[keyof typeof cv, string]> = [
          ["time", "time"], ["nRisk", "n.risk"], ["nEvent", "n.event"], ["nCensor", "n.censor"],
          ["survival", "surv"], ["stdErr", "std.err"], ["lower", "lower"], ["upper", "upper"],
          ["cumHaz", "cumhaz"], ["cumHazStdErr", "std.chaz"],
        ];
        for (const [mine, theirs] of cols) {
          const w = expectRel(cv[mine] as Float64Array, num((r as any)[theirs]), TOL, `${r.group}:${String(mine)}`);
          worst = Math.max(worst, w);
        }
      });
    });
  }
  it("worst relative difference is reported", () => {
    console.log(`kaplanMeier: worst relative difference vs R = ${worst}`);
    expect(worst).toBeLessThan(TOL);
  });
});

describe("kaplanMeier by hand", () => {
  // times 1, 2, 2, 3, 5 with events 1, 1, 0, 1, 0: rows at 1, 2, 3, 5.
  const fit = kaplanMeier({ time: [2, 1, 5, 2, 3], event: [1, 1, 0, 0, 1] }).curves[0];
  it("counts, S, Greenwood and Nelson–Aalen", () => {
    expect(Array.from(fit.time)).toEqual([1, 2, 3, 5]);
    expect(Array.from(fit.nRisk)).toEqual([5, 4, 2, 1]);
    expect(Array.from(fit.nEvent)).toEqual([1, 1, 1, 0]);
    expect(Array.from(fit.nCensor)).toEqual([0, 1, 0, 1]);
    expectRel(fit.survival, [4 / 5, (4 / 5) * (3 / 4), (3 / 5) * (1 / 2), 3 / 10], 1e-15, "S");
    const g1 = 1 / (5 * 4);
    const g2 = g1 + 1 / (4 * 3);
    const g3 = g2 + 1 / (2 * 1);
    expectRel(fit.stdErr, [g1, g2, g3, g3].map(Math.sqrt), 1e-15, "Greenwood");
    expectRel(fit.cumHaz, [1 / 5, 1 / 5 + 1 / 4, 1 / 5 + 1 / 4 + 1 / 2, 1 / 5 + 1 / 4 + 1 / 2], 1e-15, "H");
    const v = [1 / 25, 1 / 25 + 1 / 16, 1 / 25 + 1 / 16 + 1 / 4];
    expectRel(fit.cumHazStdErr, [v[0], v[1], v[2], v[2]].map(Math.sqrt), 1e-15, "se(H)");
    expect(fit.n).toBe(5);
    expect(fit.events).toBe(3);
    expect(fit.group).toBeNull();
  });
  it("log limits: S exp(-/+ z se), upper clipped at 1", () => {
    const z = 1.959963984540054;
    const lower = Array.from(fit.survival, (s, k) => s * Math.exp(-z * fit.stdErr[k]));
    const upper = Array.from(fit.survival, (s, k) => Math.min(1, s * Math.exp(z * fit.stdErr[k])));
    expectRel(fit.lower, lower, 1e-14, "lower");
    expectRel(fit.upper, upper, 1e-14, "upper");
    expect(fit.upper[0]).toBe(1);
  });
  it("S = 0 after the last event at full risk set: NaN limits, Inf Greenwood SE", () => {
    const f = kaplanMeier({ time: [1, 2], event: [1, 1] }).curves[0];
    expect(Array.from(f.survival)).toEqual([0.5, 0]);
    expect(f.stdErr[1]).toBe(Infinity);
    expect(f.lower[1]).toBeNaN();
    expect(f.upper[1]).toBeNaN();
    const ll = kaplanMeier({ time: [1, 2, 3], event: [0, 1, 1], confType: "log-log" }).curves[0];
    expect(ll.lower[0]).toBeNaN(); // S = 1
    const pl = kaplanMeier({ time: [1, 2], event: [1, 1], confType: "plain" }).curves[0];
    expect(pl.lower[1]).toBeNaN();
  });
  it("timefix merges times within sqrt(eps), as survfit", () => {
    const a = kaplanMeier({ time: [1, 1 + 1e-12, 2], event: [1, 1, 0] }).curves[0];
    expect(Array.from(a.time)).toEqual([1, 2]);
    expect(a.nEvent[0]).toBe(2);
    const b = kaplanMeier({ time: [1, 1 + 1e-12, 2], event: [1, 1, 0], timefix: false }).curves[0];
    expect(b.time.length).toBe(3);
  });
});

describe("kaplanMeier invariants", () => {
  const c = kmCases.find((k) => k.data === "veteran" && k.confType === "log-log")!;
  const input = caseInput(c);
  const base = kaplanMeier({ ...input, confType: "log-log" }).curves;
  it("row order does not matter", () => {
    const n = input.time.length;
    const perm = Array.from({ length: n }, (_, i) => (i * 53 + 17) % n); // 53 coprime with 137
    const p = kaplanMeier({
      time: perm.map((i) => input.time[i]),
      event: perm.map((i) => input.event[i]),
      group: perm.map((i) => input.group![i]),
      levels: input.levels,
      confType: "log-log",
    }).curves;
    p.forEach((cv, k) => {
      for (const col of ["time", "nRisk", "nEvent", "nCensor", "survival", "stdErr", "lower", "upper", "cumHaz", "cumHazStdErr"] as const) {
        expect(Array.from(cv[col])).toEqual(Array.from(base[k][col]));
      }
    });
  });
  it("relabelling groups only renames and reorders the curves", () => {
    const rename: Record<string, number> = { squamous: 40, smallcell: 30, adeno: 20, large: 10 };
    const r = kaplanMeier({ time: input.time, event: input.event, group: input.group!.map((g) => rename[g as string]), confType: "log-log" }).curves;
    expect(r.map((cv) => cv.group)).toEqual([10, 20, 30, 40]);
    for (const cv of r) {
      const orig = base.find((b) => rename[b.group as string] === cv.group)!;
      expect(Array.from(cv.survival)).toEqual(Array.from(orig.survival));
      expect(Array.from(cv.lower)).toEqual(Array.from(orig.lower));
    }
  });
  it("a single group equals the ungrouped fit", () => {
    const one = kaplanMeier({ time: input.time, event: input.event, group: input.time.map(() => "all") }).curves;
    const none = kaplanMeier({ time: input.time, event: input.event }).curves;
    expect(one.length).toBe(1);
    expect(one[0].group).toBe("all");
    expect(Array.from(one[0].upper)).toEqual(Array.from(none[0].upper));
  });
});

describe("kaplanMeier rejects bad input", () => {
  it("negative time", () => expect(() => kaplanMeier({ time: [1, 2, -3], event: [1, 0, 1] })).toThrow(/time\[2\] = -3/));
  it("NaN time", () => expect(() => kaplanMeier({ time: [1, NaN], event: [1, 0] })).toThrow(/time\[1\] = NaN/));
  it("infinite time", () => expect(() => kaplanMeier({ time: [Infinity, 1], event: [1, 0] })).toThrow(/time\[0\] = Infinity/));
  it("event = 2", () => expect(() => kaplanMeier({ time: [1, 2, 3], event: [1, 2, 0] })).toThrow(/event\[1\] = 2/));
  it("lengths differ", () => expect(() => kaplanMeier({ time: [1, 2, 3], event: [1, 0] })).toThrow(/event: length 2 differs from time/));
  it("group length differs", () => expect(() => kaplanMeier({ time: [1, 2], event: [1, 0], group: ["a"] })).toThrow(/group: length 1/));
  it("no observations", () => expect(() => kaplanMeier({ time: [], event: [] })).toThrow(/no observations/));
  it("empty group via levels", () =>
    expect(() => kaplanMeier({ time: [1, 2], event: [1, 0], group: ["a", "a"], levels: ["a", "b"] })).toThrow(/level "b" has no observations/));
  it("group label outside levels", () =>
    expect(() => kaplanMeier({ time: [1, 2], event: [1, 0], group: ["a", "c"], levels: ["a"] })).toThrow(/group\[1\] = "c"/));
  it("levels without group", () => expect(() => kaplanMeier({ time: [1], event: [1], levels: ["a"] })).toThrow(/levels/));
  it("unknown confType", () => expect(() => kaplanMeier({ time: [1], event: [1], confType: "logit" as any })).toThrow(/confType = "logit"/));
  it("confLevel outside (0, 1)", () => expect(() => kaplanMeier({ time: [1], event: [1], confLevel: 95 })).toThrow(/confLevel = 95/));
});
