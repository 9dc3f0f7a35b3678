import type { CohortSchema } from "../data/cohortTypes";
import { fieldInfo } from "./fieldInfo";
import { columnsOf, type ColumnSource } from "./modelMatrix";

/**
 * Molecular subgroups within a tumour type, labelled from the data dictionary:
 *  - "nsclc": EGFR-mutant; else ALK-positive; else EGFR wild-type and ALK-negative (both tested);
 *    "" (unknown) when neither alteration was found and a test is missing, and for other tumours;
 *  - "breast": HER2-positive / HER2-negative; "" when unknown and for other tumours.
 * Returns one label per row and the levels in display order.
 */
export function driverGroups(source: ColumnSource, schema: CohortSchema, tumour: "nsclc" | "breast"): { values: string[]; levels: string[] } {
  const c = columnsOf(source);
  const primary = c.primary_tumor as readonly string[];
  if (!primary) throw new Error("driverGroups: column primary_tumor is not in the data");
  if (tumour === "breast") {
    const her2 = fieldInfo(schema, "her2_status").levelLabels;
    const status = c.her2_status as readonly string[];
    const levels = [her2.positive, her2.negative];
    return { values: Array.from(primary, (p, i) => (p !== "breast" || !status[i] ? "" : her2[status[i]])), levels };
  }
  const egfr = fieldInfo(schema, "egfr_status").levelLabels;
  const alk = fieldInfo(schema, "alk_status").levelLabels;
  const e = c.egfr_status as readonly string[];
  const a = c.alk_status as readonly string[];
  const negative = `${egfr.wildtype}, ${alk.negative}`;
  const values = Array.from(primary, (p, i) => {
    if (p !== "nsclc") return "";
    if (e[i] === "mutant") return egfr.mutant;
    if (a[i] === "positive") return alk.positive;
    if (e[i] === "wildtype" && a[i] === "negative") return negative;
    return "";
  });
  return { values, levels: [egfr.mutant, alk.positive, negative] };
}
