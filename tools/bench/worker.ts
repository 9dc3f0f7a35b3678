/**
 * One benchmark routine in its own process (started by tools/bench/run.ts), so the peak memory it
 * reports belongs to that routine alone. Reads the CSV into typed arrays (not timed), then times
 * `runs` calls of the library routine with performance.now() around the call only, forcing a
 * garbage collection before each call when node runs with --expose-gc.
 *
 * Prints one JSON line: { routine, n, times (wall s), cpu (user + system s of the process, which
 * includes V8's helper threads), rssBeforeMB, peakMB, check, note? } or
 * { routine, n, skipped: true, note }.
 *
 * Usage: node --expose-gc --import tsx tools/bench/worker.ts <routine> <csv> <rows> <runs>
 *   routine: km1 | km5 | logrank5 | cox10
 */
import * as fs from "fs";
import * as path from "path";
import { performance } from "perf_hooks";
import { NCOV } from "./generate";

export interface Columns {
  time: Float64Array;
  event: Float64Array;
  g: Float64Array;
  x: Float64Array[];
}

const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * Reads the benchmark CSV (header line, then plain decimals: [-]digits[.digits]) in 4 MB chunks,
 * so the file is never held whole. Each field is m / 10^k with integer m < 2^53 and k <= 22: both
 * exact doubles, so the quotient is the correctly rounded value of the decimal, as strtod gives.
 */
export function readColumns(file: string, n: number): Columns {
  const ncol = 3 + NCOV;
  const cols = Array.from({ length: ncol }, () => new Float64Array(n));
  const buf = Buffer.allocUnsafe(1 << 22);
  const fd = fs.openSync(file, "r");
  let header = true;
  let row = 0;
  let col = 0;
  let m = 0;
  let k = 0;
  let neg = false;
  let dot = false;
  let got: number;
  while ((got = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
    for (let p = 0; p < got; p++) {
      const c = buf[p];
      if (header) {
        if (c === 10) header = false;
        continue;
      }
      if (c >= 48 && c <= 57) {
        m = m * 10 + (c - 48);
        if (dot) k++;
      } else if (c === 46) dot = true;
      else if (c === 45) neg = true;
      else if (c === 44 || c === 10) {
        if (row >= n) throw new Error(`${file}: more than ${n} data rows`);
        const v = m / POW10[k];
        cols[col][row] = neg ? -v : v;
        m = 0;
        k = 0;
        neg = false;
        dot = false;
        if (c === 44) col++;
        else {
          if (col !== ncol - 1) throw new Error(`${file}: row ${row + 1} has ${col + 1} fields, expected ${ncol}`);
          col = 0;
          row++;
        }
      } else if (c !== 13) throw new Error(`${file}: unexpected byte ${c} in row ${row + 1}`);
    }
  }
  fs.closeSync(fd);
  if (row !== n) throw new Error(`${file}: ${row} data rows, expected ${n}`);
  return { time: cols[0], event: cols[1], g: cols[2], x: cols.slice(3) };
}

type Fn = (input: any) => any;

/** Finds a routine: first among lib/index.ts's exports, else in its own module (noted). */
function findRoutine(name: string, modulePath: string): { fn?: Fn; note?: string } {
  const root = path.resolve(__dirname, "../..");
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const index = require(path.join(root, "lib/index"));
  if (typeof index[name] === "function") return { fn: index[name] };
  const file = path.join(root, modulePath);
  if (fs.existsSync(file)) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const mod = require(file);
      if (typeof mod[name] === "function") return { fn: mod[name], note: `${name} not exported from lib/index.ts; loaded from ${modulePath}` };
      return { note: `${name}: not exported from lib/index.ts nor from ${modulePath}` };
    } catch (err) {
      return { note: `${name}: not exported from lib/index.ts; ${modulePath} fails to load: ${String((err as Error).message).split("\n")[0]}` };
    }
  }
  return { note: `${name}: not exported from lib/index.ts and ${modulePath} does not exist yet` };
}

interface Routine {
  lib: string;
  module: string;
  /** Builds the call from the columns; returns a function that runs it and a number to compare with R. */
  call: (fn: Fn, c: Columns) => () => number;
}

export const ROUTINES: Record<string, Routine> = {
  km1: {
    lib: "kaplanMeier",
    module: "lib/survival/kaplanMeier.ts",
    // check: survival at the last time of the single curve
    call: (fn, c) => () => {
      const s = fn({ time: c.time, event: c.event }).curves[0].survival;
      return s[s.length - 1];
    },
  },
  km5: {
    lib: "kaplanMeier",
    module: "lib/survival/kaplanMeier.ts",
    // check: sum over the 5 curves of the survival at each curve's last time
    call: (fn, c) => () => {
      let sum = 0;
      for (const curve of fn({ time: c.time, event: c.event, group: c.g }).curves) sum += curve.survival[curve.survival.length - 1];
      return sum;
    },
  },
  logrank5: {
    lib: "logRank",
    module: "lib/survival/logRank.ts",
    call: (fn, c) => () => fn({ time: c.time, event: c.event, group: c.g }).chisq,
  },
  cox10: {
    lib: "coxph",
    module: "lib/survival/coxph.ts",
    // check: the maximized log partial likelihood
    call: (fn, c) => {
      const covariates: Record<string, Float64Array> = {};
      c.x.forEach((col, j) => (covariates[`x${j + 1}`] = col));
      return () => fn({ time: c.time, event: c.event, covariates, ties: "efron" }).logLik;
    },
  },
};

function peakMB(): number {
  // VmHWM is the resident high-water mark; maxRSS (KiB on Linux) is the same figure elsewhere.
  try {
    const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

function main(): void {
  const [routine, csv, rowsArg, runsArg] = process.argv.slice(2);
  const n = Number(rowsArg);
  const runs = Number(runsArg);
  const r = ROUTINES[routine];
  if (!r) throw new Error(`unknown routine ${routine}; one of ${Object.keys(ROUTINES).join(", ")}`);
  const found = findRoutine(r.lib, r.module);
  if (!found.fn) {
    console.log(JSON.stringify({ routine, n, skipped: true, note: found.note }));
    return;
  }
  const cols = readColumns(csv, n);
  const run = r.call(found.fn, cols);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const rssBeforeMB = process.memoryUsage().rss / 1048576;
  const times: number[] = [];
  const cpu: number[] = [];
  let check = NaN;
  for (let i = 0; i < runs; i++) {
    if (gc) gc();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    check = run();
    times.push((performance.now() - t0) / 1000);
    const c1 = process.cpuUsage(c0);
    cpu.push((c1.user + c1.system) / 1e6);
  }
  console.log(JSON.stringify({ routine, n, times, cpu, rssBeforeMB, peakMB: peakMB(), check, note: found.note }));
}

if (require.main === module) {
  try {
    main();
  } catch (err) {
    const [routine, , rowsArg] = process.argv.slice(2);
    const msg = String((err as Error).message).split("\n")[0];
    console.log(JSON.stringify({ routine, n: Number(rowsArg), skipped: true, note: `failed: ${msg}` }));
    console.error((err as Error).stack);
  }
}
