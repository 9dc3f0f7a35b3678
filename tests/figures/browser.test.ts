/**
 * Renders one figure of every kind (and every table) into a self-contained page exactly as the
 * notebooks do (lib/notebook/show's figureHtml, plotly bundle inlined once), opens it offline in
 * headless Chromium and checks: each figure is drawn (svg.main-svg with traces), no console errors
 * or blocked requests, and every risk-table number sits under the x tick of its time (bounding-box
 * centres within a few pixels). Screenshots go to build/figure-check/ for looking at.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { pathToFileURL } from "url";
import { chromium, type Browser, type Page } from "playwright-core";
import { figureHtml } from "../../lib/notebook/show";
import { sampleFigures, sampleTables, type SampleFigure } from "./sampleFigures";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const root = resolve(__dirname, "../..");
const shots = join(root, "build/figure-check");
const TOLERANCE_PX = 3;

interface Box { text: string; cx: number }

describe.skipIf(!existsSync(CHROMIUM))("figures in headless Chromium", () => {
  let browser: Browser;
  let page: Page;
  let figures: SampleFigure[];
  const problems: string[] = [];

  beforeAll(async () => {
    figures = sampleFigures();
    const tables = sampleTables();
    const css = readFileSync(join(root, "tools/page.css"), "utf8");
    const body =
      figures.map((f, i) => `<h2>${f.name}</h2>` + figureHtml(f.spec, `lm-figure-${i + 1}`, i === 0)).join("\n") +
      tables.map((t) => `<div class="table-shot" id="${t.name}">${t.table.html}</div>`).join("\n");
    const dir = mkdtempSync(join(tmpdir(), "lm-figures-"));
    const file = join(dir, "figures.html");
    writeFileSync(file, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>figures</title><style>${css}</style></head><body><main class="notebook">${body}</main></body></html>`);
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file://") || url.startsWith("data:")) return route.continue();
      problems.push(`requested ${url}`);
      return route.abort();
    });
    page = await context.newPage();
    page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
    await page.waitForFunction(() => Array.from(document.querySelectorAll(".lm-figure")).every((d) => d.querySelector("svg.main-svg")));
    await page.waitForTimeout(300);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("draws every figure with its traces, without console errors or network requests", async () => {
    const drawn = await page.$$eval(".lm-figure", (divs) =>
      divs.map((d) => ({
        id: d.id,
        svg: d.querySelector("svg.main-svg") !== null,
        traces: d.querySelectorAll(".scatterlayer .trace").length,
      })),
    );
    expect(drawn).toHaveLength(figures.length);
    drawn.forEach((d, i) => {
      expect(d.svg, figures[i].name).toBe(true);
      expect(d.traces, figures[i].name).toBe((figures[i].spec.data as unknown[]).length);
    });
    expect(await page.locator("table.lm-table").count()).toBe(3);
    expect(problems).toEqual([]);
  });

  it("puts each risk-table number under the x tick of its time", async () => {
    const checked: string[] = [];
    for (let i = 0; i < figures.length; i++) {
      if (!figures[i].riskTable) continue;
      const { ticks, rows } = await page.$eval(`#lm-figure-${i + 1}`, (div) => {
        const centre = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.left + r.width / 2;
        };
        const ticks = Array.from(div.querySelectorAll(".xaxislayer-above .xtick text")).map((t) => ({ text: t.textContent ?? "", cx: centre(t) }));
        const rows = Array.from(div.querySelectorAll(".subplot.x2y2 .scatterlayer .trace"))
          .map((tr) => Array.from(tr.querySelectorAll(".textpoint text")).map((t) => ({ text: t.textContent ?? "", cx: centre(t) })))
          .filter((r) => r.length > 0);
        return { ticks, rows };
      });
      const layout = figures[i].spec.layout as Record<string, any>;
      const breaks = layout.xaxis.tickvals as number[];
      expect(ticks.map((t: Box) => t.text), figures[i].name).toEqual(layout.xaxis.ticktext);
      const specRows = (figures[i].spec.data as Record<string, any>[]).filter((t) => t.meta?.role === "riskTable");
      expect(rows.length, figures[i].name).toBe(specRows.length);
      rows.forEach((row: Box[], r: number) => {
        expect(row).toHaveLength(breaks.length);
        // The numbers shown are the spec's (plotly decodes &lt; to <).
        expect(row.map((b) => b.text)).toEqual(specRows[r].text.map((s: string) => s.replace(/&lt;/g, "<")));
        row.forEach((b, j) => {
          const dx = Math.abs(b.cx - ticks[j].cx);
          if (dx > TOLERANCE_PX) throw new Error(`${figures[i].name}: risk-table "${b.text}" at tick ${ticks[j].text} is ${dx.toFixed(1)} px off`);
        });
      });
      checked.push(figures[i].name);
    }
    expect(checked).toEqual(["km-risk-table", "km-kmunicate", "km-overall", "cumulative-incidence"]);
  });

  it("takes a screenshot of every figure and table (build/figure-check/)", async () => {
    const divs = await page.$$(".lm-figure");
    for (let i = 0; i < divs.length; i++) await divs[i].screenshot({ path: join(shots, `${figures[i].name}.png`) });
    for (const t of await page.$$(".table-shot")) await t.screenshot({ path: join(shots, `${await t.getAttribute("id")}.png`) });
    expect(existsSync(join(shots, "km-risk-table.png"))).toBe(true);
  });
});
