/**
 * Summarises a V8 CPU profile (node --cpu-prof) by function: self time and total (inclusive) time,
 * both in ms and as a share of the sampled time, for the functions of this project's files.
 *
 * Usage: npx tsx tools/bench/profileSummary.ts <file.cpuprofile> [--top 25] [--all]
 *   --all  include node internals and dependencies, not only lib/ and tools/ frames
 */
import * as fs from "fs";
import * as path from "path";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

function main(): void {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("usage: profileSummary.ts <file.cpuprofile> [--top N] [--all]");
  const ti = args.indexOf("--top");
  const top = ti >= 0 ? Number(args[ti + 1]) : 25;
  const all = args.includes("--all");
  const prof: Profile = JSON.parse(fs.readFileSync(file, "utf8"));
  const root = path.resolve(__dirname, "../..");

  const byId = new Map<number, Node>();
  for (const n of prof.nodes) byId.set(n.id, n);
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

  // time per sample (microseconds)
  const selfUs = new Map<number, number>();
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const totalUs = prof.samples.length ? prof.timeDeltas.reduce((a, b) => a + b, 0) : 0;

  const key = (n: Node): string => {
    const url = n.callFrame.url.replace(/^file:\/\//, "");
    const rel = url.startsWith(root) ? path.relative(root, url) : url || "(native)";
    return `${n.callFrame.functionName || "(anonymous)"}  ${rel}:${n.callFrame.lineNumber + 1}`;
  };
  const mine = (n: Node): boolean => {
    const url = n.callFrame.url.replace(/^file:\/\//, "");
    return url.startsWith(path.join(root, "lib")) || url.startsWith(path.join(root, "tools"));
  };

  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const n = byId.get(id)!;
    const k = all || mine(n) ? key(n) : `(other) ${n.callFrame.functionName || n.callFrame.url || "(program)"}`;
    self.set(k, (self.get(k) ?? 0) + us);
    // inclusive: every distinct function on the stack
    const seen = new Set<string>();
    let cur: number | undefined = id;
    while (cur !== undefined) {
      const node = byId.get(cur)!;
      const kk = key(node);
      if (!seen.has(kk) && (all || mine(node))) {
        seen.add(kk);
        incl.set(kk, (incl.get(kk) ?? 0) + us);
      }
      cur = parent.get(cur);
    }
  }
  const pct = (us: number) => ((100 * us) / totalUs).toFixed(1).padStart(5) + "%";
  const ms = (us: number) => (us / 1000).toFixed(0).padStart(7) + " ms";
  console.log(`sampled ${(totalUs / 1000).toFixed(0)} ms\n\nself time:`);
  for (const [k, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
  console.log("\ninclusive time:");
  for (const [k, us] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${ms(us)} ${pct(us)}  ${k}`);
}

main();
