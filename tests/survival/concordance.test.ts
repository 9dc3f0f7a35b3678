import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/checkInput";
import { ConcordanceInput, ConcordanceResult, concordance } from "../../lib/survival/concordance";
import { expectRel } from "../helpers/expectRel";
import { loadFixture } from "../helpers/fixtures";

interface Case {
  call: string;
  input: {
    time: number[]; status: number[]; score: number[]; start?: number[];
    strata?: string[]; weights?: number[]; cluster?: string[];
  };
  options: { reverse: boolean; timewt: ConcordanceInput["timewt"]; timefix: boolean };
  result: ConcordanceResult;
  summaryConcordance?: number[];
}

const fx = loadFixture<Case[]>("concordance").cases;
const COUNT_TOL = 1e-13;
const EST_TOL = 1e-13;
const SE_TOL = 1e-12;

function inputOf(c: Case): ConcordanceInput {
  const { time, status, score, start, strata, weights, cluster } = c.input;
  return { time, event: status, score, start, strata, weights, cluster, ...c.options };
}

function expectResult(r: ConcordanceResult, e: ConcordanceResult, label: string): void {
  expectRel([r.concordant, r.discordant, r.tiedX, r.tiedY, r.tiedXY], [e.concordant, e.discordant, e.tiedX, e.tiedY, e.tiedXY],
    COUNT_TOL, `${label} counts`, 1e-300);
  expectRel(r.estimate, e.estimate, EST_TOL, `${label} estimate`);
  expectRel(r.stdErr, e.stdErr, SE_TOL, `${label} stdErr`);
  expect(r.n).toBe(e.n);
}

describe("concordance vs R survival 3.5", () => {
  for (const c of fx) {
    it(c.call, () => {
      const r = concordance(inputOf(c));
      expectResult(r, c.result, c.call);
      if (c.summaryConcordance) {
        // summary(coxph)$concordance = c(C, se(C)): what coxph gets by calling concordance on its lp
        expectRel([r.estimate, r.stdErr], c.summaryConcordance, SE_TOL, "summary(fit)$concordance");
      }
    });
  }
});

describe("concordance by hand", () => {
  // A(t=1, event, x=4), B(2, event, 1), C(3, censored, 3), D(4, event, 1).
  // Comparable pairs (shorter time is an event): A-B, A-C, A-D discordant (the longer lived has
  // the smaller score), B-C concordant, B-D tied on the score; C is censored before D.
  const small = { time: [1, 2, 3, 4], event: [1, 1, 0, 1], score: [4, 1, 3, 1] };
  // Influence: I_conc = (0,1,1,0), I_disc = (3,1,1,1), I_tiedx = (0,1,0,1); N = 5, d = -2/5;
  // dfbeta = (-0.36, 0.24, 0.16, -0.04), var = sum dfbeta^2 / 4 = 0.0536.
  it("counts, C = (1 + 1/2)/5 and the jackknife standard error", () => {
    const r = concordance(small);
    expect([r.concordant, r.discordant, r.tiedX, r.tiedY, r.tiedXY]).toEqual([1, 3, 1, 0, 0]);
    expectRel(r.estimate, 0.3, 1e-15, "C");
    expectRel(r.stdErr, Math.sqrt(0.0536), 1e-14, "se");
    expect(r.n).toBe(4);
  });

  it("reverse swaps concordant and discordant, C -> 1 - C, same se", () => {
    const r = concordance({ ...small, reverse: true });
    expect([r.concordant, r.discordant, r.tiedX]).toEqual([3, 1, 1]);
    expectRel(r.estimate, 0.7, 1e-15, "C");
    expectRel(r.stdErr, Math.sqrt(0.0536), 1e-14, "se");
  });

  it("a censoring tied with an event time is still at risk (comparable)", () => {
    const r = concordance({ ...small, time: [1, 2, 2, 4] });
    expect([r.concordant, r.discordant, r.tiedX, r.tiedY]).toEqual([1, 3, 1, 0]);
  });

  it("two events at the same time are tied.y, not comparable", () => {
    // B and C both die at 2: tied.y; C-D now discordant. dfbeta = (-0.12, 0.12, -0.08, 0.08).
    const r = concordance({ time: [1, 2, 2, 4], event: [1, 1, 1, 0], score: [4, 1, 3, 1] });
    expect([r.concordant, r.discordant, r.tiedX, r.tiedY, r.tiedXY]).toEqual([0, 4, 1, 1, 0]);
    expectRel(r.estimate, 0.1, 1e-15, "C");
    expectRel(r.stdErr, Math.sqrt(0.0104), 1e-14, "se");
  });

  it("strata: no pairs across strata", () => {
    const r = concordance({ ...small, strata: ["a", "b", "a", "b"] });
    // a: A(1, x4) vs C(3, x3) discordant; b: B(2, x1) vs D(4, x1) tied.x
    expect([r.concordant, r.discordant, r.tiedX]).toEqual([0, 1, 1]);
    expectRel(r.estimate, 0.25, 1e-15, "C");
  });
});

