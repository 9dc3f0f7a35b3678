/**
 * Benchmark: the library against R's survival, side by side, on seeded registry-sized data.
 *
 * For every size: generates (or reuses) build/bench/surv-<n>-seed<seed>.csv (tools/bench/generate.ts),
 * then for every routine runs the library in its own node process (tools/bench/worker.ts) and, when
 * Rscript with survival is available, R in its own process (tools/bench/bench.R) on the same CSV.
 * Each side loads the data outside the timing and reports the median of `runs` timed calls and its
 * peak resident memory (VmHWM). Prints a table and writes build/bench/results.json.
 *
 * Routines: km1 kaplanMeier / survfit(~ 1); km5 the same by g (5 groups); logrank5 logRank /
 * survdiff(~ g); cox10 coxph / coxph(~ x1 + ... + x10, ties = "efron"). A routine that lib/index.ts
 * does not export yet is loaded from its module with a note, or skipped with a note.
 *
 * Targets (reported, never asserted): at 1,000,000 rows each routine takes at most half of R's time
 * in the same run (Cox also within 3 s) with a peak memory under 1.5 GB.
 *
 * Usage: npx tsx tools/bench/run.ts [--sizes 100000,1000000] [--runs 5,3] [--seed 20240601]
 *          [--routines km1,km5,logrank5,cox10] [--no-r] [--profile] [--out build/bench/results.json]
 *   --runs     one count for every size, or one per size (default 5 below 1,000,000 rows, 3 from there)
 *   --profile  run the library with node --cpu-prof (profiles in build/bench/profiles/) and print a
 *              per-function summary (tools/bench/profileSummary.ts); timings then include profiling overhead
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { generate } from "./generate";

const ROOT = path.resolve(__dirname, "../..");
const ALL = ["km1", "km5", "logrank5", "cox10"];
const LABEL: Record<string, string> = {
  km1: "kaplanMeier, 1 group",
  km5: "kaplanMeier, 5 groups",
  logrank5: "logRank, 5 groups",
  cox10: "coxph Efron, 10 covariates",
};
const R_CALL: Record<string, string> = {
  km1: "survfit(Surv(time, event) ~ 1)",
  km5: "survfit(Surv(time, event) ~ g)",
  logrank5: "survdiff(Surv(time, event) ~ g)",
  cox10: 'coxph(Surv(time, event) ~ x1 + ... + x10, ties = "efron")',
};
const TARGET_SIZE = 1_000_000;
const PEAK_LIMIT_MB = 1536;

interface Side {
  /** Wall-clock seconds per run, and their median. */
  times: number[];
  median: number;
  /** CPU seconds (user + system) per run, and their median. */
  cpu: number[];
  cpuMedian: number;
  peakMB: number;
  rssBeforeMB?: number;
  check: number;
}

interface Row {
  n: number;
  routine: string;
  label: string;
  rCall: string;
  lib: Side | null;
  r: Side | null;
  ratio: number | null;
  cpuRatio: number | null;
  /** 1-minute load average after the routine (others' processes make timings noisy). */
  loadAfter: number;
  checkRelDiff: number | null;
  target: string;
  notes: string[];
}

