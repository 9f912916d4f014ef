/*
 * Claim-centred reads over the fixture graph in the real Neo4j: the conflict list with its filters,
 * one claim with its paragraph, mentions, related claims and stances, one entity with the claims
 * about it per outlet and by it; and paragraphAround on its own.
 */

import { ConflictsQuerySchema } from "../../../../graph-schema";
import { paragraphAround, readClaim, readConflicts, readEntity } from "../../../../server/src/db/queries/claims";
import { readQuery } from "../../../../server/src/db/read-records";
import { ReviewStore } from "../../../../server/src/db/review-store";
import { ReviewService } from "../../../../server/src/services/review";
import { claimGraph, useFixtureGraph } from "../../../helpers/claim-graph.fixtures";

// A second contradiction, from the later article, so lists have an order and a limit to cut.
const base = claimGraph();
const denial = {
  ...base.relations[1]!,
  id: "rel-strike-denied",
  type: "CONTRADICTS" as const,
  source: "clm-herald-strike",
  target: "clm-gazette-strike",
  kind: "denial" as const,
  confidence: 0.5,
  reason: "one says the strike ends",
  method: "rule" as const,
  detector: "denial-echo",
};
const db = useFixtureGraph(claimGraph({ relations: [...base.relations, denial] }));
const q = () => readQuery(db.driver, db.database);
const conflicts = (query: Record<string, string | undefined>) => readConflicts(q(), ConflictsQuerySchema.parse(query));
const pairs = async (query: Record<string, string | undefined>) => (await conflicts(query)).items.map((i) => `${i.a.id} ${i.b.id}`);

describe("paragraphAround", () => {
  it.each([
    { why: "a claim inside a paragraph", text: "Head\n\nOne. Two. Three.\n\nNext", claim: "Two.", context: { before: "One. ", text: "Two.", after: " Three." } },
    { why: "a claim opening the text", text: "Two. Three.\n\nNext", claim: "Two.", context: { before: "", text: "Two.", after: " Three." } },
    { why: "a claim closing the text", text: "Head\n\nOne. Two.", claim: "Two.", context: { before: "One. ", text: "Two.", after: "" } },
  ])("should cut the paragraph at $why", ({ text, claim, context }) => {
    const start = text.indexOf(claim);
    expect(paragraphAround(text, start, start + claim.length)).toEqual(context);
  });
});

describe("readConflicts", () => {
  it("should list a contradiction with both claims as summaries", async () => {
    const list = await conflicts({ kind: "numeric" });
    expect(list).toEqual({
      items: [
        {
          id: "rel-ferries",
          type: "CONTRADICTS",
          kind: "numeric",
          confidence: 0.9,
          reason: "40 idle ferries against 4",
          method: "rule",
          review: { state: "unreviewed", reviewer: null, at: null, relabel: null },
          a: { id: "clm-gazette-figure", text: "The port authority said 40 ferries were idle at Tessaly on Monday.", speaker: "The port authority", speakerId: "ent-port-authority", outlet: "Harbour Gazette", via: null, published: "2031-03-02", documentId: "doc-gazette", documentTitle: "Ferry fleet halted at Tessaly" },
          b: { id: "clm-herald-figure", text: "The ferry company said only 4 ferries were idle.", speaker: "The ferry company", speakerId: "ent-ferry-company", outlet: "Coast Herald", via: "River Wire", published: "2031-03-03", documentId: "doc-herald", documentTitle: "Ferries run as normal" },
        },
      ],
      truncated: false,
    });
  });

  it.each([
    { query: { type: "SUPPORTS" }, pairs: ["clm-gazette-strike clm-herald-strike"] },
    { query: { kind: "echo" }, pairs: [] },
    { query: { minConfidence: "0.95" }, pairs: [] },
    { query: { kind: "denial" }, pairs: ["clm-herald-strike clm-gazette-strike"] },
    { query: { outlet: "Coast Herald", against: "Harbour Gazette", minConfidence: "0.8" }, pairs: ["clm-gazette-figure clm-herald-figure"] },
    { query: { outlet: "Coast Herald", against: "River Wire" }, pairs: [] },
  ])("should filter by $query", async ({ query, pairs: expected }) => {
    expect(await pairs(query)).toEqual(expected);
  });

  it("should order by confidence or by the first claim's date, and mark a cut list truncated", async () => {
    expect(await pairs({})).toEqual(["clm-gazette-figure clm-herald-figure", "clm-herald-strike clm-gazette-strike"]);
    expect(await pairs({ sort: "date" })).toEqual(["clm-herald-strike clm-gazette-strike", "clm-gazette-figure clm-herald-figure"]);
    const cut = await conflicts({ limit: "1" });
    expect([cut.items.map((i) => i.id), cut.truncated]).toEqual([["rel-ferries"], true]);
    expect((await conflicts({ limit: "2" })).truncated).toBe(false);
  });
});

