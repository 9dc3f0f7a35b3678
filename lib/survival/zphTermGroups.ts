import { InputError } from "../checkInput";

/** A model term and the coefficient names (columns of the fit) that belong to it, as R's fit$assign. */
export interface ZphTermSpec {
  term: string;
  columns: readonly string[];
}

/**
 * Resolves cox.zph's term grouping against the fit's coefficient names: each group becomes
 * { term, idx } with idx the positions among the kept (non-aliased) columns. Without `spec`
 * every kept column is its own term (R's terms = FALSE, identical to terms = TRUE when each
 * model term has one column). With `spec`, every coefficient name must be listed exactly once;
 * aliased columns are then dropped from their group and empty groups disappear, as cox.zph does.
 */
export function zphTermGroups(
  names: readonly string[],
  kept: readonly number[],
  spec: readonly ZphTermSpec[] | undefined,
): { term: string; idx: number[] }[] {
  const position = new Map<number, number>(kept.map((col, k) => [col, k]));
  if (spec === undefined) return kept.map((col, k) => ({ term: names[col], idx: [k] }));
  if (!Array.isArray(spec)) throw new InputError("terms: expected an array of { term, columns } objects");
  const seen = new Map<string, number>();
  const groups: { term: string; idx: number[] }[] = [];
  spec.forEach((g, t) => {
    if (!g || typeof g.term !== "string" || g.term === "") throw new InputError(`terms[${t}].term: must be a non-empty string`);
    const columns: readonly string[] = g.columns;
    if (!Array.isArray(columns) || columns.length === 0) throw new InputError(`terms[${t}].columns: must be a non-empty array of coefficient names`);
    const idx: number[] = [];
    columns.forEach((c: string, k: number) => {
      const col = names.indexOf(c);
      if (col < 0) throw new InputError(`terms[${t}].columns[${k}] = ${JSON.stringify(c)}: not a coefficient of the fit (${names.join(", ")})`);
      if (seen.has(c)) throw new InputError(`terms[${t}].columns[${k}] = ${JSON.stringify(c)}: already assigned to terms[${seen.get(c)}]`);
      seen.set(c, t);
      const k2 = position.get(col);
      if (k2 !== undefined) idx.push(k2);
    });
    if (idx.length > 0) groups.push({ term: g.term, idx });
  });
  for (const c of names) {
    if (!seen.has(c)) throw new InputError(`terms: coefficient ${JSON.stringify(c)} is not assigned to any term`);
  }
  return groups;
}
