/*
 * The Figures tab: over the stage, one SVG strip per disputed measure with each source's figure
 * placed on a shared axis (a dot, a range bar, or a fading bar for an open bound), labelled with
 * outlet, speaker and date; contradicting figures are ringed in red and joined by an arc. A figure
 * opens its claim; "PNG" saves the whole chart.
 */

import type { FigureRow, Figures, FigureValue } from "../../../graph-schema/figures";
import { api } from "../api";
import { axisFor, compact, packLanes, type Axis } from "../figure-axis";
import { changed, type Store } from "../store";
import { clear, errorText, h } from "./dom";

export interface FiguresHandlers {
  onPick(claimId: string): void;
  /** The story to show; null shows the rows of every story. */
  story(): string | null;
}

export interface FiguresController {
  load(): Promise<void>;
}

const SVG_NS = "http://www.w3.org/2000/svg";
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const INK = "#1d2330";
const MUTED = "#5b6475";
const RED = "#d7263d";
const PALETTE = ["#2452c8", "#e08a1e", "#1b998b", "#8e44ad", "#c2185b", "#5d8a1f", "#00838f", "#795548"];
const PAD_X = 28;
const AXIS_Y = 96;
const LANES_Y = 46;
const LANE_H = 38;
const FADE = 70;
const LEGEND_H = 34;

