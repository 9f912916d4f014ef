/*
 * The API on the seeds in the real Neo4j, through supertest on createApp: every route's shape is
 * checked against its graph-schema schema, bad input is a 400 with issues, unknown ids 404, the
 * console answers reads and refuses writes without changing the graph.
 */

import type { Driver } from "neo4j-driver";
import request from "supertest";
import {
  ApiErrorSchema,
  ClaimDetailSchema,
  ConflictListSchema,
  CypherResponseSchema,
  DatabaseSchemaSchema,
  EntityDetailSchema,
  GraphPayloadSchema,
  ReaderDocumentSchema,
  SearchResultSchema,
  StatsSchema,
} from "../../../graph-schema";
import { createApp } from "../../../server/src/app";
import { explorerDeps } from "../../../server/src/main";
import { listen, seedsApp } from "../../helpers/app";
import { counts, testDriver } from "../../helpers/neo4j";

let driver: Driver;
let database: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  ({ driver, database } = testDriver());
  app = await seedsApp(driver, database);
});
afterAll(async () => {
  await driver.close();
});

describe("GET routes", () => {
  it("should report health and per-outlet stats", async () => {
    expect((await request(app).get("/api/health")).body).toEqual({ ok: true, neo4j: "up", message: null });
    const stats = StatsSchema.parse((await request(app).get("/api/stats").expect(200)).body);
    expect(stats.labels.Document).toBe(5);
    expect(stats.outlets.map((o) => o.outlet).sort()).toEqual(["Censor.NET", "Espreso", "Focus", "Sputnik", "unknown republisher"]);
  });

  it("should cap the graph and say it is truncated", async () => {
    const full = GraphPayloadSchema.parse((await request(app).get("/api/graph").expect(200)).body);
    expect(full.truncated).toBe(false);
    const capped = GraphPayloadSchema.parse((await request(app).get("/api/graph?limit=5").expect(200)).body);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes.filter((n) => n.kind === "Claim")).toHaveLength(5);
    expect(capped.totalClaims).toBe(full.totalClaims);
    // Claims in conflicts come first, so the cap keeps the CONTRADICTS edges.
    expect(capped.edges.some((e) => e.type === "CONTRADICTS")).toBe(true);
  });

  it("should filter the graph by outlet and relation", async () => {
    const g = GraphPayloadSchema.parse((await request(app).get("/api/graph?outlet=Sputnik&relation=CONTRADICTS&linkedOnly=true").expect(200)).body);
    const claims = g.nodes.filter((n) => n.kind === "Claim");
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.attributes.outlet).toBe("Sputnik");
  });

  it("should list both design-card conflicts with reasons", async () => {
    const list = ConflictListSchema.parse((await request(app).get("/api/contradictions").expect(200)).body);
    const has = (a: RegExp, b: RegExp) => list.items.some((i) => (a.test(i.a.text) && b.test(i.b.text)) || (a.test(i.b.text) && b.test(i.a.text)));
    expect(has(/76,000/, /62,000/)).toBe(true);
    expect(has(/fully expelled/, /rejected claims/)).toBe(true);
    const sorted = list.items.map((i) => i.confidence);
    expect(sorted).toEqual([...sorted].sort((x, y) => y - x));
    const echoes = ConflictListSchema.parse((await request(app).get("/api/contradictions?type=SUPPORTS").expect(200)).body);
    expect(echoes.items.length).toBeGreaterThan(0);
    expect(echoes.items.every((i) => i.type === "SUPPORTS")).toBe(true);
  });

  it("should return a claim with its paragraph, speaker and related claims", async () => {
    const list = ConflictListSchema.parse((await request(app).get("/api/contradictions?kind=counter").expect(200)).body);
    const id = list.items[0]!.a.id;
    const d = ClaimDetailSchema.parse((await request(app).get(`/api/claims/${id}`).expect(200)).body);
    expect(d.context.text).toBe(d.claim.text);
    expect(d.related.some((r) => r.type === "CONTRADICTS" && r.reason.length > 20)).toBe(true);
    const entityId = d.mentions[0]?.id ?? d.claim.speakerId!;
    const entity = EntityDetailSchema.parse((await request(app).get(`/api/entities/${entityId}`).expect(200)).body);
    const claims = [...entity.asSpeaker, ...entity.byOutlet.flatMap((g) => g.claims)];
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) expect(c.id).toMatch(/^clm-/);
  });

  it("should return a document's text with its claims as spans for the reader", async () => {
    const list = ConflictListSchema.parse((await request(app).get("/api/contradictions?kind=counter").expect(200)).body);
    const { a } = list.items[0]!;
    const d = ReaderDocumentSchema.parse((await request(app).get(`/api/documents/${a.documentId}`).expect(200)).body);
    const claim = d.claims.find((c) => c.id === a.id)!;
    expect(d.document.text.slice(claim.start, claim.end)).toBe(a.text);
    expect(claim.counts.CONTRADICTS).toBeGreaterThan(0);
    expect(claim.related.some((r) => r.id === list.items[0]!.id)).toBe(true);
  });

  it("should search claims and entities through the full-text indexes", async () => {
    const r = SearchResultSchema.parse((await request(app).get("/api/search?q=losses").expect(200)).body);
    expect(r.claims.some((c) => /losses/i.test(c.text))).toBe(true);
    const e = SearchResultSchema.parse((await request(app).get("/api/search?q=Kyiv").expect(200)).body);
    expect(e.entities.length).toBeGreaterThan(0);
  });

  it("should answer 400 with issues for invalid input and 404 for unknown ids", async () => {
    const bad = await request(app).get("/api/graph?limit=-3&minConfidence=7").expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
    expect(bad.body.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(["limit", "minConfidence"]);
    expect((await request(app).get("/api/claims/clm-0000000000000000").expect(404)).body.error.code).toBe("NOT_FOUND");
    expect((await request(app).get("/api/claims/not an id").expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/documents/doc-0000000000000000").expect(404)).body.error.code).toBe("NOT_FOUND");
    expect((await request(app).get("/api/documents/doc%20x").expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/search?q=").expect(400)).body.error.code).toBe("BAD_REQUEST");
    expect((await request(app).get("/api/nope").expect(404)).body.error.code).toBe("NOT_FOUND");
  });

  it("should export GEXF and GraphML", async () => {
    const gexf = await request(app).get("/api/export?format=gexf").expect(200);
    expect(gexf.headers["content-type"]).toMatch(/gexf/);
    expect(gexf.text).toMatch(/<gexf[\s\S]*<edge [^>]*label="CONTRADICTS"/);
    const graphml = await request(app).get("/api/export?format=graphml").expect(200);
    expect(graphml.text).toMatch(/<graphml[\s\S]*<node id="clm-/);
  });
});

describe("POST /api/cypher", () => {
  it("should return rows and drawable nodes for a read", async () => {
    const r = CypherResponseSchema.parse(
      (await request(app).post("/api/cypher").send({ query: "MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim) RETURN a, r, b" }).expect(200)).body,
    );
    expect(r.columns).toEqual(["a", "r", "b"]);
    expect(r.rows.length).toBeGreaterThan(0);
    expect(r.edges.length).toBeGreaterThan(0);
    expect(r.nodes.length).toBeGreaterThan(0);
    expect(r.edges.every((e) => e.type === "CONTRADICTS")).toBe(true);
    expect(r.nodes.every((n) => n.kind === "Claim")).toBe(true);
  });

  it("should refuse writes with a reason and leave the graph unchanged", async () => {
    const before = await counts(driver, database);
    for (const query of ["MATCH (n) DETACH DELETE n", "CREATE (:Claim {id: 'x'})", "MATCH (n) RETURN n; MATCH (m) DELETE m", "CALL dbms.components()"]) {
      const res = await request(app).post("/api/cypher").send({ query }).expect(400);
      expect(res.body.error.code).toBe("CYPHER_REFUSED");
    }
    expect(await counts(driver, database)).toEqual(before);
  });

  it("should cap rows and mark the answer truncated", async () => {
    const r = CypherResponseSchema.parse((await request(app).post("/api/cypher").send({ query: "UNWIND range(1, 100000) AS x RETURN x" }).expect(200)).body);
    expect(r.rows).toHaveLength(200);
    expect(r.truncated).toBe(true);
  });

  it("should answer 400 for broken JSON, a missing query and a syntax error, without internals", async () => {
    const broken = await request(app).post("/api/cypher").set("Content-Type", "application/json").send('{"query": ').expect(400);
    expect(broken.body.error.message).not.toMatch(/at .*\.js/);
    expect((await request(app).post("/api/cypher").send({}).expect(400)).body.error.code).toBe("BAD_REQUEST");
    const syntax = await request(app).post("/api/cypher").send({ query: "MATCH (n RETURN n" }).expect(400);
    expect(syntax.body.error.code).toBe("CYPHER_FAILED");
  });
});

describe("POST /api/documents", () => {
  it("should ingest an uploaded article so its claims appear", async () => {
    const res = await request(app)
      .post("/api/documents")
      .send({ documents: [{ name: "upload.txt", outlet: "Harbour Gazette", published: "2025-04-28", text: "Port officials said that 40 ships were waiting outside the port of Valmora.\n" }] })
      .expect(201);
    expect(res.body.documents).toBe(1);
    const stats = StatsSchema.parse((await request(app).get("/api/stats")).body);
    expect(stats.outlets.map((o) => o.outlet)).toContain("Harbour Gazette");
  });

  it("should refuse an upload with nothing readable and name the file, writing nothing", async () => {
    const before = await counts(driver, database);
    const res = await request(app).post("/api/documents").send({ documents: [{ name: "blob.txt", text: "\u0000\u0001\u0002\u0000binary\u0000\u0000" }] }).expect(422);
    expect(res.body.error.code).toBe("NOTHING_TO_INGEST");
    expect(res.body.error.message).toContain("blob.txt");
    expect(await counts(driver, database)).toEqual(before);
  });

  it("should ingest the good document of a mixed upload and name the bad one", async () => {
    const res = await request(app)
      .post("/api/documents")
      .send({ documents: [{ name: "good2.txt", text: "Port officials said that 12 ferries were cancelled at Valmora on Monday.\n" }, { name: "bad.txt", text: "\u0000\u0000\u0000\u0000" }] })
      .expect(201);
    expect(res.body.documents).toBe(1);
    expect(res.body.diagnostics.map((d: { file: string }) => d.file)).toContain("bad.txt");
  });

  it("should refuse an oversized upload with 413", async () => {
    const huge = "a".repeat(26 * 1024 * 1024);
    const res = await request(app).post("/api/documents").send({ documents: [{ name: "huge.txt", text: huge }] });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe("BAD_REQUEST");
  });

  it("should reject a malformed upload with issues", async () => {
    const res = await request(app).post("/api/documents").send({ documents: [{ name: "../evil.txt", text: "" }] }).expect(400);
    expect(res.body.error.issues.length).toBeGreaterThanOrEqual(2);
  });
});

describe("the console editor's routes", () => {
  it("should list the live labels, relationship types and property keys", async () => {
    const s = DatabaseSchemaSchema.parse((await request(app).get("/api/schema").expect(200)).body);
    expect(s.labels).toEqual(expect.arrayContaining(["Claim", "Document", "Entity", "Source"]));
    expect(s.relationshipTypes).toEqual(expect.arrayContaining(["CONTRADICTS", "MENTIONS", "PUBLISHED"]));
    expect(s.propertyKeys).toEqual(expect.arrayContaining(["outlet", "text"]));
    expect(s.labels).toEqual([...s.labels].sort((a, b) => a.localeCompare(b)));
  });

  it("should pass parameters to the query and refuse names that are not identifiers", async () => {
    const query = "MATCH (c:Claim) WHERE c.outlet = $outlet RETURN c.outlet LIMIT $limit";
    const r = CypherResponseSchema.parse((await request(app).post("/api/cypher").send({ query, params: { outlet: "Sputnik", limit: 2 } }).expect(200)).body);
    expect(r.rows).toEqual([["Sputnik"], ["Sputnik"]]);
    const bad = await request(app).post("/api/cypher").send({ query, params: { "x) DETACH DELETE (n": 1 } }).expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
  });

  it("should say where in the query a syntax error is", async () => {
    const query = "MATCH (c:Claim)\nRETURN c.text LIMT 5";
    const body = ApiErrorSchema.parse((await request(app).post("/api/cypher").send({ query }).expect(400)).body);
    expect(body.error.code).toBe("CYPHER_FAILED");
    expect(body.error.position).toEqual({ line: 2, column: 15, offset: query.indexOf("LIMT") });
    // Neo4j's long list of what it expected is shortened; the place stays, at the end.
    expect(body.error.message).toMatch(/\(line 2, column 15 \(offset: 30\)\)$/);
  });
});

describe("a client that cancels a console query", () => {
  it("should make the server stop the query in Neo4j", async () => {
    // A timeout far longer than the test waits, so only the cancel can stop the query.
    const { server, url } = await listen(explorerDeps(driver, database, { console: { timeoutMs: 120_000, maxRows: 10 } }));
    const marker = `gone_${Date.now()}`;
    const running = async () =>
      Number((await driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n", { marker }, { database })).records[0]!.get("n"));
    try {
      const aborter = new AbortController();
      const query = `UNWIND range(1, 400000000) AS ${marker} WITH ${marker} WHERE ${marker} % 1000003 = -1 RETURN count(*)`;
      const answer = fetch(`${url}/api/cypher`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query }), signal: aborter.signal }).catch(
        (e: unknown) => e,
      );
      // The server checks the query (EXPLAIN) before it runs it; on a loaded machine that takes seconds.
      for (let i = 0; i < 600 && (await running()) === 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(await running()).toBe(1);
      aborter.abort();
      expect(((await answer) as Error).name).toBe("AbortError");
      for (let i = 0; i < 40 && (await running()) > 0; i += 1) await new Promise((r) => setTimeout(r, 50));
      expect(await running()).toBe(0);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
