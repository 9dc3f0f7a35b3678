import { describe, expect, it } from "vitest";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { inflateSync } from "zlib";
import { figureHtml } from "../../lib/notebook/show";
import { forestColumns, wrapWords } from "../../lib/figures/forestColumns";
import { kmFigure } from "../../lib/figures/kmFigure";
import { exportFigures, withDpi } from "../../tools/exportFigures";
import { kmOverall } from "./sampleInputs";

const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(!existsSync(CHROMIUM))("tools/exportFigures", () => {
  it("writes each figure as SVG (7 in wide) and PNG (2100 px, 300 dpi), named by meta.name or figureN", async () => {
    const dir = mkdtempSync(join(tmpdir(), "lm-export-"));
    const html = join(dir, "html");
    mkdirSync(html);
    const named = kmFigure([kmOverall()], { name: "os overall" });
    const unnamed = kmFigure([kmOverall()], { riskTable: false });
    writeFileSync(join(html, "01-survival.html"), `<!DOCTYPE html><html><body>${figureHtml(named, "lm-figure-1", true)}${figureHtml(unnamed, "lm-figure-2", false)}</body></html>`);
    writeFileSync(join(html, "index.html"), "<!DOCTYPE html><html><body><p>no figures</p></body></html>");
    const out = join(dir, "figures");
    const files = await exportFigures(html, out);
    expect(readdirSync(out).sort()).toEqual(["01-survival-figure2.png", "01-survival-figure2.svg", "01-survival-os-overall.png", "01-survival-os-overall.svg"]);
    expect(files).toHaveLength(4);
    const png = readFileSync(join(out, "01-survival-os-overall.png"));
    const { width, height } = pngSize(png);
    expect(width).toBe(2100);
    // The renderer rounds the scaled height to whole pixels (not always to nearest): within 1 px.
    expect(Math.abs(height - (2100 / 900) * (named.layout!.height as number))).toBeLessThanOrEqual(1);
    const phys = png.indexOf("pHYs");
    expect(png.readUInt32BE(phys + 4)).toBe(11811); // 300 dpi in pixels per metre
    const svg = readFileSync(join(out, "01-survival-os-overall.svg"), "utf8");
    expect(svg).toMatch(/^<svg width="7in" height="[\d.]+in" viewBox="0 0 900 \d+"/);
    expect(svg).toContain("Number at risk");
  }, 120_000);
});

describe("export helpers", () => {
  it("withDpi inserts one valid pHYs chunk after IHDR and keeps the image data", () => {
    // A 1x1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    const out = withDpi(withDpi(png, 150), 300);
    expect(out.toString("ascii", 37, 41)).toBe("pHYs");
    expect(out.indexOf("pHYs", 42)).toBe(-1);
    expect(out.readUInt32BE(41)).toBe(11811);
    const idat = out.indexOf("IDAT");
    expect(inflateSync(out.subarray(idat + 4, idat + 4 + out.readUInt32BE(idat - 4))).length).toBe(5);
  });
  it("forest columns never overlap and footnotes wrap without splitting 'p < 0.001'", () => {
    const c = forestColumns([{ kind: "continuous", variable: "x", label: "A rather long variable label", isReference: false, n: 100, events: 50 }], ["univariable", "multivariable"], true, 0);
    const xs = [c.n, c.events, c.plot[0], c.plot[1], c.hr[0], c.p[0], c.hr[1], c.p[1]];
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    expect(c.p[1]).toBeLessThan(1);
    expect(wrapWords("test: χ² = 61.98, df = 6, p < 0.001.", 20)).toEqual(["test: χ² = 61.98,", "df = 6, p < 0.001."]);
  });
});