describe("readConflicts after review", () => {
  it("should list a relation under the type a reviewer relabelled it to, and under neither when relabelled to NONE", async () => {
    const service = new ReviewService({ store: new ReviewStore(db.driver, db.database) });
    const ids = async (type: string) => (await conflicts({ type })).items.map((i) => i.id);
    expect(await ids("CONTRADICTS")).toContain("rel-strike-denied");
    await service.relationVerdict("rel-strike-denied", { decision: "relabel", type: "SUPPORTS", kind: "echo", note: "" }, "an analyst");
    expect(await ids("CONTRADICTS")).not.toContain("rel-strike-denied");
    expect(await ids("SUPPORTS")).toContain("rel-strike-denied");
    await service.relationVerdict("rel-strike-denied", { decision: "relabel", type: "NONE", kind: null, note: "" }, "an analyst");
    expect([...(await ids("CONTRADICTS")), ...(await ids("SUPPORTS"))]).not.toContain("rel-strike-denied");
  });
});

describe("readClaim", () => {
  it("should return the claim with its paragraph, quantities, mentions, related claims and stances", async () => {
    const detail = (await readClaim(q(), "clm-gazette-figure"))!;
    const stored = claimGraph().claims[0]!;
    expect(detail.claim).toMatchObject({ id: stored.id, content: stored.content, verb: "said", polarity: "positive", hedged: false, start: stored.start, end: stored.end, time: "2031-03-02" });
    expect(detail.claim.quantities).toEqual(stored.quantities);
    expect(detail.context).toEqual({ before: "", text: stored.text, after: "" });
    expect(detail.mentions).toEqual([{ id: "ent-tessaly", name: "Tessaly", type: "PLACE" }]);
    expect(detail.related.map((r) => [r.type, r.other.id])).toEqual([["CONTRADICTS", "clm-herald-figure"]]);
    expect(detail.stances).toEqual([
      { id: "stn-herald-ferries", type: "DISPUTES", confidence: 0.7, reason: "the article says the ferries run", method: "judge", documentId: "doc-herald", outlet: "Coast Herald", title: "Ferries run as normal", quote: "Ferries run as normal" },
    ]);
  });

  it("should list contradictions before echoes", async () => {
    const detail = (await readClaim(q(), "clm-gazette-strike"))!;
    expect(detail.related.map((r) => [r.type, r.id])).toEqual([
      ["CONTRADICTS", "rel-strike-denied"],
      ["SUPPORTS", "rel-strike"],
    ]);
    expect(detail.stances).toEqual([]);
  });

  it("should return null for a claim that is not stored", async () => {
    expect(await readClaim(q(), "clm-none")).toBeNull();
  });
});

describe("readEntity", () => {
  it("should group the claims about an entity by outlet and list the claims it made", async () => {
    const place = (await readEntity(q(), "ent-tessaly"))!;
    expect(place.entity).toEqual({ id: "ent-tessaly", name: "Tessaly", type: "PLACE", aliases: [] });
    expect(place.byOutlet.map((g) => [g.outlet, g.claims.map((c) => c.id)])).toEqual([["Harbour Gazette", ["clm-gazette-figure"]]]);
    expect(place.asSpeaker).toEqual([]);
    const speaker = (await readEntity(q(), "ent-port-authority"))!;
    expect(speaker.entity.aliases).toEqual(["harbour authority"]);
    expect(speaker.byOutlet).toEqual([]);
    expect(speaker.asSpeaker.map((c) => c.id)).toEqual(["clm-gazette-figure"]);
  });

  it("should return null for an entity that is not stored", async () => {
    expect(await readEntity(q(), "ent-none")).toBeNull();
  });
});
