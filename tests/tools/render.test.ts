import { describe, expect, it } from "vitest";
import { spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";

// Executes real notebooks with the project's tslab kernel (make unit installs it first).
const root = resolve(__dirname, "../..");
const env = { ...process.env, JUPYTER_PATH: join(root, ".jupyter/share/jupyter") };

function notebook(cells: string[]): object {
  return {
    cells: cells.map((source, i) => ({ cell_type: "code", id: `c${i}`, metadata: {}, source, outputs: [], execution_count: null })),
    metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}

describe("tools/render.py", () => {
  it("fails when a cell throws, naming the notebook, the cell and the error", () => {
    const dir = mkdtempSync(join(tmpdir(), "render-"));
    const path = join(dir, "broken-example.ipynb");
    writeFileSync(path, JSON.stringify(notebook(["const ok = 1;", 'throw new Error("deliberately broken");'])));
    const run = spawnSync("/usr/bin/python3", [join(root, "tools/render.py"), "--out", join(dir, "html"), path], { env, encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("FAILED");
    expect(run.stderr).toContain("broken-example.ipynb");
    expect(run.stderr).toContain("cell 2");
    expect(run.stderr).toContain("deliberately broken");
  });
});
