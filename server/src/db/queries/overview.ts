/*
 * The graph at a glance: counts per label and relationship type and per outlet (/api/stats), and
 * the outlet × outlet matrix of conflicts and echoes with the claims per date and outlet
 * (/api/overview). Only the graph model's labels and types are counted: the store's own index
 * (graph-schema INDEX_LABELS, INDEX_REL_TYPES) is not part of the graph a reader explores.
 */

import { z } from "zod";
import { NODE_LABELS, OverviewSchema, REL_TYPES, StatsSchema, type Overview, type Stats } from "../../../../graph-schema";
import { parseRecords, type ReadQuery } from "../read-records";

const Count = z.number().int().min(0);
const LabelCountRow = z.object({ label: z.enum(NODE_LABELS), n: Count });
const TypeCountRow = z.object({ type: z.enum(REL_TYPES), n: Count });
const OutletRow = StatsSchema.shape.outlets.element;
const PairRow = OverviewSchema.shape.matrix.element;
const TimelineRow = OverviewSchema.shape.timeline.element;
const OutletNameRow = z.object({ outlet: z.string() });

export async function readStats(q: ReadQuery): Promise<Stats> {
  const [labels, types, outlets] = await Promise.all([
    q("MATCH (n) UNWIND labels(n) AS label WITH label WHERE label IN $labels RETURN label, count(*) AS n", { labels: [...NODE_LABELS] }),
    q("MATCH ()-[r]->() WITH type(r) AS type WHERE type IN $types RETURN type, count(*) AS n", { types: [...REL_TYPES] }),
    q(`MATCH (d:Document) WITH d.outlet AS outlet, collect(d) AS docs
       CALL (docs) { UNWIND docs AS d OPTIONAL MATCH (d)-[:CONTAINS]->(c:Claim) RETURN count(c) AS claims,
         sum(CASE WHEN c IS NULL THEN 0 ELSE count { (c)-[:CONTRADICTS]-() } END) AS contradictions }
       RETURN outlet, size(docs) AS documents, claims, contradictions ORDER BY outlet`),
  ]);
  return {
    labels: Object.fromEntries(parseRecords(LabelCountRow, labels, "label count").map((r) => [r.label, r.n])),
    relationships: Object.fromEntries(parseRecords(TypeCountRow, types, "relationship count").map((r) => [r.type, r.n])),
    outlets: parseRecords(OutletRow, outlets, "outlet"),
  };
}

export async function readOverview(q: ReadQuery): Promise<Overview> {
  const [pairs, timeline, outlets] = await Promise.all([
    q(`MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim)
       WITH coalesce(a.outlet, 'unknown') AS x, coalesce(b.outlet, 'unknown') AS y, type(r) AS t
       WITH CASE WHEN x <= y THEN x ELSE y END AS a, CASE WHEN x <= y THEN y ELSE x END AS b, t
       RETURN a, b, sum(CASE t WHEN 'CONTRADICTS' THEN 1 ELSE 0 END) AS contradicts,
              sum(CASE t WHEN 'SUPPORTS' THEN 1 ELSE 0 END) AS supports ORDER BY a, b`),
    q(`MATCH (c:Claim) WHERE c.published IS NOT NULL
       RETURN c.published AS date, coalesce(c.outlet, 'unknown') AS outlet, count(*) AS claims,
              sum(CASE WHEN EXISTS { (c)-[:CONTRADICTS]-() } THEN 1 ELSE 0 END) AS contradicted
       ORDER BY date, outlet`),
    q("MATCH (d:Document) RETURN DISTINCT coalesce(d.outlet, 'unknown') AS outlet ORDER BY outlet"),
  ]);
  return {
    outlets: parseRecords(OutletNameRow, outlets, "outlet").map((r) => r.outlet),
    matrix: parseRecords(PairRow, pairs, "outlet pair"),
    timeline: parseRecords(TimelineRow, timeline, "timeline entry"),
  };
}
