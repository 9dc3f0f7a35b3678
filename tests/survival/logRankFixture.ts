import { datasets } from "../helpers/fixtures";

/** Columns of one logrank.json case, rows selected (0-based) as the R script kept them. */
export function caseColumns(c: {
  data: string; rows: number[]; time?: string; event?: string; group?: string; strata?: string | null;
  perturbRows?: number[]; perturbBy?: number[]; jitter?: number;
}) {
  const name = c.data === "tiesJ" ? "ties" : c.data;
  const d = datasets()[name];
  const col = (k: string) => c.rows.map((i) => d[k][i]);
  const time = col(c.time ?? "time") as number[];
  if (c.perturbRows) {
    // tiesJ: the ties set with a few times nudged by less than the timefix tolerance.
    const pos = new Map(c.rows.map((r, j) => [r, j]));
    c.perturbRows.forEach((r, j) => (time[pos.get(r) as number] += (c.perturbBy as number[])[j]));
  }
  if (c.jitter) time.forEach((t, j) => (time[j] = t + (j + 1) * (c.jitter as number)));
  return {
    time,
    event: col(c.event ?? "status") as number[],
    group: col(c.group ?? "ph.ecog") as (string | number)[],
    strata: c.strata ? (col(c.strata) as (string | number)[]) : undefined,
  };
}
