/**
 * Authoring aid: writes a .ipynb for the tslab kernel from a plain-text source in which cells are
 * separated by lines "// %%" (code) and "// %% [markdown]" (markdown, written as "// " comments).
 *   npx tsx tools/newNotebook.ts source.ts notebooks/NN-name.ipynb
 * The .ipynb is the committed source of truth; this only saves typing JSON by hand.
 */
import { readFileSync, writeFileSync } from "fs";

const [src, out] = process.argv.slice(2);
if (!src || !out) {
  console.error("usage: npx tsx tools/newNotebook.ts source.ts out.ipynb");
  process.exit(2);
}
const cells: { cell_type: string; id: string; metadata: object; source: string[]; outputs?: []; execution_count?: null }[] = [];
let kind = "";
let lines: string[] = [];
const flush = () => {
  while (lines.length && lines[lines.length - 1].trim() === "") lines.pop();
  if (!kind || !lines.length) return;
  const body = kind === "markdown" ? lines.map((l) => l.replace(/^\/\/ ?/, "")) : lines;
  const source = body.map((l, i) => (i < body.length - 1 ? l + "\n" : l));
  const id = `cell-${cells.length + 1}`;
  cells.push(kind === "markdown" ? { cell_type: "markdown", id, metadata: {}, source } : { cell_type: "code", id, metadata: {}, source, outputs: [], execution_count: null });
};
for (const line of readFileSync(src, "utf8").split("\n")) {
  const m = /^\/\/ %%( \[markdown\])?\s*$/.exec(line);
  if (m) {
    flush();
    kind = m[1] ? "markdown" : "code";
    lines = [];
  } else if (kind) lines.push(line);
}
flush();
const nb = {
  cells,
  metadata: {
    kernelspec: { display_name: "TypeScript", language: "typescript", name: "tslab" },
    language_info: { name: "typescript", file_extension: ".ts", mimetype: "text/typescript" },
  },
  nbformat: 4,
  nbformat_minor: 5,
};
writeFileSync(out, JSON.stringify(nb, null, 1) + "\n");
console.log(`wrote ${out} (${cells.length} cells)`);
