/*
 * The search index's lifecycle over a fake source: null (the caller asks the full-text indexes)
 * until built, answers from memory once built, one build at a time ending on the newest version,
 * no build past `max`, and a failed build retried only after retryMs.
 */

import { createSearchIndex, type ClaimItem, type EntityItem } from "../../../server/src/db/search-index";

function setup(options: { max?: number } = {}) {
  const clock = { t: 0 };
  const graph = {
    version: "v1",
    claims: [{ id: "clm-a", text: "Ferries idle at the harbour", outlet: "Harbour Gazette" }] as ClaimItem[],
    entities: [{ id: "ent-a", name: "port authority", type: "ORG", aliasText: "harbour board" }] as EntityItem[],
    loads: 0,
    fail: false,
  };
  const index = createSearchIndex({
    graphVersion: async () => graph.version,
    source: {
      size: async () => graph.claims.length + graph.entities.length,
      items: async () => {
        graph.loads += 1;
        if (graph.fail) throw new Error("timeout");
        return { claims: [...graph.claims], entities: [...graph.entities] };
      },
    },
    max: options.max ?? 100,
    retryMs: 1_000,
    now: () => clock.t,
  });
  return { clock, graph, index };
}

describe("search index", () => {
  it("should answer null until built, then from memory with scores", async () => {
    const { index } = setup();
    expect(await index.search("harb", 5)).toBeNull();
    await index.warm();
    const r = (await index.search("harb", 5))!;
    expect(r.claims.map((c) => c.id)).toEqual(["clm-a"]);
    // Entities match on their aliases too, but aliasText is not sent.
    expect(r.entities).toEqual([{ id: "ent-a", name: "port authority", type: "ORG", score: expect.any(Number) }]);
    expect(r.claims[0]!.score).toBeGreaterThan(0);
  });

  it("should rebuild when the version changes and not before", async () => {
    const { graph, index } = setup();
    await index.warm();
    await index.warm();
    expect(graph.loads).toBe(1);
    graph.claims.push({ id: "clm-b", text: "Harbour strike goes on", outlet: null });
    graph.version = "v2";
    await index.warm();
    expect(graph.loads).toBe(2);
    expect((await index.search("strike", 5))!.claims.map((c) => c.id)).toEqual(["clm-b"]);
  });

  it("should build once at a time and end on the newest version", async () => {
    const { graph, index } = setup();
    const first = index.warm();
    graph.version = "v2";
    graph.claims.push({ id: "clm-b", text: "Harbour strike goes on", outlet: null });
    const second = index.warm();
    await Promise.all([first, second]);
    expect(graph.loads).toBe(2);
    expect((await index.search("strike", 5))!.claims.map((c) => c.id)).toEqual(["clm-b"]);
  });

  it("should not build past max and leave the search to the full-text indexes", async () => {
    const { graph, index } = setup({ max: 1 });
    await index.warm();
    expect(graph.loads).toBe(0);
    expect(await index.search("harb", 5)).toBeNull();
  });

  it("should retry a failed build only after retryMs", async () => {
    const { clock, graph, index } = setup();
    graph.fail = true;
    await index.warm();
    expect(await index.search("harb", 5)).toBeNull();
    graph.fail = false;
    clock.t = 999;
    await index.warm();
    expect(graph.loads).toBe(1);
    clock.t = 1_000;
    await index.warm();
    expect(graph.loads).toBe(2);
    expect(await index.search("harb", 5)).not.toBeNull();
  });

  it("should start over after reset", async () => {
    const { graph, index } = setup();
    await index.warm();
    index.reset();
    expect(await index.search("harb", 5)).toBeNull();
    await index.warm();
    expect(graph.loads).toBe(2);
  });
});
