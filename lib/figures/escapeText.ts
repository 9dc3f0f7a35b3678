/** Escapes the characters plotly's pseudo-HTML (text, tick labels, annotations) would interpret. */
export function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
