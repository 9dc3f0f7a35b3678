import { resolve } from "path";

/**
 * The cohort file to analyse: the environment variable LM_DATA when set (and not empty),
 * else data/lm-cohort.csv (the bundled synthetic cohort). Relative paths are resolved from
 * the current directory, which is the project root for the notebook kernel, make and vitest.
 */
export function cohortPath(): string {
  const env = process.env.LM_DATA;
  return resolve(env && env.trim() !== "" ? env.trim() : "data/lm-cohort.csv");
}
