/* The outlet panel: what the drawn graph holds of one outlet, and whom its claims conflict with. */

import type Graph from "graphology";
import type { OutletSummary } from "../graph/outlet";
import { h } from "./dom";

export function outletView(graph: Graph, o: OutletSummary, openClaim: (id: string) => void): HTMLElement {
  return h(
    "div",
    { "data-outlet": o.id },
    h("h3", {}, `Outlet: ${o.name}`),
    h("p", { class: "muted" }, `${o.documents.length} documents, ${o.claims.length} claims shown; conflicts with: ${o.conflictsWith.join(", ") || "none shown"}`),
    ...o.claims.map((c) => h("div", { class: "item" }, h("a", { class: "link", onclick: () => openClaim(c) }, graph.getNodeAttribute(c, "fullLabel") as string))),
  );
}
