// Minimal declarations for the parts of jstat this project uses (jstat ships no types).
declare module "jstat" {
  export const jStat: {
    gammaln(x: number): number;
    normal: { inv(p: number, mean: number, sd: number): number };
  };
}
