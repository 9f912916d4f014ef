/*
 * The review API on the seeds in the real Neo4j, through supertest on createApp: who may write
 * (identity from the configured proxy header or CLAIMGRAPH_REVIEWER, refused without), read-only
 * mode, the same-origin check, bad input (400, 404, 413) that changes nothing, notes kept as text,
 * concurrent verdicts, and the queue's shape and order.
 */

import type { Driver } from "neo4j-driver";
import request from "supertest";
import { ReviewQueueSchema, VerdictListSchema, VerdictResponseSchema } from "../../../graph-schema";
import { createApp } from "../../../server/src/app";
import type { ReviewConfig } from "../../../server/src/config";
import { ReviewStore } from "../../../server/src/db/review-store";
import { DEFAULT_REVIEW_SETTINGS } from "../../../server/src/routes/review";
import { ingestPaths } from "../../../server/src/services/ingest";
import { disagreement, ReviewService } from "../../../server/src/services/review";
import { appDeps } from "../../helpers/app";
import { counts, testDriver, wipe } from "../../helpers/neo4j";

let driver: Driver;
let database: string;
let edges: Array<{ id: string; source: string; target: string }>;

function app(settings: Partial<ReviewConfig> = {}) {
  const service = new ReviewService({ store: new ReviewStore(driver, database) });
  return createApp(appDeps(driver, database, { review: { service, settings: { ...DEFAULT_REVIEW_SETTINGS, ...settings } } }));
}
const local = () => app({ reviewer: "local analyst" });
const proxied = () => app({ reviewerHeader: "x-forwarded-user" });

async function verdictCount(): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (v:Verdict) RETURN count(v) AS n", {}, { database });
  return records[0]!.get("n") as number;
}

beforeAll(async () => {
  ({ driver, database } = testDriver());
  await wipe(driver, database);
  await ingestPaths(["seeds"], { driver, database });
  const { records } = await driver.executeQuery("MATCH (a:Claim)-[r:CONTRADICTS|SUPPORTS]->(b:Claim) RETURN r.id AS id, a.id AS source, b.id AS target ORDER BY r.id", {}, { database });
  edges = records.map((r) => r.toObject() as { id: string; source: string; target: string });
});
afterAll(async () => {
  await driver.close();
});

describe("who may write", () => {
  it("should refuse writes when no reviewer identity is configured, and when the proxy header is missing", async () => {
    const before = await verdictCount();
    const r1 = await request(app()).post(`/api/relations/${edges[0]!.id}/verdict`).send({ decision: "confirm" }).expect(403);
    expect(r1.body.error.code).toBe("REVIEW_DISABLED");
    expect(r1.body.error.message).toMatch(/CLAIMGRAPH_REVIEWER/);
    const r2 = await request(proxied()).post(`/api/claims/${edges[0]!.source}/status`).send({ status: "false" }).expect(401);
    expect(r2.body.error.code).toBe("REVIEWER_MISSING");
    await request(proxied()).post(`/api/claims/${edges[0]!.source}/status`).set("X-Forwarded-User", "  ").send({ status: "false" }).expect(401);
    expect(await verdictCount()).toBe(before);
  });

  it("should take the reviewer from the configured header, not from CLAIMGRAPH_REVIEWER", async () => {
    const a = app({ reviewerHeader: "x-forwarded-user", reviewer: "someone else" });
    const res = await request(a).post(`/api/claims/${edges[0]!.source}/status`).set("X-Forwarded-User", "grace@example.org").send({ status: "unverifiable", note: "" }).expect(201);
    expect(VerdictResponseSchema.parse(res.body).verdict.reviewer).toBe("grace@example.org");
    await request(a).post(`/api/claims/${edges[0]!.source}/status`).send({ status: "unverifiable" }).expect(401);
  });

  it("should refuse every write in read-only mode and change nothing, while reads and the read-only console work", async () => {
    const ro = app({ readOnly: true, reviewer: "local analyst" });
    const before = { verdicts: await verdictCount(), graph: await counts(driver, database) };
    const writes = [
      request(ro).post(`/api/relations/${edges[0]!.id}/verdict`).send({ decision: "reject" }),
      request(ro).post("/api/relations").send({ source: edges[0]!.source, target: edges[1]!.target, type: "CONTRADICTS", kind: "denial", reason: "r" }),
      request(ro).post(`/api/claims/${edges[0]!.source}/status`).send({ status: "false" }),
      request(ro).post("/api/documents").send({ documents: [{ name: "new.txt", text: "A ministry said 12 people were hurt on Monday." }] }),
    ];
    for (const res of await Promise.all(writes)) {
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("READ_ONLY");
    }
    expect(await verdictCount()).toBe(before.verdicts);
    expect(await counts(driver, database)).toEqual(before.graph);
    await request(ro).get("/api/review").expect(200);
    await request(ro).get("/api/verdicts").expect(200);
    await request(ro).post("/api/cypher").send({ query: "MATCH (c:Claim) RETURN count(c) AS n" }).expect(200);
  });

  it("should refuse a cross-origin POST and accept one from the server's own origin", async () => {
    const a = local();
    const before = await verdictCount();
    const evil = await request(a).post(`/api/relations/${edges[0]!.id}/verdict`).set("Origin", "https://evil.example").send({ decision: "reject" }).expect(403);
    expect(evil.body.error.code).toBe("CROSS_ORIGIN");
    await request(a).post(`/api/relations/${edges[0]!.id}/verdict`).set("Sec-Fetch-Site", "cross-site").send({ decision: "reject" }).expect(403);
    await request(a).post(`/api/relations/${edges[0]!.id}/verdict`).set("Origin", "null").send({ decision: "reject" }).expect(403);
    expect(await verdictCount()).toBe(before);
    const own = await request(a).post(`/api/relations/${edges[0]!.id}/verdict`).set("Host", "review.local:3000").set("Origin", "http://review.local:3000").set("Sec-Fetch-Site", "same-origin").send({ decision: "confirm" });
    expect(own.status).toBe(201);
    expect(await verdictCount()).toBe(before + 1);
  });
});

