import { describe, expect, it } from "vitest";
import { chisqTest } from "../../lib/stats/chisqTest";
import { fisherTest } from "../../lib/stats/fisherTest";
import { kruskalTest } from "../../lib/stats/kruskalTest";
import { quantile7 } from "../../lib/stats/quantile7";
import { wilcoxonTest } from "../../lib/stats/wilcoxonTest";
import { expectRel } from "../helpers/expectRel";
import { loadFixture } from "../helpers/fixtures";

const fx = loadFixture("tableone").cases;

describe("chisqTest and fisherTest vs R", () => {
  for (const c of fx.tables) {
    it(c.call, () => {
      const chi = chisqTest(c.table);
      expectRel(chi.statistic, c.chisq, 1e-12, "X2");
      expect(chi.df).toBe(c.df);
      expectRel(chi.p, c.chisqP, 1e-10, "chisq p");
      const f = fisherTest(c.table);
      expect(f.complete).toBe(true);
      expectRel(f.p, c.fisherP, 1e-9, "fisher p");
    });
  }
  it("drops all-zero rows and columns; refuses a table with one non-empty row", () => {
    expectRel(chisqTest([[3, 1, 0], [1, 3, 0], [0, 0, 0]]).p, fx.tables[0].chisqP, 1e-12);
    expect(() => chisqTest([[3, 1], [0, 0]])).toThrow(/two non-empty rows/);
    expect(() => fisherTest([[1.5, 2], [1, 1]])).toThrow(/whole numbers/);
  });
  it("Fisher stops at maxTables and says so", () => {
    const f = fisherTest([[20, 30, 25], [30, 20, 25], [25, 25, 20]], { maxTables: 1000 });
    expect(f.complete).toBe(false);
    expect(Number.isNaN(f.p)).toBe(true);
  });
});

describe("kruskalTest vs R", () => {
  for (const c of fx.kruskal) {
    it(c.call, () => {
      const r = kruskalTest(Object.values(c.samples) as number[][]);
      expectRel(r.statistic, c.statistic, 1e-12, "H");
      expect(r.df).toBe(c.df);
      expectRel(r.p, c.p, 1e-10, "p");
    });
  }
});

describe("wilcoxonTest vs R", () => {
  for (const c of fx.wilcoxon) {
    it(c.call, () => {
      const r = wilcoxonTest(c.x, c.y);
      expect(r.statistic).toBe(c.statistic);
      expectRel(r.p, c.p, 1e-10, "p");
    });
  }
});

describe("quantile7 vs R quantile(type = 7)", () => {
  for (const c of fx.quantiles) {
    it(c.call, () => {
      expect(quantile7(c.x, [0, 0.25, 0.5, 0.75, 1])).toEqual(c.q);
    });
  }
  it("is NaN for an empty sample", () => expect(quantile7([], [0.5])[0]).toBeNaN());
});
