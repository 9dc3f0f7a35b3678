/**
 * Seeded synthetic data for the benchmark (tools/bench/run.ts), written as CSV under build/bench/.
 *
 * Columns: time, event, g, x1..x10.
 *   x1..x10  independent standard normals (written with 6 decimals);
 *   g        group 1..5, uniform;
 *   event time  exponential with rate 0.1 exp(0.5 x1 - 0.3 x2 + 0.2 x3 + 0.1 (g - 3)),
 *   censoring   exponential with rate 0.04, independent;  time = min, event = 1 if the event came first
 *   (about 70% events). Times are rounded to one decimal and clamped to >= 0.1, so ties are common
 *   (about a thousand distinct times whatever the size).
 * The same seed and size always give the same bytes. A sidecar <file>.json records the size, seed,
 * generator version and event fraction; an existing file with matching metadata is reused.
 *
 * Usage: npx tsx tools/bench/generate.ts [--sizes 100000,1000000] [--seed 20240601] [--dir build/bench]
 */
import * as fs from "fs";
import * as path from "path";

export const GENERATOR_VERSION = 1;
export const NCOV = 10;

export interface DataFile {
  csv: string;
  n: number;
  seed: number;
  events: number;
}

/** xoshiro128** seeded by splitmix32: 32-bit integer state, reproducible across platforms. */
class Rng {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = NaN;

  constructor(seed: number) {
    let x = seed >>> 0;
    const next = (): number => {
      x = (x + 0x9e3779b9) >>> 0;
      let z = x;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.s0 = next();
    this.s1 = next();
    this.s2 = next();
    this.s3 = next();
  }

  private u32(): number {
    const result = Math.imul(rotl(Math.imul(this.s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (this.s1 << 9) >>> 0;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 = (this.s2 ^ t) >>> 0;
    this.s3 = rotl(this.s3 >>> 0, 11);
    this.s0 >>>= 0;
    this.s1 >>>= 0;
    return result;
  }

  /** Uniform on (0, 1), 53 random bits, never 0. */
  uniform(): number {
    const hi = this.u32() >>> 5; // 27 bits
    const lo = this.u32() >>> 6; // 26 bits
    return (hi * 67108864 + lo + 0.5) / 9007199254740992;
  }

  /** Standard normal by Box–Muller (both values used). */
  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = NaN;
      return s;
    }
    const r = Math.sqrt(-2 * Math.log(this.uniform()));
    const a = 2 * Math.PI * this.uniform();
    this.spare = r * Math.sin(a);
    return r * Math.cos(a);
  }
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}

export function dataPath(dir: string, n: number, seed: number): string {
  return path.join(dir, `surv-${n}-seed${seed}.csv`);
}

/** Writes (or reuses) the CSV for n rows and this seed; returns its path and event count. */
export function generate(n: number, seed: number, dir: string, log: (s: string) => void = () => {}): DataFile {
  const csv = dataPath(dir, n, seed);
  const meta = `${csv}.json`;
  if (fs.existsSync(csv) && fs.existsSync(meta)) {
    try {
      const m = JSON.parse(fs.readFileSync(meta, "utf8"));
      if (m.n === n && m.seed === seed && m.version === GENERATOR_VERSION && fs.statSync(csv).size === m.bytes) {
        return { csv, n, seed, events: m.events };
      }
    } catch {
      // regenerate below
    }
  }
  fs.mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const rng = new Rng(seed);
  const tmp = `${csv}.tmp`;
  const fd = fs.openSync(tmp, "w");
  const header = ["time", "event", "g"];
  for (let j = 1; j <= NCOV; j++) header.push(`x${j}`);
  let chunk = header.join(",") + "\n";
  let bytes = 0;
  let events = 0;
  const x = new Float64Array(NCOV);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < NCOV; j++) x[j] = Math.round(rng.normal() * 1e6) / 1e6;
    const g = 1 + Math.min(4, Math.floor(rng.uniform() * 5));
    const eta = 0.5 * x[0] - 0.3 * x[1] + 0.2 * x[2] + 0.1 * (g - 3);
    const tEvent = -Math.log(rng.uniform()) / (0.1 * Math.exp(eta));
    const tCens = -Math.log(rng.uniform()) / 0.04;
    const ev = tEvent <= tCens ? 1 : 0;
    const tenths = Math.max(1, Math.round(Math.min(tEvent, tCens) * 10));
    events += ev;
    let line = `${(tenths / 10).toFixed(1)},${ev},${g}`;
    for (let j = 0; j < NCOV; j++) line += "," + x[j].toFixed(6);
    chunk += line + "\n";
    if (chunk.length > 1 << 22) {
      bytes += fs.writeSync(fd, chunk);
      chunk = "";
    }
  }
  bytes += fs.writeSync(fd, chunk);
  fs.closeSync(fd);
  fs.renameSync(tmp, csv);
  fs.writeFileSync(meta, JSON.stringify({ n, seed, version: GENERATOR_VERSION, bytes, events }) + "\n");
  log(`generated ${csv}: ${n} rows, ${((100 * events) / n).toFixed(1)}% events, ${(bytes / 1e6).toFixed(0)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { csv, n, seed, events };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name: string, dflt: string): string => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
  };
  const sizes = opt("sizes", "100000,1000000").split(",").map(Number);
  const seed = Number(opt("seed", "20240601"));
  const dir = opt("dir", "build/bench");
  for (const n of sizes) {
    const f = generate(n, seed, dir, console.log);
    console.log(`${f.csv}: ${n} rows, ${f.events} events`);
  }
}
