/*
 * Verdicts in the real Neo4j across what rewrites the claim graph: a re-ingest of the seeds and a
 * relink keep every verdict, a rejected edge the engine finds again stays rejected, a manual relation
 * is never removed (not even one beside an engine edge of the same type between the same claims),
 * and a claim a re-ingested document no longer yields leaves its verdicts orphaned, not dropped.
 */

import fs from "node:fs";
import path from "node:path";
import { MANUAL_METHOD } from "../../../graph-schema";
import { ReviewStore } from "../../../server/src/db/review-store";
import { ingestPaths, relinkStored } from "../../../server/src/services/ingest";
import { ReviewService } from "../../../server/src/services/review";
import { useEmptyDatabase } from "../../helpers/neo4j";
import { tempDir } from "../../helpers/tmp";

const db = useEmptyDatabase();
const service = () => new ReviewService({ store: new ReviewStore(db.driver, db.database) });

async function relations(): Promise<Array<{ id: string; type: string; method: string; source: string; target: string }>> {
  const { records } = await db.driver.executeQuery(
    "MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim) RETURN r.id AS id, type(r) AS type, r.method AS method, a.id AS source, b.id AS target ORDER BY r.confidence, r.id",
    {},
    { database: db.database },
  );
  return records.map((r) => r.toObject() as { id: string; type: string; method: string; source: string; target: string });
}

async function unlinkedPair(): Promise<[string, string]> {
  const { records } = await db.driver.executeQuery(
    `MATCH (a:Claim), (b:Claim) WHERE a.documentId <> b.documentId AND a.id < b.id AND NOT (a)-[:CONTRADICTS|SUPPORTS]-(b)
     RETURN a.id AS a, b.id AS b ORDER BY a.id, b.id LIMIT 1`,
    {},
    { database: db.database },
  );
  return [records[0]!.get("a") as string, records[0]!.get("b") as string];
}

