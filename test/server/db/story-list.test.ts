/*
 * Integration: the Stories list and the story filter over the real Neo4j. The invented story corpus
 * (a flood told by two outlets, a dock strike told by two others) is ingested; /api/stories lists
 * both stories with their outlets, dates and relation counts, counted here from the ingested graph;
 * the story filter narrows the graph and the conflict list to one story's claims; the route refuses
 * an id that is not a story's.
 */

import request from "supertest";
import {
  ConflictListSchema,
  ConflictsQuerySchema,
  GraphPayloadSchema,
  GraphQuerySchema,
  StoriesQuerySchema,
  StoryListSchema,
  type ClaimGraph,
} from "../../../graph-schema";
import { createApp } from "../../../server/src/app";
import { createReadStore } from "../../../server/src/db/read";
import { ingestPaths } from "../../../server/src/services/ingest";
import { appDeps } from "../../helpers/app";
import { useEmptyDatabase } from "../../helpers/neo4j";

const CORPUS = "test/fixtures/story-corpus";
const db = useEmptyDatabase();

/** The story holding `outlet`'s document, with its claim ids and the relations starting at them. */
function storyOf(graph: ClaimGraph, outlet: string) {
  const doc = graph.documents.find((d) => d.outlet === outlet)!;
  const story = graph.stories.find((s) => s.documentIds.includes(doc.id))!;
  const claims = new Set(graph.claims.filter((c) => story.documentIds.includes(c.documentId)).map((c) => c.id));
  const relations = graph.relations.filter((r) => claims.has(r.source));
  return {
    story,
    claims,
    outlets: graph.documents.filter((d) => story.documentIds.includes(d.id)).map((d) => d.outlet).sort(),
    contradicts: relations.filter((r) => r.type === "CONTRADICTS").length,
    supports: relations.filter((r) => r.type === "SUPPORTS").length,
    echoes: graph.stances.filter((s) => s.type === "ECHOES" && claims.has(s.claimId)).length,
  };
}

describe("the Stories list and the story filter", () => {
  let graph: ClaimGraph;
  beforeEach(async () => {
    ({ graph } = await ingestPaths([CORPUS], { ...db, judge: null }));
  });

  it("should list each story with its outlets, dates, documents and relation counts", async () => {
    const store = createReadStore(db.driver, db.database);
    const list = await store.stories(StoriesQuerySchema.parse({}));
    expect(list.total).toBe(2);
    expect(list.truncated).toBe(false);
    for (const outlet of ["Valley Courier", "Harbour Times"]) {
      const want = storyOf(graph, outlet);
      const item = list.items.find((i) => i.id === want.story.id)!;
      expect(item).toMatchObject({
        title: want.story.title,
        outlets: want.outlets,
        firstPublished: want.story.firstPublished,
        lastPublished: want.story.lastPublished,
        documents: 2,
        claims: want.claims.size,
        contradicts: want.contradicts,
        supports: want.supports,
        echoes: want.echoes,
      });
      expect(item.entities.length).toBeGreaterThan(0);
      expect(item.entities.length).toBeLessThanOrEqual(3);
    }
    // The fixture is chosen so that both stories hold a conflict: the counts above are not all zero.
    expect(list.items.map((i) => i.contradicts)).toEqual([1, 1]);
  });

  it("should filter the list by outlet and date, and cut it at the limit", async () => {
    const store = createReadStore(db.driver, db.database);
    const strike = storyOf(graph, "Harbour Times").story.id;
    const byOutlet = await store.stories(StoriesQuerySchema.parse({ outlet: "Labour Wire" }));
    expect(byOutlet.items.map((i) => i.id)).toEqual([strike]);
    // The flood's documents are dated 2031-05-02 and 03, the strike's 02 to 04: only the strike reaches the 4th.
    const late = await store.stories(StoriesQuerySchema.parse({ from: "2031-05-04" }));
    expect(late.items.map((i) => i.id)).toEqual([strike]);
    const early = await store.stories(StoriesQuerySchema.parse({ to: "2031-05-01" }));
    expect(early.items).toEqual([]);
    const one = await store.stories(StoriesQuerySchema.parse({ limit: "1", sort: "recent" }));
    expect(one).toMatchObject({ total: 2, truncated: true });
    expect(one.items.map((i) => i.id)).toEqual([strike]);
  });

  it("should narrow the graph and the conflict list to one story's claims", async () => {
    const store = createReadStore(db.driver, db.database);
    const flood = storyOf(graph, "Valley Courier");
    const all = await store.graph(GraphQuerySchema.parse({}));
    const only = await store.graph(GraphQuerySchema.parse({ story: flood.story.id }));
    const claimIds = (g: typeof all) => g.nodes.filter((n) => n.kind === "Claim").map((n) => n.id).sort();
    expect(claimIds(all).length).toBeGreaterThan(flood.claims.size);
    expect(claimIds(only)).toEqual([...flood.claims].sort());
    expect(only.stories.map((s) => s.id)).toEqual([flood.story.id]);
    // Overview mode's read: the same claims and relations, without entities and sources.
    const lean = await store.graph(GraphQuerySchema.parse({ story: flood.story.id, overview: "true" }));
    expect(claimIds(lean)).toEqual(claimIds(only));
    expect(lean.nodes.filter((n) => n.kind === "Entity" || n.kind === "Source")).toEqual([]);
    const relationsOf = (g: typeof all) => g.edges.filter((e) => e.type === "CONTRADICTS" || e.type === "SUPPORTS").map((e) => e.id).sort();
    expect(relationsOf(lean)).toEqual(relationsOf(only));
    expect(only.nodes.some((n) => n.kind === "Entity")).toBe(true);

    const conflicts = await store.conflicts(ConflictsQuerySchema.parse({ story: flood.story.id }));
    expect(conflicts.items).toHaveLength(flood.contradicts);
    for (const c of conflicts.items) expect(flood.claims.has(c.a.id) || flood.claims.has(c.b.id)).toBe(true);
    const everyConflict = await store.conflicts(ConflictsQuerySchema.parse({}));
    expect(everyConflict.items.length).toBeGreaterThan(conflicts.items.length);
  });

  it("should serve the list and the filter over HTTP and refuse a malformed story id", async () => {
    const app = createApp(appDeps(db.driver, db.database));
    const flood = storyOf(graph, "Valley Courier");
    const list = await request(app).get("/api/stories?limit=5").expect(200);
    expect(StoryListSchema.parse(list.body).items).toHaveLength(2);
    const g = await request(app).get(`/api/graph?story=${flood.story.id}`).expect(200);
    expect(GraphPayloadSchema.parse(g.body).nodes.filter((n) => n.kind === "Claim")).toHaveLength(flood.claims.size);
    const c = await request(app).get(`/api/contradictions?story=${flood.story.id}`).expect(200);
    expect(ConflictListSchema.parse(c.body).items).toHaveLength(flood.contradicts);
    const bad = await request(app).get("/api/graph?story=clm-not-a-story").expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
    await request(app).get("/api/stories?limit=0").expect(400);
  });
});
