import type { CoxFit } from "../survival/CoxFit";
import { pchisq } from "../math/pchisq";
import { qnorm } from "../math/qnorm";

/**
 * The hazard ratio of term `a` relative to term `b` of one Cox fit, exp(b_a - b_b), with its Wald
 * confidence interval and p from var(b_a - b_b) = V_aa + V_bb - 2 V_ab (e.g. intrathecal
 * pemetrexed vs other agents, both coded against no intrathecal treatment).
 * R: b <- coef(fit); V <- vcov(fit); d <- b[a] - b[b]; se <- sqrt(V[a,a] + V[b,b] - 2 * V[a,b])
 */
export function coxContrast(fit: Pick<CoxFit, "terms" | "coef" | "variance" | "confLevel">, a: string, b: string): { hr: number; lower: number; upper: number; p: number; coef: number; se: number } {
  const i = fit.terms.indexOf(a);
  const j = fit.terms.indexOf(b);
  if (i < 0 || j < 0) throw new Error(`coxContrast: ${i < 0 ? a : b} is not a term of the fit`);
  const coef = fit.coef[i] - fit.coef[j];
  const se = Math.sqrt(fit.variance[i][i] + fit.variance[j][j] - 2 * fit.variance[i][j]);
  const z = qnorm(1 - (1 - fit.confLevel) / 2);
  return { hr: Math.exp(coef), lower: Math.exp(coef - z * se), upper: Math.exp(coef + z * se), p: pchisq((coef / se) ** 2, 1, false), coef, se };
}