function parseArgs(argv: string[]) {
  const opts = {
    sizes: [100_000, 1_000_000], runs: [] as number[], seed: 20240601, routines: ALL, r: true, profile: false,
    out: "build/bench/results.json", dir: "build/bench",
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = (): string => {
      if (i + 1 >= argv.length) throw new Error(`${a}: missing value`);
      return argv[++i];
    };
    if (a === "--sizes") opts.sizes = val().split(",").map((s) => Number(s.replace(/_/g, "")));
    else if (a === "--runs") opts.runs = val().split(",").map(Number);
    else if (a === "--seed") opts.seed = Number(val());
    else if (a === "--routines") opts.routines = val().split(",");
    else if (a === "--no-r") opts.r = false;
    else if (a === "--profile") opts.profile = true;
    else if (a === "--out") opts.out = val();
    else if (a === "--dir") opts.dir = val();
    else if (a === "--help" || a === "-h") {
      console.log("npx tsx tools/bench/run.ts [--sizes 100000,1000000] [--runs 5,3] [--seed N] [--routines km1,km5,logrank5,cox10] [--no-r] [--profile] [--out file]");
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  for (const n of opts.sizes) if (!(Number.isInteger(n) && n > 0)) throw new Error(`--sizes: ${n} is not a positive integer`);
  for (const r of opts.runs) if (!(Number.isInteger(r) && r > 0)) throw new Error(`--runs: ${r} is not a positive integer`);
  if (opts.runs.length > 1 && opts.runs.length !== opts.sizes.length) throw new Error("--runs: give one count, or one per size");
  for (const r of opts.routines) if (!ALL.includes(r)) throw new Error(`--routines: ${r} is not one of ${ALL.join(", ")}`);
  return opts;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const h = s.length >> 1;
  return s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
}

/** Runs a child and returns its last JSON line, or an error note. */
function child(cmd: string, args: string[]): { json?: any; error?: string } {
  const res = spawnSync(cmd, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 26 });
  const lines = (res.stdout || "").trim().split("\n").filter((l) => l.startsWith("{"));
  if (lines.length > 0) {
    try {
      return { json: JSON.parse(lines[lines.length - 1]) };
    } catch {
      // fall through
    }
  }
  const err = (res.stderr || String(res.error || "")).trim().split("\n").filter(Boolean);
  return { error: `exit ${res.status}: ${err.slice(-3).join(" | ") || "no output"}` };
}

function rAvailable(): string | null {
  try {
    return execFileSync("Rscript", ["-e", 'suppressPackageStartupMessages(library(survival)); cat(R.version.string, "survival", format(packageVersion("survival")))'], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim();
  } catch {
    return null;
  }
}

function gitDescribe(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "lib"], { cwd: ROOT, encoding: "utf8" }).trim();
    return dirty ? `${head} + uncommitted changes in lib/` : head;
  } catch {
    return "unknown";
  }
}

const fmtS = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : x < 0.1 ? x.toFixed(3) : x.toFixed(2));
const fmtMB = (x: number | null | undefined): string => (x === null || x === undefined ? "–" : `${Math.round(x)}`);

