/** A seeded pseudo-random number generator with the draws the cohort simulator needs. */
export interface Rng {
  /** Uniform on the open interval (0, 1). */
  uniform(): number;
  /** Standard normal (Box-Muller, two uniforms per draw, no caching). */
  normal(): number;
  /** true with probability p. */
  bernoulli(p: number): boolean;
  /** One of `levels`, with probabilities proportional to `weights`. */
  pick<T>(levels: readonly T[], weights: readonly number[]): T;
  /** Exponential with the given rate. */
  exponential(rate: number): number;
}

/**
 * A small deterministic PRNG: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator,
 * 128-bit state, as in PractRand) seeded through splitmix32, so that the same seed gives the
 * same stream on every platform (only 32-bit integer arithmetic; Math.imul). Not for
 * cryptography. The seed is any integer (taken modulo 2^32).
 */
export function createRng(seed: number): Rng {
  let s = seed >>> 0;
  const splitmix = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitmix(), b = splitmix(), c = splitmix(), d = splitmix();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next();
  const uniform = () => (next() + 0.5) / 4294967296;
  return {
    uniform,
    normal: () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform()),
    bernoulli: (p) => uniform() < p,
    pick: (levels, weights) => {
      let total = 0;
      for (const w of weights) total += w;
      let u = uniform() * total;
      for (let i = 0; i < levels.length; i++) {
        u -= weights[i];
        if (u < 0) return levels[i];
      }
      return levels[levels.length - 1];
    },
    exponential: (rate) => -Math.log(uniform()) / rate,
  };
}
