/*
 * The client's door to the server, over a stubbed fetch: responses are parsed with graph-schema
 * (a response that breaks the contract is refused), errors carry the server's code, queries drop
 * unset fields, and the export link carries the same filters as the graph.
 */

import { ZodError } from "zod";
import { api, ApiError } from "../../client/src/api";

const realFetch = global.fetch;
let requests: Array<{ url: string; init?: RequestInit }> = [];

function answer(status: number, body: unknown): void {
  global.fetch = (async (url: string, init?: RequestInit) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });
  }) as typeof fetch;
}

beforeEach(() => (requests = []));
afterAll(() => (global.fetch = realFetch));

describe("api", () => {
  it("should return the parsed response", async () => {
    answer(200, { ok: true, neo4j: "up", message: null });
    await expect(api.health()).resolves.toEqual({ ok: true, neo4j: "up", message: null });
    expect(requests[0]!.url).toBe("/api/health");
  });

  it("should refuse a response that does not match the schema", async () => {
    answer(200, { ok: "yes" });
    await expect(api.health()).rejects.toBeInstanceOf(ZodError);
  });

  it("should throw an ApiError with the server's status and code", async () => {
    answer(400, { error: { code: "CYPHER_WRITE", message: "console: the console is read-only." } });
    const e = await api.cypher("MATCH (n) DELETE n").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 400, code: "CYPHER_WRITE" });
  });

  it("should call an error without the API's shape HTTP", async () => {
    answer(502, "Bad Gateway");
    await expect(api.stats()).rejects.toMatchObject({ status: 502, code: "HTTP" });
  });

  it("should send only the filters that are set", async () => {
    answer(200, { nodes: [], edges: [], stories: [], totalClaims: 0, truncated: false });
    await api.graph({ outlet: "River Post", entity: null, relation: "any", linkedOnly: false, minConfidence: undefined, from: "" });
    expect(requests[0]!.url).toBe("/api/graph?outlet=River+Post&relation=any&linkedOnly=false");
  });

  it("should post the console's query as JSON with empty parameters", async () => {
    answer(200, { columns: [], rows: [], nodes: [], edges: [], truncated: false, ms: 1 });
    await api.cypher("RETURN 1");
    expect(requests[0]!.init?.method).toBe("POST");
    expect(JSON.parse(String(requests[0]!.init?.body))).toEqual({ query: "RETURN 1", params: {} });
  });

  it("should build the export link with the format and the graph's filters", () => {
    expect(api.exportUrl("gexf", { outlet: "River Post", entity: "ent-port-authority", relation: "CONTRADICTS", linkedOnly: true, to: null })).toBe(
      "/api/export?format=gexf&outlet=River+Post&entity=ent-port-authority&relation=CONTRADICTS&linkedOnly=true",
    );
    expect(api.exportUrl("graphml", {})).toBe("/api/export?format=graphml");
  });
});
