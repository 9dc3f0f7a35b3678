/**
 * Opens every rendered page in headless Chromium (Debian's /usr/bin/chromium via playwright-core)
 * with the network cut off, and fails when a page
 *   - logs a console error or throws,
 *   - requests anything outside file:// (each such request is blocked and reported),
 *   - has a figure div (.lm-figure) without a drawn plot (an SVG with at least one trace),
 *   - is larger than 3 MB, or
 *   - shows something that looks like row-level patient data (a study code such as LM-0001).
 *
 *   npx tsx tools/checkHtml.ts build/html [--screenshots build/screenshots]
 */
import { chromium } from "playwright-core";
import { mkdirSync, readdirSync, statSync } from "fs";
import { join, resolve } from "path";
import { pathToFileURL } from "url";

const MAX_BYTES = 3 * 1024 * 1024;
const STUDY_CODE = /\bLM-\d{3,}\b/;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dir = resolve(args[0] ?? "build/html");
  const shotIndex = args.indexOf("--screenshots");
  const shots = shotIndex >= 0 ? resolve(args[shotIndex + 1]) : null;
  if (shots) mkdirSync(shots, { recursive: true });
  const pages = readdirSync(dir).filter((f) => f.endsWith(".html")).sort();
  if (pages.length === 0) throw new Error(`no .html pages in ${dir}`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const problems: string[] = [];
  try {
    for (const file of pages) {
      const path = join(dir, file);
      const size = statSync(path).size;
      if (size > MAX_BYTES) problems.push(`${file}: ${(size / 1048576).toFixed(2)} MB is over the 3 MB limit`);
      const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file://") || url.startsWith("data:")) return route.continue();
        problems.push(`${file}: requested ${url} (blocked)`);
        return route.abort();
      });
      page.on("console", (msg) => { if (msg.type() === "error") problems.push(`${file}: console error: ${msg.text()}`); });
      page.on("pageerror", (err) => problems.push(`${file}: page error: ${err.message}`));
      await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
      await page.waitForTimeout(300);
      const figures = await page.$$eval(".lm-figure", (divs) =>
        divs.map((d) => ({
          id: d.id,
          drawn: d.classList.contains("js-plotly-plot") && d.querySelector("svg.main-svg") !== null,
          traces: d.querySelectorAll(".scatterlayer .trace, .barlayer .trace").length,
        })),
      );
      for (const f of figures) {
        if (!f.drawn || f.traces === 0) problems.push(`${file}: figure ${f.id} is not drawn (${f.traces} traces)`);
      }
      const text = await page.evaluate(() => document.body.innerText);
      const leak = STUDY_CODE.exec(text);
      if (leak) problems.push(`${file}: shows a study code (${leak[0]}): pages must carry aggregates only`);
      if (shots) await page.screenshot({ path: join(shots, file.replace(/\.html$/, ".png")), fullPage: true });
      console.log(`checked ${file}: ${figures.length} figure(s), ${(size / 1048576).toFixed(2)} MB`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length) {
    console.error(problems.map((p) => `FAIL ${p}`).join("\n"));
    process.exit(1);
  }
  console.log(`all ${pages.length} page(s) load offline with every figure drawn`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