function table(rows: Row[]): string {
  const head = ["rows", "routine", "library s", "R s", "lib/R", "lib/R CPU", "lib peak MB", "R peak MB", "same result", "target (1M)"];
  const body = rows.map((r) => [
    r.n.toLocaleString("en-US"),
    r.label,
    fmtS(r.lib?.median),
    fmtS(r.r?.median),
    r.ratio === null ? "–" : r.ratio.toFixed(2),
    r.cpuRatio === null ? "–" : r.cpuRatio.toFixed(2),
    fmtMB(r.lib?.peakMB),
    fmtMB(r.r?.peakMB),
    r.checkRelDiff === null ? "–" : r.checkRelDiff < 1e-8 ? "yes" : `NO (rel ${r.checkRelDiff.toExponential(1)})`,
    r.target,
  ]);
  const w = head.map((h, j) => Math.max(h.length, ...body.map((b) => b[j].length)));
  const line = (cells: string[]) => "| " + cells.map((c, j) => (j < 2 ? c.padEnd(w[j]) : c.padStart(w[j]))).join(" | ") + " |";
  return [line(head), "|" + w.map((x, j) => (j < 2 ? ":" : "-") + "-".repeat(x) + (j < 2 ? "-" : ":")).join("|") + "|", ...body.map(line)].join("\n");
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const rVersion = opts.r ? rAvailable() : null;
  const log = (s: string) => process.stderr.write(s + "\n");
  if (opts.r && !rVersion) log("Rscript with the survival package not found: timing the library only");
  const started = new Date();
  const load0 = os.loadavg();
  let maxLoad = load0[0];
  const rows: Row[] = [];

  opts.sizes.forEach((n, si) => {
    const runs = opts.runs.length === 0 ? (n >= TARGET_SIZE ? 3 : 5) : opts.runs.length === 1 ? opts.runs[0] : opts.runs[si];
    const data = generate(n, opts.seed, path.resolve(ROOT, opts.dir), log);
    for (const routine of opts.routines) {
      const notes: string[] = [];
      log(`${n} rows, ${routine}: library (${runs} runs)...`);
      const profDir = path.resolve(ROOT, opts.dir, "profiles", `${routine}-${n}`);
      if (opts.profile) fs.rmSync(profDir, { recursive: true, force: true });
      const nodeFlags = ["--expose-gc", ...(opts.profile ? ["--cpu-prof", "--cpu-prof-dir", profDir] : []), "--import", "tsx"];
      const w = child(process.execPath, [...nodeFlags, path.join(__dirname, "worker.ts"), routine, data.csv, String(n), String(runs)]);
      if (opts.profile && fs.existsSync(profDir)) {
        // the main thread's profile is the largest (tsx's loader thread has its own)
        const files = fs.readdirSync(profDir).map((f) => path.join(profDir, f));
        const main = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
        if (main) {
          const summary = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "profileSummary.ts"), main, "--top", "20"], { cwd: ROOT, encoding: "utf8" });
          log(`profile of ${routine} at ${n} rows (CSV reading included; ${path.relative(ROOT, main)}):\n${summary}`);
        }
      }
      let lib: Side | null = null;
      if (w.error) notes.push(`library: ${w.error}`);
      else if (w.json.skipped) notes.push(`library skipped: ${w.json.note}`);
      else {
        if (w.json.note) notes.push(w.json.note);
        lib = {
          times: w.json.times, median: median(w.json.times), cpu: w.json.cpu, cpuMedian: median(w.json.cpu),
          peakMB: w.json.peakMB, rssBeforeMB: w.json.rssBeforeMB, check: w.json.check,
        };
      }
      let r: Side | null = null;
      if (rVersion) {
        log(`${n} rows, ${routine}: R (${runs} runs)...`);
        const rr = child("Rscript", [path.join(__dirname, "bench.R"), routine, data.csv, String(runs)]);
        if (rr.error) notes.push(`R: ${rr.error}`);
        else r = { times: rr.json.times, median: median(rr.json.times), cpu: rr.json.cpu, cpuMedian: median(rr.json.cpu), peakMB: rr.json.peakMB, check: rr.json.check };
      }
      const ratio = lib && r ? lib.median / r.median : null;
      const cpuRatio = lib && r && r.cpuMedian > 0 ? lib.cpuMedian / r.cpuMedian : null;
      const loadAfter = os.loadavg()[0];
      maxLoad = Math.max(maxLoad, loadAfter);
      const checkRelDiff = lib && r ? Math.abs(lib.check - r.check) / Math.max(Math.abs(r.check), 1e-300) : null;
      let target = "";
      if (n === TARGET_SIZE) {
        if (!lib) target = "not measured";
        else {
          const miss: string[] = [];
          if (ratio === null) miss.push("no R time");
          else if (ratio > 0.5) miss.push("time > R/2");
          if (routine === "cox10" && lib.median > 3) miss.push("> 3 s");
          if (lib.peakMB > PEAK_LIMIT_MB) miss.push("memory > 1.5 GB");
          target = miss.length === 0 ? "met" : `MISSED: ${miss.join(", ")}`;
        }
      }
      rows.push({ n, routine, label: LABEL[routine], rCall: R_CALL[routine], lib, r, ratio, cpuRatio, loadAfter, checkRelDiff, target, notes });
    }
  });

  const load1 = os.loadavg();
  const cmd = "npx tsx tools/bench/run.ts " + process.argv.slice(2).join(" ");
  const cpu = os.cpus();
  const meta = {
    date: started.toISOString(),
    command: cmd.trim(),
    commit: gitDescribe(),
    node: process.version,
    r: rVersion,
    machine: `${cpu.length} x ${cpu[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage1min: { start: load0[0], max: maxLoad, end: load1[0] },
    seed: opts.seed,
    timing:
      "median of the runs; wall clock of the call only (library: performance.now(); R: system.time elapsed), data loaded beforehand; " +
      "CPU = user + system seconds of the process over the call (library: process.cpuUsage, V8 helper threads included; R: system.time user.self + sys.self)",
    memory: "peak resident set (VmHWM) of the process that ran the routine, data included",
  };
  const out = path.resolve(ROOT, opts.out);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ meta, results: rows }, null, 2) + "\n");

  console.log(`\n${meta.date}  commit ${meta.commit}  node ${meta.node}  ${meta.r ?? "R not run"}`);
  console.log(`${meta.machine}; 1-min load average ${load0[0].toFixed(2)} at start, ${maxLoad.toFixed(2)} at most, ${load1[0].toFixed(2)} at end`);
  // the benchmark itself keeps about one core busy
  if (maxLoad > cpu.length - 0.5) {
    console.log(`WARNING: other processes were using the CPU (load average up to ${maxLoad.toFixed(1)} on ${cpu.length} cores): wall times are inflated; compare the CPU ratios, and rerun on an idle machine for figures to publish.`);
  }
  console.log("");
  console.log(table(rows));
  const notes = rows.flatMap((r) => r.notes.map((x) => `- ${r.n.toLocaleString("en-US")} rows, ${r.label}: ${x}`));
  if (notes.length) console.log("\nNotes:\n" + [...new Set(notes)].join("\n"));
  console.log(`\nlib/R: ratio of median wall times (lib/R CPU: of median CPU times); < 1 means the library is faster.`);
  console.log(`Results written to ${path.relative(ROOT, out)}`);
}

main();
