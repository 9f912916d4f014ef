/*
 * The explorer's use cases over a fake read store (what each route asks of it, NOT_FOUND for an
 * unknown id), uploads turned into input files, exports as GEXF and GraphML with markup escaped,
 * and uploads through the real ingest and Neo4j that tell the read store the graph changed once
 * they wrote something, and not when they wrote nothing.
 */

import type { GraphPayload } from "../../../graph-schema";
import type { ReadStore } from "../../../server/src/db/read";
import { isClaimGraphError } from "../../../server/src/errors";
import { createExplorer, exportGraph, uploadFiles } from "../../../server/src/services/explore";
import { useEmptyDatabase } from "../../helpers/neo4j";

const PAYLOAD: GraphPayload = {
  nodes: [
    { id: "clm-a", kind: "Claim", label: 'Ferries "idle" <40>', attributes: {} },
    { id: "doc-a", kind: "Document", label: "Harbour & port", attributes: {} },
  ],
  edges: [
    { id: "doc-a>clm-a", type: "CONTAINS", source: "doc-a", target: "clm-a", attributes: {} },
    { id: "rel-x", type: "CONTRADICTS", source: "clm-a", target: "clm-a", attributes: { confidence: 0.9, reason: "a < b" } },
  ],
  stories: [],
  totalClaims: 1,
  truncated: false,
};

/** A read store that answers from fixed values and records what it was asked. */
function fakeStore(overrides: Partial<ReadStore> = {}) {
  const asked: string[] = [];
  const store: ReadStore = {
    ping: async () => {},
    stats: async () => ({ labels: {}, relationships: {}, outlets: [] }),
    overview: async () => ({ outlets: [], matrix: [], timeline: [] }),
    graph: async (q) => (asked.push(`graph ${q.limit}`), PAYLOAD),
    conflicts: async () => ({ items: [], truncated: false }),
    figureClaims: async () => ({ claims: [], truncated: false }),
    stories: async () => ({ items: [], total: 0, truncated: false }),
    claim: async () => null,
    entity: async () => null,
    document: async () => null,
    search: async (q, limit) => (asked.push(`search ${q} ${limit}`), { claims: [], entities: [] }),
    invalidate: () => asked.push("invalidate"),
    warmSearch: async () => {},
    ...overrides,
  };
  return { store, asked };
}

const explorerOver = (store: ReadStore) => createExplorer({ store, driver: null as never, database: "neo4j" });

describe("createExplorer", () => {
  it("should answer NOT_FOUND for a claim, entity or document the store does not hold", async () => {
    const explorer = explorerOver(fakeStore().store);
    for (const fetch of [() => explorer.claim("clm-none"), () => explorer.entity("ent-none"), () => explorer.document("doc-none")]) {
      const error = await fetch().catch((e: unknown) => e);
      expect(isClaimGraphError(error, "NOT_FOUND")).toBe(true);
    }
  });

  it("should pass the search words and limit to the store", async () => {
    const { store, asked } = fakeStore();
    await explorerOver(store).search({ q: "ferry strike", limit: 7 });
    expect(asked).toEqual(["search ferry strike 7"]);
  });

  it("should export the capped graph the store answers for the filters", async () => {
    const { store, asked } = fakeStore();
    const file = await explorerOver(store).export({ relation: "any", minConfidence: 0, linkedOnly: false, limit: 5000 }, "graphml");
    expect(asked).toEqual(["graph 5000"]);
    expect([file.type, file.ext]).toEqual(["application/graphml+xml", "graphml"]);
  });
});

describe("uploadFiles", () => {
  it("should give a manifest entry only to documents with metadata, with the date's precision", () => {
    const files = uploadFiles({
      documents: [
        { name: "a.txt", text: "Plain text." },
        { name: "b.txt", text: "Dated.", outlet: "Harbour Gazette", published: "2031-03" },
        { name: "c.txt", text: "Year.", published: "2031" },
      ],
    });
    expect(files.map((f) => f.manifest?.precision ?? null)).toEqual([null, "month", "year"]);
    expect(files[1]!.manifest).toMatchObject({ file: "b.txt", outlet: "Harbour Gazette", url: null, via: null, language: "en" });
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe("Plain text.");
  });
});

describe("exportGraph", () => {
  it("should write GEXF with labels escaped and confidence where an edge has one", () => {
    const gexf = exportGraph(PAYLOAD, "gexf");
    expect(gexf.type).toBe("application/gexf+xml");
    expect(gexf.body).toContain('label="Ferries &#34;idle&#34; &#60;40&#62;"');
    expect(gexf.body).toContain('<attvalue for="confidence" value="0.9"/>');
    expect(gexf.body.match(/<edge /g)).toHaveLength(2);
  });

  it("should write GraphML with reasons escaped, and JSON as the payload itself", () => {
    expect(exportGraph(PAYLOAD, "graphml").body).toContain('<data key="reason">a &#60; b</data>');
    expect(JSON.parse(exportGraph(PAYLOAD, "json").body)).toEqual(PAYLOAD);
  });
});

describe("upload", () => {
  const db = useEmptyDatabase();

  it("should ingest the documents, count what they added and invalidate the store once", async () => {
    const { store, asked } = fakeStore();
    const explorer = createExplorer({ store, driver: db.driver, database: db.database, judge: null });
    const summary = await explorer.upload({
      documents: [
        { name: "gazette.txt", outlet: "Harbour Gazette", published: "2031-03-02", text: "Port officials said that 40 ferries were idle at Tessaly on Monday.\n" },
        { name: "empty.txt", text: "\u0000\u0000\u0000" },
      ],
    });
    expect(summary).toMatchObject({ documents: 1, relations: 0 });
    expect(summary.claims).toBeGreaterThan(0);
    expect(summary.diagnostics.map((d) => d.file)).toEqual(["empty.txt"]);
    expect(asked).toEqual(["invalidate"]);
  });

  it("should leave the store alone when nothing could be ingested", async () => {
    const { store, asked } = fakeStore();
    const explorer = createExplorer({ store, driver: db.driver, database: db.database, judge: null });
    const error = await explorer.upload({ documents: [{ name: "empty.txt", text: "\u0000\u0000\u0000" }] }).catch((e: unknown) => e);
    expect(isClaimGraphError(error, "NOTHING_TO_INGEST")).toBe(true);
    expect(asked).toEqual([]);
  });
});
