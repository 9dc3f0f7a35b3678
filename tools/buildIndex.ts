/**
 * Writes build/html/index.html: each rendered notebook with its title, its question (the first
 * paragraph after the title) and its headline answer (the .lm-headline element it displayed),
 * plus what produced the pages: the dataset's file name, row count and SHA-256, the library
 * version and the git commit.
 *
 *   npx tsx tools/buildIndex.ts build/html data/lm-cohort.csv
 */
import { execSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";

interface Cell { cell_type: string; source: string | string[]; outputs?: { data?: Record<string, string | string[]> }[] }
const text = (s: string | string[] | undefined): string => (Array.isArray(s) ? s.join("") : s ?? "");
const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function describe(executed: string): { title: string; question: string; headline: string } {
  const cells: Cell[] = JSON.parse(readFileSync(executed, "utf8")).cells;
  let title = basename(executed, ".ipynb");
  let question = "";
  for (const cell of cells.filter((c) => c.cell_type === "markdown")) {
    const lines = text(cell.source).split("\n");
    const h = lines.find((l) => l.startsWith("# "));
    if (h && title === basename(executed, ".ipynb")) {
      title = h.slice(2).trim();
      question = lines.filter((l) => l.trim() && !l.startsWith("#"))[0] ?? "";
      break;
    }
  }
  let headline = "";
  for (const cell of cells) {
    for (const out of cell.outputs ?? []) {
      const m = /<div class="lm-headline">([\s\S]*?)<\/div>/.exec(text(out.data?.["text/html"]));
      if (m) headline = m[1];
    }
  }
  return { title, question, headline };
}

function fingerprint(dataPath: string): [string, string][] {
  const rows: [string, string][] = [];
  if (existsSync(dataPath)) {
    const bytes = readFileSync(dataPath);
    const lines = dataPath.endsWith(".csv") ? bytes.toString("utf8").split(/\r?\n/).filter((l) => l.trim()).length - 1 : NaN;
    rows.push(["dataset", basename(dataPath)], ["rows", Number.isNaN(lines) ? "see notebooks" : String(lines)],
      ["SHA-256", createHash("sha256").update(bytes).digest("hex")]);
  } else rows.push(["dataset", `${basename(dataPath)} (not found)`]);
  const pkg = JSON.parse(readFileSync("package.json", "utf8"));
  rows.push(["library", `${pkg.name} ${pkg.version}`]);
  let commit = "unknown";
  try {
    commit = execSync("git rev-parse HEAD", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim();
    if (execSync("git status --porcelain", { stdio: ["ignore", "pipe", "ignore"] }).toString().trim()) commit += " (with uncommitted changes)";
  } catch { /* not a git checkout */ }
  rows.push(["git commit", commit]);
  return rows;
}

const [outDir = "build/html", dataPath = "data/lm-cohort.csv"] = process.argv.slice(2);
const executedDir = join(outDir, ".executed");
const items = readdirSync(executedDir).filter((f) => f.endsWith(".ipynb")).sort().map((f) => {
  const name = f.replace(/\.ipynb$/, "");
  const d = describe(join(executedDir, f));
  return `<li><a href="${esc(name)}.html">${esc(d.title)}</a>` +
    (d.question ? `<div class="question">${esc(d.question)}</div>` : "") +
    (d.headline ? `<div class="headline">${d.headline}</div>` : "") + "</li>";
});
const css = readFileSync(join(__dirname, "page.css"), "utf8");
const fp = fingerprint(dataPath).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join("");
writeFileSync(join(outDir, "index.html"), `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Leptomeningeal metastasis: survival analyses</title><style>${css}</style></head>
<body><main class="index"><h1>Leptomeningeal metastasis: survival analyses</h1>
<p>Each page is one notebook executed on the dataset below. Pages show aggregates only.</p>
<ul class="notebooks">${items.join("\n")}</ul>
<h2>What produced these pages</h2><dl class="fingerprint">${fp}</dl>
</main></body></html>
`);
console.log(`wrote ${join(outDir, "index.html")} (${items.length} notebooks)`);
