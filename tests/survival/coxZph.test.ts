import { describe, expect, it } from "vitest";
import { coxZph } from "../../lib/survival/coxZph";
import { expectRel } from "../helpers/expectRel";
import { num } from "../helpers/fixtures";
import { coxFitFromFixture, zphCases } from "./coxZphFixture";

const cases = zphCases();

describe("coxZph vs survival 3.5 cox.zph (fit rebuilt from R's coef and model)", () => {
  it.each(Object.entries(cases))("%s", (name, c) => {
    const fit = coxFitFromFixture(c);
    const z = coxZph(fit, { transform: c.transform, terms: c.useTerms ? c.assign : undefined });
    const table = c.result.table;
    const nt = table.length - 1;
    expect(z.terms.map((t) => t.term)).toEqual(c.useTerms ? table.slice(0, nt).map((t) => t.term) : c.terms);
    z.terms.forEach((t, k) => {
      expectRel(t.chisq, table[k].chisq, 1e-9, `${name} ${t.term} chisq`);
      expect(t.df).toBe(table[k].df);
      expectRel(t.p, table[k].p, 1e-9, `${name} ${t.term} p`);
    });
    expectRel(z.global.chisq, table[nt].chisq, 1e-9, `${name} global chisq`);
    expect(z.global.df).toBe(table[nt].df);
    expectRel(z.global.p, table[nt].p, 1e-9, `${name} global p`);
    expectRel(z.x, c.result.x, 1e-12, `${name} x`);
    expectRel(z.time, c.result.time, 0, `${name} time`);
    expect(z.residuals.length).toBe(c.result.y.length);
    z.residuals.forEach((col, k) => expectRel(col, num(c.result.y[k]), 1e-9, `${name} y[, ${k}]`));
    c.result.var.forEach((row, i) => expectRel(z.variance[i], row, 1e-9, `${name} var[${i}, ]`));
    if (c.result.strata === null) expect(z.strata).toBeNull();
    else expect(z.strata!.map(String)).toEqual(c.result.strata);
    expect(z.transform).toBe(c.transform);
  });
});
