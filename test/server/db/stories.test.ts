/*
 * Integration: stories and quantity frames in the real Neo4j. Invented articles (two outlets on a
 * flood in the Marrowind Valley, two on a dock strike in Port Tessaly) become two Story nodes with
 * their IN_STORY edges; a re-ingest changes no count; a document re-ingested into another story
 * leaves no stale link and the story it left is recomputed or deleted; frames read back as written.
 */

import fs from "node:fs";
import path from "node:path";
import { ClaimDetailSchema, GraphQuerySchema, type ClaimGraph } from "../../../graph-schema";
import { createReadStore } from "../../../server/src/db/read";
import { writeGraph } from "../../../server/src/db/write-graph";
import { ingestPaths, removeDocuments } from "../../../server/src/services/ingest";
import { counts, useEmptyDatabase } from "../../helpers/neo4j";

const CORPUS = "test/fixtures/story-corpus";
const db = useEmptyDatabase();

interface StoryRow {
  id: string;
  title: string;
  firstPublished: string | null;
  lastPublished: string | null;
  documentCount: number;
  documentIds: string[];
}

async function storyRows(): Promise<StoryRow[]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (s:Story) OPTIONAL MATCH (d:Document)-[:IN_STORY]->(s)
     WITH s, d ORDER BY d.id
     RETURN s.id AS id, s.title AS title, s.firstPublished AS firstPublished, s.lastPublished AS lastPublished,
            s.documentCount AS documentCount, collect(d.id) AS documentIds ORDER BY id`,
    {},
    { database: db.database },
  );
  return records.map((r) => r.toObject() as StoryRow);
}

const ingest = (dir: string) => ingestPaths([dir], { ...db, judge: null });

function documentByOutlet(graph: ClaimGraph, outlet: string): string {
  return graph.documents.find((d) => d.outlet === outlet)!.id;
}

describe("stories in Neo4j", () => {
  it("should write one Story per event, with its documents linked by IN_STORY", async () => {
    const { graph, counts: c } = await ingest(CORPUS);
    expect(c.labels.Story).toBe(2);
    expect(c.relationships.IN_STORY).toBe(4);
    const rows = await storyRows();
    expect(rows).toEqual(
      [...graph.stories]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map(({ documentIds, ...st }) => ({ ...st, documentCount: documentIds.length, documentIds })),
    );
    const flood = rows.find((r) => r.documentIds.includes(documentByOutlet(graph, "Valley Courier")))!;
    expect(flood).toMatchObject({ title: "Flood sweeps through the Marrowind Valley", firstPublished: "2031-05-02", lastPublished: "2031-05-03", documentCount: 2 });
    expect(flood.documentIds).toContain(documentByOutlet(graph, "Northern Ledger"));
    const strike = rows.find((r) => r.documentIds.includes(documentByOutlet(graph, "Harbour Times")))!;
    expect(strike).toMatchObject({ title: "Dockworkers walk out at Port Tessaly", firstPublished: "2031-05-02", lastPublished: "2031-05-04", documentCount: 2 });
    expect(strike.documentIds).toContain(documentByOutlet(graph, "Labour Wire"));
  });

  it("should leave every count and story identical on a second ingest", async () => {
    const first = await ingest(CORPUS);
    const stories = await storyRows();
    const second = await ingest(CORPUS);
    expect(second.counts).toEqual(first.counts);
    expect(await storyRows()).toEqual(stories);
  });

  it("should keep a document re-ingested alone in its story: an ingest joins the stored graph", async () => {
    const whole = await ingest(CORPUS);
    const before = await storyRows();
    const alone = await ingest(path.join(CORPUS, "flood-courier.txt"));
    // The Ledger's article came back with it: they are one story, recomputed together.
    expect(alone.graph.stories).toHaveLength(1);
    expect(alone.graph.stories[0]!.documentIds).toHaveLength(2);
    expect(await storyRows()).toEqual(before);
    expect(alone.counts).toEqual(whole.counts);
  });

  it("should recompute a story when a document leaves it, and delete a story left empty", async () => {
    const whole = await ingest(CORPUS);
    const before = await storyRows();
    const courier = documentByOutlet(whole.graph, "Valley Courier");
    const ledger = documentByOutlet(whole.graph, "Northern Ledger");
    const flood = whole.graph.stories.find((st) => st.documentIds.includes(courier))!;
    // A story is named by its earliest-sorting document: the Ledger's, which stays.
    expect(flood.documentIds[0]).toBe(ledger);

    await removeDocuments([courier], { ...db, judge: null });
    const left = (await storyRows()).find((r) => r.id === flood.id);
    // What the flood story holds now is the Ledger's article alone: its headline and its date.
    expect(left).toEqual({ id: flood.id, title: "Marrowind Valley flood toll disputed", firstPublished: "2031-05-03", lastPublished: "2031-05-03", documentCount: 1, documentIds: [ledger] });
    expect((await counts(db.driver, db.database)).relationships.CONTRADICTS).toBe(1);

    await removeDocuments([ledger], { ...db, judge: null });
    expect((await storyRows()).map((r) => r.id)).not.toContain(flood.id);
    expect((await counts(db.driver, db.database)).labels.Story).toBe(1);

    // The whole corpus again: the flood story is back as it was.
    const again = await ingest(CORPUS);
    expect(await storyRows()).toEqual(before);
    expect(again.counts).toEqual(whole.counts);
  });

  it("should answer the README's story queries", async () => {
    const { graph } = await ingest(CORPUS);
    const readme = fs.readFileSync("README.md", "utf8");
    const example = (heading: string) => new RegExp(`// ${heading}\\n([^]*?)\\n\\n`).exec(readme)![1]!;
    const run = async (cypher: string) => (await db.driver.executeQuery(cypher, {}, { database: db.database, routing: "READ" })).records.map((r) => r.toObject());

    const ranked = await run(example("Stories with the most contradictions between their claims"));
    // Each story holds one contradiction: 14 against 9 dead in the flood, 3,000 against 1,200
    // strikers at the docks. Ties come in no set order, so compare as a set.
    const byTitle = (rows: Array<Record<string, unknown>>) => [...rows].sort((x, y) => String(x["s.title"]).localeCompare(String(y["s.title"])));
    expect(byTitle(ranked)).toEqual([
      { "s.title": "Dockworkers walk out at Port Tessaly", "s.firstPublished": "2031-05-02", "s.documentCount": 2, contradictions: 1 },
      { "s.title": "Flood sweeps through the Marrowind Valley", "s.firstPublished": "2031-05-02", "s.documentCount": 2, contradictions: 1 },
    ]);
    expect(graph.relations.filter((r) => r.type === "CONTRADICTS")).toHaveLength(2);

    const documents = await run(example("The documents and outlets of one story").replace("'Kursk'", "'Marrowind'"));
    expect(documents.map((r) => `${r["d.published"]} ${r.outlet}`)).toEqual(["2031-05-02 Valley Courier", "2031-05-03 Northern Ledger"]);
  });

  it("should list the stories of the shown documents in the graph payload", async () => {
    const { graph } = await ingest(CORPUS);
    const payload = await createReadStore(db.driver, db.database).graph(GraphQuerySchema.parse({}));
    const expected = [...graph.stories]
      .sort((a, b) => (a.firstPublished ?? "").localeCompare(b.firstPublished ?? "") || a.id.localeCompare(b.id))
      .map((st) => ({ ...st, documentCount: st.documentIds.length }));
    expect(payload.stories).toEqual(expected);
  });
});

