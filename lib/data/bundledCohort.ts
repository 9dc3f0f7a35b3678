/**
 * The bundled synthetic cohort data/lm-cohort.csv: simulateCohort({ n, seed }) with these
 * values (tools/generateCohort.ts writes it; tests check it is up to date).
 */
export const bundledCohort = { n: 400, seed: 20240831, file: "data/lm-cohort.csv" };
