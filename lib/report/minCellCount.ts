/**
 * The small-cell suppression threshold of every table and risk table in the notebooks: counts
 * from 1 to k - 1 are printed as "<k" (the builders' `suppressBelow` option). Read once per
 * notebook from the environment variable LM_MIN_CELL (`make html MIN_CELL=5`); unset or empty
 * means 0, no suppression. Anything but a whole number >= 0 is refused with a message, so a
 * typo can never silently publish small counts.
 */
export function minCellCount(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.LM_MIN_CELL;
  if (raw === undefined || raw.trim() === "") return 0;
  const v = Number(raw.trim());
  if (!Number.isInteger(v) || v < 0) {
    throw new Error(`LM_MIN_CELL = ${JSON.stringify(raw)}: the small-cell threshold must be a whole number >= 0 (0 = no suppression)`);
  }
  return v;
}