function s(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const measurer = document.createElement("canvas").getContext("2d");
function textWidth(text: string, size: number, weight = 400): number {
  if (!measurer) return text.length * size * 0.6;
  measurer.font = `${weight} ${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
const title = (r: FigureRow) => capital(`${r.measure.replace(/^percent:/, "share of ").replace(/[:+]/g, " ")}${r.place ? ` in ${r.place}` : ""}${r.unit ? ` (${r.unit})` : ""}`);
const spreadText = (r: FigureRow) => (r.ratio === null ? "none against some" : `×${r.ratio < 10 ? r.ratio.toFixed(2) : Math.round(r.ratio)} apart`);
const who = (v: FigureValue) => [v.outlet ?? "unknown outlet", v.speaker].filter(Boolean).join(" · ");
const whose = (w: string | null) => (w === null ? null : w === w.toLowerCase() ? `group: ${w}` : `of ${w}`);
const detailLine = (v: FigureValue) => [`“${v.text}”`, whose(v.whose), v.published].filter(Boolean).join(" · ");

function mark(v: FigureValue, axis: Axis, x0: number, w: number, colour: string, gradients: SVGElement): SVGElement {
  const g = s("g", {});
  const px = (n: number) => x0 + axis.at(n) * w;
  const x = px(v.value);
  const ring = v.conflictsWith.length > 0;
  if (v.bound === "exact") {
    g.append(s("circle", { cx: x, cy: AXIS_Y, r: 7, fill: colour, stroke: "#fff", "stroke-width": 2 }));
    if (ring) g.append(s("circle", { cx: x, cy: AXIS_Y, r: 11, fill: "none", stroke: RED, "stroke-width": 2.5 }));
    return g;
  }
  if (v.bound === "range" || v.bound === "approx") {
    const a = px(v.low ?? v.value);
    const b = Math.max(px(v.high ?? v.value), a + 6);
    const approx = v.bound === "approx";
    g.append(
      s("rect", {
        x: a - 3, y: AXIS_Y - 6, width: b - a + 6, height: 12, rx: 6, fill: colour, "fill-opacity": approx ? 0.35 : 0.85,
        stroke: ring ? RED : colour, "stroke-width": ring ? 2.5 : 1.5, "stroke-dasharray": approx && !ring ? "4 3" : "none",
      }),
      s("line", { x1: x, x2: x, y1: AXIS_Y - 9, y2: AXIS_Y + 9, stroke: INK, "stroke-width": 2 }),
    );
    return g;
  }
  const right = v.bound === "at least";
  const end = right ? Math.min(x + FADE, x0 + w + 6) : Math.max(x - FADE, x0 - 6);
  const id = `fade-${gradients.childElementCount}`;
  const grad = s("linearGradient", { id, x1: right ? 0 : 1, x2: right ? 1 : 0, y1: 0, y2: 0 });
  grad.append(s("stop", { offset: 0, "stop-color": colour, "stop-opacity": 0.9 }), s("stop", { offset: 1, "stop-color": colour, "stop-opacity": 0 }));
  gradients.append(grad);
  const dir = right ? 1 : -1;
  g.append(
    s("rect", { x: Math.min(x, end), y: AXIS_Y - 5, width: Math.abs(end - x), height: 10, fill: `url(#${id})` }),
    s("path", { d: `M ${end - dir * 9} ${AXIS_Y - 7} L ${end} ${AXIS_Y} L ${end - dir * 9} ${AXIS_Y + 7}`, fill: "none", stroke: colour, "stroke-width": 2, "stroke-opacity": 0.6 }),
    s("line", { x1: x, x2: x, y1: AXIS_Y - 10, y2: AXIS_Y + 10, stroke: colour, "stroke-width": 4, "stroke-linecap": "round" }),
  );
  if (ring) g.append(s("rect", { x: Math.min(x, end) - 4, y: AXIS_Y - 10, width: Math.abs(end - x) + 8, height: 20, rx: 10, fill: "none", stroke: RED, "stroke-width": 2.5 }));
  return g;
}

function rowView(r: FigureRow, width: number, colourOf: (outlet: string | null) => string, gradients: SVGElement, onPick: (v: FigureValue) => void): { g: SVGElement; height: number } {
  const w = width - 2 * PAD_X;
  const axis = axisFor(r.values);
  const g = s("g", { class: "fig-row", "data-key": r.key, "data-measure": r.measure });
  const conflicts = r.values.filter((v) => v.conflictsWith.length > 0).length;
  g.append(
    s("text", { x: PAD_X, y: 22, "font-size": 16, "font-weight": 700, fill: INK }, title(r)),
    s("text", { x: PAD_X, y: 40, "font-size": 11.5, fill: MUTED }, `${r.storyTitle} · ${r.sources} sources · ${axis.kind} scale`),
    s("text", { x: width - PAD_X, y: 22, "font-size": 14, "font-weight": 700, fill: r.ratio === null || r.ratio >= 2 ? RED : INK, "text-anchor": "end" }, spreadText(r)),
  );
  if (conflicts) g.append(s("text", { x: width - PAD_X, y: 40, "font-size": 11.5, fill: RED, "text-anchor": "end" }, `${conflicts} figures contradicted`));
  g.append(s("line", { x1: PAD_X, x2: PAD_X + w, y1: AXIS_Y, y2: AXIS_Y, stroke: "#c9ced8", "stroke-width": 1.5 }));
  for (const t of axis.ticks) {
    const x = PAD_X + axis.at(t) * w;
    g.append(s("line", { x1: x, x2: x, y1: AXIS_Y - 4, y2: AXIS_Y + 4, stroke: "#c9ced8" }), s("text", { x, y: AXIS_Y + 20, "font-size": 10.5, fill: "#8a92a3", "text-anchor": "middle" }, compact(t)));
  }
  const xOf = (v: FigureValue) => PAD_X + axis.at(v.value) * w;
  const byId = new Map(r.values.map((v) => [v.id, v]));
  for (const v of r.values) {
    for (const other of v.conflictsWith.map((id) => byId.get(id)).filter((o): o is FigureValue => o !== undefined && v.id < o.id)) {
      const [a, b] = [xOf(v), xOf(other)];
      const lift = 16 + Math.min(22, Math.abs(b - a) / 10);
      g.append(s("path", { class: "fig-conflict", d: `M ${a} ${AXIS_Y - 12} Q ${(a + b) / 2} ${AXIS_Y - 12 - 2 * lift} ${b} ${AXIS_Y - 12}`, fill: "none", stroke: RED, "stroke-width": 1.8, "stroke-dasharray": "5 4" }));
    }
  }
  const boxes = r.values.map((v) => ({ x: xOf(v) - 6, width: 18 + Math.max(textWidth(who(v), 12.5, 600), textWidth(detailLine(v), 11.5)) }));
  const lanes = packLanes(boxes, width - PAD_X / 2, 14);
  r.values.forEach((v, i) => {
    const { x: lx, lane } = lanes[i]!;
    const y = AXIS_Y + LANES_Y + lane * LANE_H;
    const colour = colourOf(v.outlet);
    const item = s("g", {
      class: "fig-value", "data-value": v.id, "data-claim": v.claimId, "data-text": v.text, "data-bound": v.bound,
      "data-conflict": String(v.conflictsWith.length > 0), tabindex: 0, role: "button", style: "cursor: pointer",
    });
    item.append(
      s("title", {}, `${who(v)}: ${v.claimText}`),
      s("line", { x1: xOf(v), x2: xOf(v), y1: AXIS_Y + 12, y2: y - 10, stroke: colour, "stroke-opacity": 0.5, "stroke-width": 1 }),
      mark(v, axis, PAD_X, w, colour, gradients),
      s("circle", { cx: lx + 5, cy: y - 4, r: 4.5, fill: colour }),
      s("text", { x: lx + 14, y, "font-size": 12.5, "font-weight": 600, fill: INK }, who(v)),
      s("text", { x: lx + 14, y: y + 15, "font-size": 11.5, fill: v.conflictsWith.length ? RED : MUTED }, detailLine(v)),
    );
    item.addEventListener("click", () => onPick(v));
    item.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && onPick(v));
    g.append(item);
  });
  const height = AXIS_Y + LANES_Y + (Math.max(...lanes.map((l) => l.lane)) + 1) * LANE_H + 6;
  g.append(s("line", { x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5, stroke: "#e3e6eb" }));
  return { g, height };
}

