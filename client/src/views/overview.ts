/* Pictures: the outlet × outlet matrix of conflicts and echoes, and a timeline of claims by date. */

import type { Overview } from "../../../graph-schema/api";
import { h } from "./dom";

const SVG = "http://www.w3.org/2000/svg";
function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function matrixView(o: Overview, onCell: (a: string, b: string) => void): HTMLElement {
  const cell = (a: string, b: string) => o.matrix.find((m) => (m.a === a && m.b === b) || (m.a === b && m.b === a));
  const max = Math.max(1, ...o.matrix.map((m) => m.contradicts + m.supports));
  const table = h(
    "table",
    { class: "matrix", id: "matrix" },
    h("tr", {}, h("th", {}, ""), ...o.outlets.map((x) => h("th", { class: "rot" }, x))),
    ...o.outlets.map((a) =>
      h(
        "tr",
        {},
        h("th", {}, a),
        ...o.outlets.map((b) => {
          const m = cell(a, b);
          const n = m ? m.contradicts + m.supports : 0;
          const red = m && m.contradicts >= m.supports;
          const alpha = n ? 0.15 + (0.85 * n) / max : 0;
          return h(
            "td",
            {
              title: m ? `${a} × ${b}: ${m.contradicts} contradict, ${m.supports} support` : `${a} × ${b}: none`,
              style: n ? `background: rgba(${red ? "215,38,61" : "27,153,139"},${alpha.toFixed(2)})` : "",
              "data-cell": `${a}|${b}`,
              onclick: () => onCell(a, b),
            },
            m ? `${m.contradicts}≠ ${m.supports}=` : "",
          );
        }),
      ),
    ),
  );
  return h("div", { class: "scroll-x" }, table);
}

export function timelineView(o: Overview): HTMLElement {
  const dates = [...new Set(o.timeline.map((t) => t.date))].sort();
  const outlets = o.outlets;
  const width = 400;
  const rowH = 22;
  const left = 110;
  const height = outlets.length * rowH + 30;
  const x = (d: string) => left + (dates.length <= 1 ? 0 : (dates.indexOf(d) / (dates.length - 1)) * (width - left - 20));
  const svg = s("svg", { width, height, viewBox: `0 0 ${width} ${height}`, id: "timeline" });
  outlets.forEach((outlet, i) => {
    svg.append(s("text", { x: 0, y: i * rowH + 15, "font-size": 11 }, outlet.length > 18 ? `${outlet.slice(0, 17)}…` : outlet));
    svg.append(s("line", { x1: left, x2: width - 10, y1: i * rowH + 11, y2: i * rowH + 11, stroke: "#e3e6eb" }));
  });
  const maxClaims = Math.max(1, ...o.timeline.map((t) => t.claims));
  for (const t of o.timeline) {
    const row = outlets.indexOf(t.outlet);
    if (row < 0) continue;
    const r = 3 + 7 * Math.sqrt(t.claims / maxClaims);
    const dot = s("circle", { cx: x(t.date), cy: row * rowH + 11, r, fill: t.contradicted ? "#d7263d" : "#f4a259", "fill-opacity": 0.8 });
    dot.append(s("title", {}, `${t.outlet}, ${t.date}: ${t.claims} claims, ${t.contradicted} contradicted`));
    svg.append(dot);
  }
  if (dates.length) {
    svg.append(s("text", { x: left, y: height - 4, "font-size": 10, fill: "#667" }, dates[0]!));
    svg.append(s("text", { x: width - 10, y: height - 4, "font-size": 10, fill: "#667", "text-anchor": "end" }, dates[dates.length - 1]!));
  }
  return h("div", {}, svg as unknown as HTMLElement);
}

/** The Overview tab: the matrix, whose cells open that pair's conflicts, above the timeline. */
export function overviewView(o: Overview, onCell: (a: string, b: string) => void): HTMLElement[] {
  return [h("h3", {}, "Outlet × outlet: conflicts (≠) and echoes (=)"), matrixView(o, onCell), h("h3", {}, "Claims by date and outlet (red: contradicted)"), timelineView(o)];
}