describe("verdicts across re-ingest and relink", () => {
  it("should tell the explorer's cache after each stored decision and not after a refused one", async () => {
    await ingestPaths(["seeds"], { ...db });
    const [first] = await relations();
    let writes = 0;
    const s = new ReviewService({ store: new ReviewStore(db.driver, db.database), onWrite: () => (writes += 1) });
    await s.relationVerdict(first!.id, { decision: "confirm", note: "" }, "alice");
    await expect(s.relationVerdict("rel-0000000000000000", { decision: "confirm", note: "" }, "alice")).rejects.toThrow(/no relation/);
    await s.claimStatus(first!.source, { status: "confirmed", note: "", links: [] }, "alice");
    expect(writes).toBe(2);
  });

  it("should keep verdicts and manual relations, and keep a rejected edge rejected when it is found again", async () => {
    await ingestPaths(["seeds"], { ...db });
    const before = await relations();
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [rejected, confirmed] = before;
    const s = service();
    await s.relationVerdict(rejected!.id, { decision: "reject", note: "" }, "alice");
    await s.relationVerdict(confirmed!.id, { decision: "confirm", note: "checked" }, "bob");
    // A manual relation of the same type and direction as an engine edge, and one between unlinked claims.
    const beside = await s.manualRelation({ source: confirmed!.source, target: confirmed!.target, type: confirmed!.type as "CONTRADICTS", kind: "denial", reason: "a person saw it", note: "" }, "carol");
    const [x, y] = await unlinkedPair();
    const alone = await s.manualRelation({ source: x, target: y, type: "CONTRADICTS", kind: "opposite", reason: "missed by the engine", note: "" }, "carol");
    await s.claimStatus(x, { status: "false", note: "", links: ["https://example.org/check"] }, "dave");
    const queueBefore = await s.queue({ state: "rejected", sort: "confidence", limit: 50, offset: 0 });
    expect(queueBefore.items.map((i) => i.id)).toEqual([rejected!.id]);

    for (const rewrite of [() => ingestPaths(["seeds"], { ...db }), () => relinkStored({ ...db }, { batchSize: 2 })]) {
      await rewrite();
      const now = await relations();
      // The engine's edges are found again, under the same ids; the manual ones are still there, still manual.
      expect(now.filter((r) => r.method !== MANUAL_METHOD).map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
      expect(now.filter((r) => r.method === MANUAL_METHOD).map((r) => r.id).sort()).toEqual([beside.id, alone.id].sort());
      const byId = new Map(now.map((r) => [r.id, r]));
      expect(byId.get(confirmed!.id)!.method).not.toBe(MANUAL_METHOD);
      const rejectedQueue = await s.queue({ state: "rejected", sort: "confidence", limit: 50, offset: 0 });
      expect(rejectedQueue.items.map((i) => i.id)).toEqual([rejected!.id]);
      const unreviewed = await s.queue({ state: "unreviewed", sort: "disagreement", limit: 200, offset: 0 });
      expect(unreviewed.items.map((i) => i.id)).not.toContain(rejected!.id);
      expect(unreviewed.total).toBe(before.length - 2);
      const confirmedQueue = await s.queue({ state: "confirmed", sort: "confidence", limit: 50, offset: 0 });
      expect(confirmedQueue.items.map((i) => i.id).sort()).toEqual([confirmed!.id, beside.id, alone.id].sort());
      const list = await s.verdicts({ limit: 100 });
      expect(list.verdicts.map((v) => v.reviewer).sort()).toEqual(["alice", "bob", "carol", "carol", "dave"]);
      expect(list.orphaned).toEqual([]);
      const side = confirmedQueue.items.find((i) => i.id === alone.id)!;
      expect(side.a.id === x ? side.a.status : side.b.status).toBe("false");
    }
  });

  it("should report the verdicts of a claim a re-ingested document no longer yields as orphaned", async () => {
    const dir = tempDir("cg-orphan-");
    const file = path.join(dir, "harbour.txt");
    fs.writeFileSync(file, "Harbour fire leaves dozens hurt\n\nThe city fire service said 40 people were injured in the warehouse fire on Monday.\n");
    const first = await ingestPaths([file], { ...db });
    const claim = first.graph.claims.find((c) => c.text.includes("40 people"))!;
    const s = service();
    await s.claimStatus(claim.id, { status: "misleading", note: "first count", links: [] }, "erin");
    await s.claimStatus(claim.id, { status: "confirmed", note: "second look", links: [] }, "frank");
    expect((await s.verdicts({ limit: 100 })).orphaned).toEqual([]);

    fs.writeFileSync(file, "Harbour fire leaves dozens hurt\n\nThe port authority said the blaze began in a storage shed late on Monday.\n");
    const second = await ingestPaths([file], { ...db });
    expect(second.graph.claims.map((c) => c.id)).not.toContain(claim.id);
    const list = await s.verdicts({ limit: 100 });
    expect(list.verdicts).toHaveLength(2);
    expect(list.orphaned).toHaveLength(1);
    expect(list.orphaned[0]).toMatchObject({ reason: "claim-missing", history: 2, verdict: { targetId: claim.id, status: "confirmed", reviewer: "frank", claimText: claim.text } });
    expect((await s.queue({ state: "unreviewed", sort: "confidence", limit: 10, offset: 0 })).counts.orphaned).toBe(1);
    const exported = await s.exportAll();
    expect(exported.map((e) => [e.standing, e.orphaned, e.a])).toEqual([
      [false, true, claim.text],
      [true, true, claim.text],
    ]);
  });

  it("should keep both of two verdicts given at once on one edge and let the one written last stand", async () => {
    await ingestPaths(["seeds"], { ...db });
    const [edge] = await relations();
    const s = service();
    const decisions = Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? "confirm" : "reject") as "confirm" | "reject");
    await Promise.all(decisions.map((decision, i) => s.relationVerdict(edge!.id, { decision, note: `n${i}` }, `reviewer-${i}`)));
    const history = (await s.queue({ state: "confirmed", sort: "confidence", limit: 200, offset: 0 })).items
      .concat((await s.queue({ state: "rejected", sort: "confidence", limit: 200, offset: 0 })).items)
      .find((i) => i.id === edge!.id)!;
    expect(history.history.map((v) => v.seq)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(new Set(history.history.map((v) => v.reviewer)).size).toBe(6);
    expect(history.state).toBe(history.history[0]!.decision === "confirm" ? "confirmed" : "rejected");
  });
});