describe("rate limit", () => {
  it("should refuse a reviewer's writes past the limit per minute with 429, and not another reviewer's", async () => {
    const a = app({ reviewerHeader: "x-forwarded-user", writesPerMinute: 2 });
    const post = (who: string) => request(a).post(`/api/claims/${edges[1]!.source}/status`).set("X-Forwarded-User", who).send({ status: "unverified" });
    expect([(await post("heidi")).status, (await post("heidi")).status]).toEqual([201, 201]);
    const before = await verdictCount();
    const over = await post("heidi");
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe("RATE_LIMITED");
    expect(await verdictCount()).toBe(before);
    expect((await post("ivan")).status).toBe(201);
  });
});

describe("bad input changes nothing", () => {
  const cases: Array<[string, (a: ReturnType<typeof app>) => request.Test, number]> = [
    ["broken JSON", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).set("Content-Type", "application/json").send("{decision:"), 400],
    ["a body that is not JSON", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).set("Content-Type", "text/plain").send("decision=confirm"), 400],
    ["an unknown decision", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).send({ decision: "maybe" }), 400],
    ["a relabel to a type that does not exist", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).send({ decision: "relabel", type: "REFUTES", kind: "denial" }), 400],
    ["a relabel to CONTRADICTS without a kind", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).send({ decision: "relabel", type: "CONTRADICTS" }), 400],
    ["an unknown field", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).send({ decision: "confirm", reviewer: "mallory" }), 400],
    ["a malformed relation id", (a) => request(a).post("/api/relations/NOT_AN_ID/verdict").send({ decision: "confirm" }), 400],
    ["a verdict on a relation that does not exist", (a) => request(a).post("/api/relations/rel-0000000000000000/verdict").send({ decision: "confirm" }), 404],
    ["a status on a claim that does not exist", (a) => request(a).post("/api/claims/clm-0000000000000000/status").send({ status: "false" }), 404],
    ["a manual relation to a claim that does not exist", (a) => request(a).post("/api/relations").send({ source: edges[0]!.source, target: "clm-0000000000000000", type: "SUPPORTS", kind: "echo", reason: "r" }), 404],
    ["a manual relation from a claim to itself", (a) => request(a).post("/api/relations").send({ source: edges[0]!.source, target: edges[0]!.source, type: "SUPPORTS", kind: "echo", reason: "r" }), 400],
    ["a status that does not exist", (a) => request(a).post(`/api/claims/${edges[0]!.source}/status`).send({ status: "fake" }), 400],
    ["a source link that is not http", (a) => request(a).post(`/api/claims/${edges[0]!.source}/status`).send({ status: "false", links: ["javascript:alert(1)"] }), 400],
    ["a note over the note limit", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).send({ decision: "confirm", note: "x".repeat(5000) }), 400],
    ["a note of 1 MB", (a) => request(a).post(`/api/relations/${edges[1]!.id}/verdict`).send({ decision: "confirm", note: "x".repeat(1024 * 1024) }), 413],
  ];
  it.each(cases)("should answer %s with its status", async (_what, send, status) => {
    const a = local();
    const before = { verdicts: await verdictCount(), graph: await counts(driver, database) };
    const res = await send(a);
    expect(res.status).toBe(status);
    expect(typeof res.body.error.code).toBe("string");
    expect(await verdictCount()).toBe(before.verdicts);
    expect(await counts(driver, database)).toEqual(before.graph);
  });

  it("should keep a script in a note as the text it is", async () => {
    const note = `<script>alert("x")</script><img src=x onerror=alert(1)>`;
    const res = await request(local()).post(`/api/relations/${edges[2]!.id}/verdict`).send({ decision: "confirm", note }).expect(201);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(res.body.verdict.note).toBe(note);
    const list = VerdictListSchema.parse((await request(local()).get("/api/verdicts").expect(200)).body);
    expect(list.verdicts.find((v) => v.id === res.body.verdict.id)!.note).toBe(note);
  });
});