describe("quantity frames in Neo4j", () => {
  it("should read a claim's quantities back with their frames", async () => {
    const { graph } = await ingest(CORPUS);
    const claim = graph.claims.find((c) => c.quantities.some((q) => q.frame?.measure === "deaths"))!;
    expect(claim).toBeDefined();
    const detail = await createReadStore(db.driver, db.database).claim(claim.id);
    expect(detail!.claim.quantities).toEqual(claim.quantities);
    expect(ClaimDetailSchema.parse(detail).claim.quantities).toEqual(claim.quantities);
  });

  it("should read a graph written before frames and stories existed", async () => {
    const { graph } = await ingest(CORPUS);
    await db.driver.executeQuery("MATCH (n) DETACH DELETE n", {}, { database: db.database });
    const old: ClaimGraph = { ...graph, stories: [], claims: graph.claims.map((c) => ({ ...c, quantities: c.quantities.map((q) => ({ ...q, frame: undefined })) })) };
    await writeGraph(db.driver, db.database, old);
    const store = createReadStore(db.driver, db.database);
    const claim = old.claims.find((c) => c.quantities.length > 0)!;
    const detail = ClaimDetailSchema.parse(await store.claim(claim.id));
    expect(detail.claim.quantities).toEqual(claim.quantities);
    expect(detail.claim.quantities[0]!.frame).toBeUndefined();
    expect((await store.graph(GraphQuerySchema.parse({}))).stories).toEqual([]);
  });
});