function legend(width: number): SVGElement {
  const g = s("g", { "font-size": 11.5, fill: MUTED });
  const items: Array<[SVGElement, string]> = [
    [s("circle", { cx: 6, cy: 0, r: 5.5, fill: "#8a92a3" }), "exact"],
    [s("rect", { x: 0, y: -5, width: 22, height: 10, rx: 5, fill: "#8a92a3" }), "range"],
    [s("rect", { x: 0, y: -5, width: 22, height: 10, rx: 5, fill: "#8a92a3", "fill-opacity": 0.35, stroke: "#8a92a3", "stroke-dasharray": "4 3" }), "about"],
    [s("path", { d: "M 0 -6 L 0 6 M 0 0 L 20 0 M 13 -5 L 20 0 L 13 5", stroke: "#8a92a3", "stroke-width": 2.5, fill: "none" }), "at least / at most"],
    [s("circle", { cx: 6, cy: 0, r: 6, fill: "none", stroke: RED, "stroke-width": 2.5 }), "contradicted (arc: which pair)"],
  ];
  g.append(s("text", { x: PAD_X, y: LEGEND_H / 2 + 5, "font-size": 14, "font-weight": 700, fill: INK }, "Disputed figures"));
  let x = PAD_X + 150;
  for (const [shape, label] of items) {
    shape.setAttribute("transform", `translate(${x} ${LEGEND_H / 2})`);
    g.append(shape, s("text", { x: x + 30, y: LEGEND_H / 2 + 4 }, label));
    x += 42 + textWidth(label, 11.5);
  }
  g.append(s("line", { x1: 0, x2: width, y1: LEGEND_H - 0.5, y2: LEGEND_H - 0.5, stroke: "#e3e6eb" }));
  return g;
}

