/**
 * danfojs-node, loaded on first use (about a second: it brings a pure-JS TensorFlow), so that
 * importing the library (lib/index.ts) stays fast for code that never reads a file.
 */
export function danfo(): typeof import("danfojs-node") {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  return require("danfojs-node");
}
