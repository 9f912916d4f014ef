/*
 * An outlet as the drawn graph shows it: its documents, their claims, and the other outlets whose
 * claims contradict them. Read from the graph in hand, so it counts only what is drawn.
 */

import type Graph from "graphology";

export interface OutletSummary {
  id: string;
  name: string;
  documents: string[];
  claims: string[];
  /** Other outlets with a drawn claim that contradicts one of this outlet's, sorted. */
  conflictsWith: string[];
}

export function outletSummary(graph: Graph, sourceId: string): OutletSummary {
  const name = graph.getNodeAttribute(sourceId, "fullLabel") as string;
  const documents = graph.outNeighbors(sourceId).filter((d) => graph.getNodeAttribute(d, "kind") === "Document");
  const claims = documents.flatMap((d) => graph.outNeighbors(d).filter((n) => graph.getNodeAttribute(n, "kind") === "Claim"));
  const conflictsWith = new Set<string>();
  for (const c of claims)
    graph.forEachEdge(c, (_e, a, s, t) => {
      if (a.relType !== "CONTRADICTS") return;
      const outlet = graph.getNodeAttribute(s === c ? t : s, "outlet") as string | null | undefined;
      if (outlet && outlet !== name) conflictsWith.add(outlet);
    });
  return { id: sourceId, name, documents, claims, conflictsWith: [...conflictsWith].sort() };
}