/** The chart as one SVG (so the PNG holds all of it), every colour and font set on the elements. */
export function figuresChart(f: Figures, width: number, onPick: (v: FigureValue) => void): SVGSVGElement {
  const outlets = [...new Set(f.rows.flatMap((r) => r.values.map((v) => v.outlet ?? "")))].sort();
  const colourOf = (o: string | null) => PALETTE[outlets.indexOf(o ?? "") % PALETTE.length]!;
  const svg = s("svg", { xmlns: SVG_NS, id: "figures-chart", width, "font-family": FONT }) as SVGSVGElement;
  const gradients = s("defs", {});
  svg.append(gradients, s("rect", { x: 0, y: 0, width, height: "100%", fill: "#fff", "pointer-events": "none" }), legend(width));
  let y = LEGEND_H;
  for (const r of f.rows) {
    const { g, height } = rowView(r, width, colourOf, gradients, onPick);
    g.setAttribute("transform", `translate(0 ${y + 10})`);
    svg.append(g);
    y += height + 10;
  }
  svg.setAttribute("height", String(y + 10));
  svg.setAttribute("viewBox", `0 0 ${width} ${y + 10}`);
  return svg;
}

/** Draws the SVG on a white canvas at twice its size and saves it as figures.png. */
export async function downloadChart(svg: SVGSVGElement, fileName = "figures.png"): Promise<void> {
  const [w, hgt] = [Number(svg.getAttribute("width")), Number(svg.getAttribute("height"))];
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  [canvas.width, canvas.height] = [w * 2, hgt * 2];
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  h("a", { href: canvas.toDataURL("image/png"), download: fileName }).click();
}

export function mountFigures(stage: HTMLElement, store: Store, on: FiguresHandlers): FiguresController {
  const note = h("span", { class: "muted" });
  const png = h("button", { class: "btn", id: "figures-png", title: "Save the chart as PNG", disabled: "" }) as HTMLButtonElement;
  png.textContent = "PNG";
  const body = h("div", { class: "figures-body" });
  const el = h("section", { id: "figures", hidden: "" }, h("div", { class: "figures-bar" }, h("h3", {}, "Disputed figures"), note, png), body);
  stage.append(el);
  let latest = 0;
  let shown: Figures | null = null;
  let picked: string | null = null;
  const draw = () => {
    if (!shown) return;
    const pick = (v: FigureValue) => {
      picked = v.id;
      for (const x of body.querySelectorAll(".fig-value.selected")) x.classList.remove("selected");
      body.querySelector(`[data-value="${CSS.escape(v.id)}"]`)?.classList.add("selected");
      on.onPick(v.claimId);
    };
    const chart = figuresChart(shown, Math.max(640, body.clientWidth - 4), pick);
    clear(body, shown.rows.length ? (chart as unknown as HTMLElement) : h("p", { class: "muted" }, "No measure here has figures from two or more sources."));
    if (picked) body.querySelector(`[data-value="${CSS.escape(picked)}"]`)?.classList.add("selected");
    png.disabled = shown.rows.length === 0;
  };
  png.addEventListener("click", () => {
    const svg = body.querySelector<SVGSVGElement>("#figures-chart");
    if (svg) void downloadChart(svg).catch((e: unknown) => void (note.textContent = `PNG failed: ${errorText(e)}`));
  });
  let lastWidth = 0;
  new ResizeObserver(() => {
    if (el.hidden || Math.abs(body.clientWidth - lastWidth) < 8) return;
    lastWidth = body.clientWidth;
    draw();
  }).observe(body);

  const load = async () => {
    const mine = (latest += 1);
    const state = store.get();
    el.hidden = state.tab !== "figures";
    if (el.hidden) return;
    el.dataset.loaded = "false";
    note.textContent = "Loading…";
    try {
      const f = await api.figures({ story: on.story(), outlet: state.outlet, from: state.from, to: state.to });
      if (mine !== latest) return;
      shown = f;
      note.textContent = `${f.rows.length}${f.truncated ? "+" : ""} measures given by two or more sources, widest spread first`;
      draw();
    } catch (e) {
      if (mine === latest) clear(body, h("div", { class: "error" }, errorText(e)));
    } finally {
      if (mine === latest) el.dataset.loaded = "true";
    }
  };
  store.subscribe((state, before) => {
    if (changed(state, before, ["tab", "outlet", "from", "to", "story"])) void load();
  });
  void load();
  return { load };
}
