/*
 * The article reader's read in the real Neo4j: one document's stored text with its claims as spans
 * into it, their relations, stances and counts, first over the fixture graph (exact values, then
 * after verdicts), then over the ingested seeds, where every claim's spans must slice the stored
 * text to the claim and the sentence the pipeline found for it.
 */

import { ReaderDocumentSchema, type ClaimGraph } from "../../../../graph-schema";
import { readDocument } from "../../../../server/src/db/queries/document";
import { readQuery } from "../../../../server/src/db/read-records";
import { ReviewStore } from "../../../../server/src/db/review-store";
import { ingestPaths } from "../../../../server/src/services/ingest";
import { ReviewService } from "../../../../server/src/services/review";
import { DOC_A, useFixtureGraph } from "../../../helpers/claim-graph.fixtures";
import { wipe } from "../../../helpers/neo4j";

const db = useFixtureGraph();
const read = (id: string) => readDocument(readQuery(db.driver, db.database), id);
const review = () => new ReviewService({ store: new ReviewStore(db.driver, db.database) });

/** Each claim's id with its standing counts, as a compact table. */
async function countsOf(id: string): Promise<Record<string, string>> {
  const doc = (await read(id))!;
  return Object.fromEntries(doc.claims.map((c) => [c.id, `C${c.counts.CONTRADICTS} S${c.counts.SUPPORTS} D${c.counts.DISPUTES} E${c.counts.ECHOES}${c.reviewed ? " reviewed" : ""}`]));
}

describe("readDocument over the fixture graph", () => {
  it("should answer null for a document the graph does not hold", async () => {
    expect(await read("doc-none")).toBeNull();
  });

  it("should give the stored text and metadata, and the claims in text order with their spans", async () => {
    const doc = ReaderDocumentSchema.parse(await read("doc-gazette"));
    expect(doc.document).toEqual({ id: "doc-gazette", title: DOC_A.title, outlet: "Harbour Gazette", via: null, url: null, published: "2031-03-02", precision: "day", text: DOC_A.text });
    expect(doc.claims.map((c) => [c.id, doc.document.text.slice(c.start, c.end)])).toEqual([
      ["clm-gazette-figure", "The port authority said 40 ferries were idle at Tessaly on Monday."],
      ["clm-gazette-strike", "Unions said the strike would continue."],
    ]);
  });

  it("should list each claim's relations with the other claim and the stances towards it", async () => {
    const [figure, strike] = (await read("doc-gazette"))!.claims;
    expect(figure!.related.map((r) => [r.id, r.type, r.kind, r.other.id, r.other.outlet])).toEqual([["rel-ferries", "CONTRADICTS", "numeric", "clm-herald-figure", "Coast Herald"]]);
    expect(figure!.stances.map((s) => [s.id, s.type, s.documentId])).toEqual([["stn-herald-ferries", "DISPUTES", "doc-herald"]]);
    expect(strike!.related.map((r) => [r.id, r.type, r.kind, r.other.id])).toEqual([["rel-strike", "SUPPORTS", "echo", "clm-herald-strike"]]);
    expect(await countsOf("doc-gazette")).toEqual({ "clm-gazette-figure": "C1 S0 D1 E0", "clm-gazette-strike": "C0 S1 D0 E0" });
    expect(await countsOf("doc-herald")).toEqual({ "clm-herald-figure": "C1 S0 D0 E0", "clm-herald-strike": "C0 S1 D0 E0" });
  });
});

describe("readDocument after verdicts", () => {
  it("should count a rejected relation out, a relabelled one under its new type, and mark the claims reviewed", async () => {
    await review().relationVerdict("rel-ferries", { decision: "reject", note: "" }, "alice");
    await review().relationVerdict("rel-strike", { decision: "relabel", type: "CONTRADICTS", kind: "opposite", note: "" }, "alice");
    expect(await countsOf("doc-gazette")).toEqual({ "clm-gazette-figure": "C0 S0 D1 E0 reviewed", "clm-gazette-strike": "C1 S0 D0 E0 reviewed" });
    const figure = (await read("doc-gazette"))!.claims[0]!;
    expect([figure.related[0]!.review.state, figure.related[0]!.review.reviewer]).toEqual(["rejected", "alice"]);
  });

  it("should give a claim's status and mark it reviewed without any relation verdict", async () => {
    await review().relationVerdict("rel-strike", { decision: "relabel", type: "NONE", kind: null, note: "" }, "bob");
    await review().claimStatus("clm-herald-strike", { status: "false", note: "", links: [] }, "bob");
    const herald = (await read("doc-herald"))!;
    expect(herald.claims.map((c) => [c.id, c.status, c.counts.SUPPORTS + c.counts.CONTRADICTS])).toEqual([
      ["clm-herald-figure", null, 0],
      ["clm-herald-strike", "false", 0],
    ]);
  });
});

describe("readDocument over the ingested seeds", () => {
  let graph: ClaimGraph;
  beforeAll(async () => {
    await wipe(db.driver, db.database);
    ({ graph } = await ingestPaths(["seeds"], { driver: db.driver, database: db.database }));
  });

  it("should give every seed document's stored text, and spans that slice it to each claim and its sentence", async () => {
    expect(graph.documents.length).toBe(5);
    let checked = 0;
    for (const expected of graph.documents) {
      const doc = ReaderDocumentSchema.parse(await read(expected.id));
      expect(doc.document.text).toBe(expected.text);
      const made = graph.claims.filter((c) => c.documentId === expected.id);
      expect(doc.claims.map((c) => c.id).sort()).toEqual(made.map((c) => c.id).sort());
      for (const c of doc.claims) {
        const pipeline = made.find((m) => m.id === c.id)!;
        const sentence = expected.text.slice(pipeline.sentenceStart, pipeline.sentenceEnd);
        expect([doc.document.text.slice(c.start, c.end), doc.document.text.slice(c.sentenceStart, c.sentenceEnd)]).toEqual([pipeline.text, sentence]);
        expect(c.text).toBe(pipeline.text);
        expect(c.sentenceStart <= c.start && c.end <= c.sentenceEnd).toBe(true);
        checked += 1;
      }
      const starts = doc.claims.map((c) => c.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(checked).toBe(graph.claims.length);
  });

  it("should count on each claim exactly the relations the pipeline found for it", async () => {
    const withConflict = graph.relations.find((r) => r.type === "CONTRADICTS")!;
    const claim = graph.claims.find((c) => c.id === withConflict.source)!;
    const doc = (await read(claim.documentId))!;
    const read1 = doc.claims.find((c) => c.id === claim.id)!;
    const mine = graph.relations.filter((r) => r.source === claim.id || r.target === claim.id);
    expect(read1.related.map((r) => r.id).sort()).toEqual(mine.map((r) => r.id).sort());
    expect(read1.counts.CONTRADICTS).toBe(mine.filter((r) => r.type === "CONTRADICTS").length);
    expect(read1.counts.CONTRADICTS).toBeGreaterThan(0);
  });
});
