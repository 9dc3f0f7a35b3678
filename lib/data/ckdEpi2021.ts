/** Micromoles per litre of creatinine in one mg/dL (molar mass 113.12 g/mol). */
const UMOL_PER_MGDL = 88.4;

/**
 * Estimated GFR (mL/min/1.73 m²) by the CKD-EPI 2021 race-free creatinine equation:
 *
 *   eGFR = 142 × min(Scr/κ, 1)^α × max(Scr/κ, 1)^-1.200 × 0.9938^age × 1.012 [if female]
 *
 * with Scr the serum creatinine in mg/dL (µmol/L / 88.4), κ = 0.7 (female) or 0.9 (male),
 * α = -0.241 (female) or -0.302 (male), age in years.
 * Reference: Inker LA, Eneanya ND, Coresh J, et al. New creatinine- and cystatin C-based
 * equations to estimate GFR without race. N Engl J Med 2021;385(19):1737-1749.
 * Returns NaN when the creatinine or age is missing (NaN) or not positive, or the sex is
 * not "female" or "male".
 */
export function ckdEpi2021(creatinineUmolL: number, age: number, sex: string): number {
  if (!(creatinineUmolL > 0) || !(age > 0) || (sex !== "female" && sex !== "male")) return NaN;
  const female = sex === "female";
  const kappa = female ? 0.7 : 0.9;
  const alpha = female ? -0.241 : -0.302;
  const ratio = creatinineUmolL / UMOL_PER_MGDL / kappa;
  return 142 * Math.pow(Math.min(ratio, 1), alpha) * Math.pow(Math.max(ratio, 1), -1.2) * Math.pow(0.9938, age) * (female ? 1.012 : 1);
}