describe("verdicts", () => {
  it("should keep both of two reviewers' verdicts given at once, and let the later one stand", async () => {
    const a = proxied();
    const id = edges[3]!.id;
    const [x, y] = await Promise.all([
      request(a).post(`/api/relations/${id}/verdict`).set("X-Forwarded-User", "alice").send({ decision: "confirm" }),
      request(a).post(`/api/relations/${id}/verdict`).set("X-Forwarded-User", "bob").send({ decision: "reject", note: "figures differ in scope" }),
    ]);
    expect([x.status, y.status]).toEqual([201, 201]);
    const later = [x.body, y.body].map((b) => VerdictResponseSchema.parse(b)).sort((p, q) => q.verdict.seq - p.verdict.seq)[0]!;
    const state = later.verdict.decision === "confirm" ? "confirmed" : "rejected";
    const queue = ReviewQueueSchema.parse((await request(a).get(`/api/review?state=${state}&limit=200`).expect(200)).body);
    const item = queue.items.find((i) => i.id === id)!;
    expect(item.history.map((v) => v.reviewer).sort()).toEqual(["alice", "bob"]);
    expect(item.history[0]!.id).toBe(later.verdict.id);
    const other = ReviewQueueSchema.parse((await request(a).get(`/api/review?state=${state === "confirmed" ? "rejected" : "confirmed"}&limit=200`).expect(200)).body);
    expect(other.items.map((i) => i.id)).not.toContain(id);
  });

  it("should relabel an edge, add a manual relation idempotently, and list verdicts since a time", async () => {
    const a = local();
    const t0 = new Date().toISOString();
    const edge = edges[4]!;
    const relabel = VerdictResponseSchema.parse((await request(a).post(`/api/relations/${edge.id}/verdict`).send({ decision: "relabel", type: "NONE" }).expect(201)).body);
    expect(relabel.state).toBe("relabelled");
    const body = { source: edge.target, target: edges[0]!.source, type: "CONTRADICTS", kind: "numeric", reason: "the counts differ" };
    const first = await request(a).post("/api/relations").send(body).expect(201);
    const again = await request(a).post("/api/relations").send(body).expect(201);
    expect(again.body.id).toBe(first.body.id);
    const { records } = await driver.executeQuery("MATCH ()-[r:CONTRADICTS {id: $id}]->() RETURN count(r) AS n, collect(r.method)[0] AS method", { id: first.body.id }, { database });
    expect([records[0]!.get("n"), records[0]!.get("method")]).toEqual([1, "manual"]);
    const since = VerdictListSchema.parse((await request(a).get(`/api/verdicts?since=${encodeURIComponent(t0)}`).expect(200)).body);
    expect(since.verdicts.map((v) => v.decision)).toEqual(["relabel", "manual", "manual"]);
    await request(a).get("/api/verdicts?since=yesterday").expect(400);
    // One relation's history: its verdicts only.
    const history = VerdictListSchema.parse((await request(a).get(`/api/verdicts?target=${edge.id}`).expect(200)).body);
    expect(history.verdicts.map((v) => [v.targetId, v.decision])).toEqual([[edge.id, "relabel"]]);
    await request(a).get("/api/verdicts?target=%3Cscript%3E").expect(400);
  });
});

describe("the review queue", () => {
  it("should list unreviewed relations most disputed first, with both claims in their paragraphs and the counts", async () => {
    const a = local();
    const queue = ReviewQueueSchema.parse((await request(a).get("/api/review?limit=200").expect(200)).body);
    const scores = queue.items.map((i) => i.disagreement);
    expect(scores).toEqual([...scores].sort((p, q) => q - p));
    for (const i of queue.items) {
      expect(i.disagreement).toBeCloseTo(disagreement(i), 3);
      expect(i.state).toBe("unreviewed");
      expect(i.history).toEqual([]);
      for (const side of [i.a, i.b]) {
        expect(side.paragraph.text.slice(side.start - side.paragraph.start, side.end - side.paragraph.start)).toBe(side.text);
        expect(side.sentenceStart).toBeLessThanOrEqual(side.start);
      }
    }
    const c = queue.counts;
    expect(c.unreviewed).toBe(queue.total);
    const { records } = await driver.executeQuery("MATCH (:Claim)-[r:CONTRADICTS|SUPPORTS]->(:Claim) RETURN count(r) AS n", {}, { database });
    expect(c.unreviewed + c.confirmed + c.relabelled + c.rejected).toBe(records[0]!.get("n"));
    const page = ReviewQueueSchema.parse((await request(a).get("/api/review?limit=2&offset=1").expect(200)).body);
    expect(page.items.map((i) => i.id)).toEqual(queue.items.slice(1, 3).map((i) => i.id));
    const byConfidence = ReviewQueueSchema.parse((await request(a).get("/api/review?sort=confidence&limit=200").expect(200)).body);
    const conf = byConfidence.items.map((i) => i.confidence);
    expect(conf).toEqual([...conf].sort((p, q) => p - q));
    await request(a).get("/api/review?state=maybe").expect(400);
  });
});
