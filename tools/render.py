#!/usr/bin/env python3
"""Executes notebooks headless with the project's tslab kernel and writes one self-contained HTML page each.

    /usr/bin/python3 tools/render.py --out build/html notebooks/*.ipynb

Pages use nbconvert's "basic" template (cell bodies only) inside a small page of our own, so
nothing is fetched from a CDN: the only script is the plotly.js bundle that the first figure
of each notebook inlines. A notebook whose cell throws fails the run; the message names the
notebook, the cell and what the kernel printed. The executed notebooks are kept beside the
pages (.executed/) so the index can read titles and headlines from them.
"""
import argparse, html, json, os, sys, time
from concurrent.futures import ProcessPoolExecutor

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from nbconvert import HTMLExporter

HERE = os.path.dirname(os.path.abspath(__file__))


def title_of(nb, fallback):
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return fallback


def render(path, out_dir, timeout):
    name = os.path.splitext(os.path.basename(path))[0]
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, kernel_name="tslab", timeout=timeout, allow_errors=False)
    started = time.time()
    try:
        client.execute()
    except CellExecutionError:
        for index, cell in enumerate(nb.cells):
            errors = [o.get("text", "") for o in cell.get("outputs", []) if o.get("name") == "stderr" or o.get("output_type") == "error"]
            if errors:
                src = "\n".join("    " + l for l in cell.source.splitlines()[:8])
                return name, False, f"cell {index + 1}:\n{src}\n  kernel said:\n" + "\n".join("    " + l for l in "".join(errors).strip().splitlines()[:20])
        return name, False, "a cell failed without printing an error"
    exporter = HTMLExporter(template_name="basic")
    body, _ = exporter.from_notebook_node(nb)
    with open(os.path.join(HERE, "page.css"), encoding="utf-8") as f:
        css = f.read()
    title = title_of(nb, name)
    page = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{html.escape(title)}</title>"
        f"<style>{css}</style></head><body><main class=\"notebook\">"
        "<p class=\"nav\"><a href=\"index.html\">&larr; all notebooks</a></p>\n"
        f"{body}\n</main></body></html>\n"
    )
    with open(os.path.join(out_dir, name + ".html"), "w", encoding="utf-8") as f:
        f.write(page)
    os.makedirs(os.path.join(out_dir, ".executed"), exist_ok=True)
    nbformat.write(nb, os.path.join(out_dir, ".executed", name + ".ipynb"))
    return name, True, f"{time.time() - started:.1f} s"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--timeout", type=int, default=600)
    ap.add_argument("notebooks", nargs="+")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    failed = []
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        futures = [pool.submit(render, p, args.out, args.timeout) for p in sorted(args.notebooks)]
        for path, fut in zip(sorted(args.notebooks), futures):
            name, ok, info = fut.result()
            if ok:
                print(f"rendered {path} -> {os.path.join(args.out, name + '.html')} ({info})")
            else:
                failed.append(path)
                print(f"FAILED {path}: {info}", file=sys.stderr)
    if failed:
        print(f"{len(failed)} notebook(s) failed: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
