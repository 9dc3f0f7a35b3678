/**
 * Publication export: opens every rendered notebook page in headless Chromium (Debian's
 * /usr/bin/chromium, network cut off) and writes each figure (.lm-figure div, id lm-figure-N) as
 * SVG and PNG with Plotly.toImage inside the page, so the files are exactly what plotly draws.
 *
 *   npx tsx tools/exportFigures.ts build/html build/figures [--width 900] [--width-in 7] [--dpi 300]
 *
 * Files are named <notebook>-<name>.svg/.png, where name is the figure's layout.meta.name when the
 * builder set one (options.name), else figureN. Each figure is laid out at its own layout.width if
 * it has one (the forest plot does), else --width CSS pixels (default 900), and its own layout
 * height; the PNG is rendered at scale (width-in x dpi) / width,
 * i.e. 7 in at 300 dpi = 2100 px wide by default, and carries its resolution in a pHYs chunk; the
 * SVG is sized in inches (width-in wide) with a viewBox, so it imports at journal width.
 * Fails (exit 1) on a console error, a network request, or a figure that does not export.
 */
import { chromium } from "playwright-core";
import { mkdirSync, readdirSync, writeFileSync } from "fs";
import { basename, join, resolve } from "path";
import { pathToFileURL } from "url";

export interface ExportOptions {
  /** Layout width in CSS pixels (default 900). */
  width?: number;
  /** Physical width in inches (default 7). */
  widthIn?: number;
  /** PNG resolution (default 300). */
  dpi?: number;
  chromiumPath?: string;
}

const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Exports every figure of every page in `inDir` to `outDir`; returns the files written. */
export async function exportFigures(inDir: string, outDir: string, options: ExportOptions = {}): Promise<string[]> {
  const width = options.width ?? 900;
  const widthIn = options.widthIn ?? 7;
  const dpi = options.dpi ?? 300;
  const pages = readdirSync(inDir).filter((f) => f.endsWith(".html")).sort();
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({ executablePath: options.chromiumPath ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });
  const written: string[] = [];
  const problems: string[] = [];
  try {
    for (const file of pages) {
      const notebook = basename(file, ".html");
      const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
      await context.route("**/*", (route) => {
        const url = route.request().url();
        if (url.startsWith("file://") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
        problems.push(`${file}: requested ${url} (blocked)`);
        return route.abort();
      });
      const page = await context.newPage();
      page.on("console", (m) => { if (m.type() === "error") problems.push(`${file}: console error: ${m.text()}`); });
      page.on("pageerror", (e) => problems.push(`${file}: page error: ${e.message}`));
      await page.goto(pathToFileURL(join(inDir, file)).href, { waitUntil: "load" });
      const count = await page.locator(".lm-figure").count();
      if (count === 0) {
        await context.close();
        continue;
      }
      await page.waitForFunction(() => Array.from(document.querySelectorAll(".lm-figure")).every((d) => d.querySelector("svg.main-svg")), undefined, { timeout: 30_000 });
      const images = await page.evaluate(
        async ({ defaultWidth, pixels }) => {
          const P = (window as unknown as { Plotly: { toImage(gd: unknown, o: Record<string, unknown>): Promise<string> } }).Plotly;
          const out: { id: string; name: string | null; width: number; height: number; svg: string; png: string }[] = [];
          for (const div of Array.from(document.querySelectorAll(".lm-figure"))) {
            const gd = div as unknown as { layout?: { width?: number; height?: number; meta?: { name?: unknown } }; _fullLayout?: { height?: number } };
            const width = gd.layout?.width ?? defaultWidth; // a builder that fixes its width (forest plot) keeps it
            const height = gd.layout?.height ?? gd._fullLayout?.height ?? 450;
            const meta = gd.layout?.meta?.name;
            const svg = await P.toImage(gd, { format: "svg", width, height });
            const png = await P.toImage(gd, { format: "png", width, height, scale: pixels / width });
            out.push({ id: div.id, name: typeof meta === "string" ? meta : null, width, height, svg, png });
          }
          return out;
        },
        { defaultWidth: width, pixels: widthIn * dpi },
      );
      const used = new Set<string>();
      for (const img of images) {
        const n = /lm-figure-(\d+)$/.exec(img.id)?.[1] ?? String(images.indexOf(img) + 1);
        let name = safe(img.name ?? `figure${n}`);
        if (used.has(name)) name = `${name}-${n}`;
        used.add(name);
        const stem = join(outDir, `${notebook}-${name}`);
        writeFileSync(`${stem}.svg`, sizeSvg(decodeSvg(img.svg), img.width, img.height, widthIn));
        writeFileSync(`${stem}.png`, withDpi(Buffer.from(img.png.slice(img.png.indexOf(",") + 1), "base64"), dpi));
        written.push(`${stem}.svg`, `${stem}.png`);
      }
      console.log(`${file}: ${images.length} figure(s)`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  if (problems.length) throw new Error(problems.join("\n"));
  return written;
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "figure";
}

/** The SVG text of a data: URL (plotly returns it URI-encoded, or base64). */
function decodeSvg(url: string): string {
  const comma = url.indexOf(",");
  const head = url.slice(0, comma);
  const body = url.slice(comma + 1);
  return head.endsWith(";base64") ? Buffer.from(body, "base64").toString("utf8") : decodeURIComponent(body);
}

/** Sets the root <svg>'s size in inches, keeping the pixel coordinate system as its viewBox. */
function sizeSvg(svg: string, width: number, height: number, widthIn: number): string {
  const heightIn = (widthIn * height) / width;
  return svg.replace(/<svg\b[^>]*>/, (tag) => {
    let t = tag.replace(/\s(width|height|viewBox)="[^"]*"/g, "");
    t = t.replace(/^<svg/, `<svg width="${widthIn}in" height="${heightIn.toFixed(4)}in" viewBox="0 0 ${width} ${height}"`);
    return t;
  });
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Inserts (or replaces) the PNG pHYs chunk so the file states its resolution in dots per inch. */
export function withDpi(png: Buffer, dpi: number): Buffer {
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8);
  const type = Buffer.from("pHYs", "ascii");
  const chunk = Buffer.alloc(21);
  chunk.writeUInt32BE(9, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 17);
  // Walk the chunks: drop an existing pHYs, insert ours right after IHDR.
  const parts: Buffer[] = [png.subarray(0, 8)];
  let off = 8;
  while (off < png.length) {
    const len = png.readUInt32BE(off);
    const kind = png.toString("ascii", off + 4, off + 8);
    const end = off + 12 + len;
    if (kind !== "pHYs") parts.push(png.subarray(off, end));
    if (kind === "IHDR") parts.push(chunk);
    off = end;
  }
  return Buffer.concat(parts);
}

function arg(args: string[], flag: string): number | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : undefined;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const positional = args.filter((a, i) => !a.startsWith("--") && !(i > 0 && args[i - 1].startsWith("--")));
  const inDir = resolve(positional[0] ?? "build/html");
  const outDir = resolve(positional[1] ?? "build/figures");
  exportFigures(inDir, outDir, { width: arg(args, "--width"), widthIn: arg(args, "--width-in"), dpi: arg(args, "--dpi") })
    .then((files) => console.log(`wrote ${files.length} file(s) to ${outDir}`))
    .catch((err) => {
      console.error(String(err instanceof Error ? err.message : err));
      process.exit(1);
    });
}