describe("concordance invariants", () => {
  const heart = fx.find((c) => c.call.startsWith("coxph(Surv(start, stop, event) ~ age + transplant, data = heart, cluster"))!;
  const lung = fx.find((c) => c.call.startsWith("concordance(Surv(time, status) ~ age + strata(sex)"))!;
  for (const c of [heart, lung]) {
    it(`row order does not matter: ${c.call}`, () => {
      const n = c.input.time.length;
      const perm = Array.from({ length: n }, (_, i) => (i * 7919 + 13) % n);
      expect(new Set(perm).size).toBe(n);
      const p = <T>(a: T[] | undefined) => (a === undefined ? undefined : perm.map((i) => a[i]));
      const inp = inputOf(c);
      const r = concordance({
        ...inp, time: p(c.input.time)!, event: p(c.input.status)!, score: p(c.input.score)!,
        start: p(c.input.start), strata: p(c.input.strata), cluster: p(c.input.cluster),
      });
      expectResult(r, c.result, "permuted");
    });
  }

  it("a monotone transform of the score changes nothing", () => {
    const c = fx.find((k) => k.call === "concordance(Surv(time, status) ~ xr, data = ties)")!;
    const r = concordance({ ...inputOf(c), score: c.input.score.map((x) => Math.exp(2 * x) - 5) });
    expectResult(r, c.result, "exp(2x) - 5");
  });

  it("no events: NaN estimate and zero counts, as R", () => {
    const r = concordance({ time: [1, 2, 3], event: [0, 0, 0], score: [1, 2, 3] });
    expect([r.concordant, r.discordant, r.tiedX, r.tiedY, r.tiedXY]).toEqual([0, 0, 0, 0, 0]);
    expect(r.estimate).toBeNaN();
  });
});

describe("concordance rejects bad input", () => {
  const ok = { time: [1, 2, 3], event: [1, 0, 1], score: [0.5, 1, 2] };
  const bad = (inp: ConcordanceInput, message: string) => {
    expect(() => concordance(inp)).toThrow(InputError);
    expect(() => concordance(inp)).toThrow(message);
  };
  it("lengths differ", () => bad({ ...ok, score: [1, 2] }, "score: length 2 differs from time (length 3)"));
  it("NaN score", () => bad({ ...ok, score: [1, NaN, 2] }, "score[1] = NaN: must be a finite number"));
  it("negative time", () => bad({ ...ok, time: [1, -2, 3] }, "time[1] = -2: a time must be a finite number >= 0"));
  it("event not 0/1", () => bad({ ...ok, event: [1, 2, 0] }, "event[1] = 2: an event indicator must be 0 or 1"));
  it("start >= stop", () => bad({ ...ok, start: [0, 2, 1] }, "start[1] = 2: must be < time[1] = 2 (a (start, stop] interval)"));
  it("weight <= 0", () => bad({ ...ok, weights: [1, 0, 1] }, "weights[1] = 0: a case weight must be > 0"));
  it("unknown timewt", () => bad({ ...ok, timewt: "x" as "n" }, 'timewt = "x": must be one of "n", "S", "S/G", "n/G2", "I"'));
  it("timewt other than n on (start, stop] data", () =>
    bad({ ...ok, start: [0, 0, 0], timewt: "S" }, 'timewt = "S": only "n" is available for (start, stop] data'));
  it("an interval merged to length 0 by timefix", () =>
    bad({ ...ok, start: [0, 2 - 1e-12, 0] }, "start[1] = 1.999999999999, time[1] = 2: the interval has length 0 once times closer than sqrt(machine eps) are merged (timefix)"));
});
