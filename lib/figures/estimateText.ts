import type { ForestEstimate } from "./forestRows";
import { numberFormat } from "./numberFormat";

/** The HR column text of an estimate. */
export function estimateText(e: ForestEstimate | undefined): string {
  if (!e || e.status === "absent") return numberFormat.missing;
  if (e.status === "reference") return "reference";
  if (e.status === "aliased") return "not estimable (collinear)";
  if (e.status === "infinite") return "not estimable (separation)";
  return numberFormat.hrCi(e.hr, e.lower, e.upper);
}

/** The p column text of an estimate (blank for reference / not estimable). */
export function estimatePText(e: ForestEstimate | undefined): string {
  return e && e.status === "estimate" ? numberFormat.p(e.p) : "";
}
