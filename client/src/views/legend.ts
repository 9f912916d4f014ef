/*
 * The legend: one row per node kind and edge type with its colour and how many are drawn; a click
 * switches the type off or on. Below, conflict edges by review state; the rejected row shows how many
 * are left out and switches them into the graph. It only writes the state: the renderer and the
 * stage follow the state.
 */

import type Graph from "graphology";
import { countTypes } from "../graph/build";
import { CONFIRMED_COLOR, EDGE_STYLE, NODE_STYLE, REJECTED_COLOR, REVIEW_STYLE } from "../graph/style";
import { changed, type Store } from "../store";
import { clear, h } from "./dom";

export interface LegendController {
  /** Counts the types of the graph now drawn; `rejectedHidden` relations were left out of it. */
  update(graph: Graph, rejectedHidden?: number): void;
}

export function mountLegend(el: HTMLElement, store: Store): LegendController {
  let counts: ReturnType<typeof countTypes> | null = null;
  let rejectedHidden = 0;
  const toggle = (key: string) => {
    const { hidden } = store.get();
    store.set({ hidden: hidden.includes(key) ? hidden.filter((x) => x !== key) : [...hidden, key] });
  };
  const render = () => {
    if (!counts) return;
    const { hidden } = store.get();
    const row = (key: string, color: string, label: string, n: number, line: boolean) =>
      h(
        "div",
        { class: `legend-row ${hidden.includes(key) ? "off" : ""}`, "data-type": key, onclick: () => toggle(key) },
        h("span", { class: `swatch ${line ? "line" : ""}`, style: `background:${color}` }),
        `${label} (${n})`,
      );
    clear(
      el,
      h("h3", {}, "Legend"),
      ...Object.entries(NODE_STYLE).map(([k, s]) => row(k, s.color, s.label, counts!.nodes[k] ?? 0, false)),
      ...Object.entries(EDGE_STYLE).map(([k, s]) => row(k, s.color, s.label, counts!.edges[k] ?? 0, true)),
      h("h3", {}, "Review"),
      ...Object.entries(REVIEW_STYLE).map(([k, s]) => {
        const color = k === "unreviewed" ? EDGE_STYLE.CONTRADICTS!.color : k === "rejected" ? REJECTED_COLOR : CONFIRMED_COLOR.CONTRADICTS!;
        const n = counts!.reviews[k] ?? 0;
        if (k !== "rejected") return h("div", { class: "legend-row", "data-review": k }, h("span", { class: "swatch line", style: `background:${color}` }), `${s.label} (${n})`);
        const shown = store.get().rejected;
        return h(
          "div",
          { class: `legend-row ${shown ? "" : "off"}`, "data-review": k, title: shown ? "Hide rejected relations" : "Show rejected relations", onclick: () => store.set({ rejected: !shown }) },
          h("span", { class: "swatch line", style: `background:${color}` }),
          shown ? `${s.label} (${n})` : `${s.label} (${rejectedHidden} hidden)`,
        );
      }),
    );
  };
  store.subscribe((state, before) => {
    if (changed(state, before, ["hidden", "rejected"])) render();
  });
  return {
    update(graph, hidden = 0) {
      counts = countTypes(graph);
      rejectedHidden = hidden;
      render();
    },
  };
}
