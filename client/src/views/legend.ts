/*
 * The legend: one row per node kind and edge type with its colour and how many are drawn; a click
 * switches the type off or on. It only writes the state: the renderer follows the state.
 */

import type Graph from "graphology";
import { countTypes } from "../graph/build";
import { EDGE_STYLE, NODE_STYLE } from "../graph/style";
import { changed, type Store } from "../store";
import { clear, h } from "./dom";

export interface LegendController {
  /** Counts the types of the graph now drawn. */
  update(graph: Graph): void;
}

export function mountLegend(el: HTMLElement, store: Store): LegendController {
  let counts: ReturnType<typeof countTypes> | null = null;
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
    );
  };
  store.subscribe((state, before) => {
    if (changed(state, before, ["hidden"])) render();
  });
  return {
    update(graph) {
      counts = countTypes(graph);
      render();
    },
  };
}
