/*
 * The read cache on a fake clock and a counted version source: answers are kept per graph version
 * and for ttlMs at most, the version is asked at most once per versionTtlMs, failures are not kept,
 * the oldest entry goes past `max`, and invalidate() forgets everything at once.
 */

import { createReadCache } from "../../../server/src/db/read-cache";

function setup(options: { ttlMs?: number; versionTtlMs?: number; max?: number } = {}) {
  const clock = { t: 0 };
  const graph = { version: "1/0", asked: 0, fail: false };
  const cache = createReadCache(
    async () => {
      graph.asked += 1;
      if (graph.fail) throw new Error("down");
      return graph.version;
    },
    { ttlMs: 1_000, versionTtlMs: 100, max: 10, ...options, now: () => clock.t },
  );
  let computed = 0;
  const compute = async () => `answer ${++computed}`;
  return { clock, graph, cache, compute, computed: () => computed };
}

describe("read cache", () => {
  it("should keep an answer while the version and the ttl hold", async () => {
    const { clock, cache, compute, computed } = setup();
    expect(await cache.cached("k", compute)).toBe("answer 1");
    clock.t = 999;
    expect(await cache.cached("k", compute)).toBe("answer 1");
    expect(computed()).toBe(1);
    clock.t = 1_000;
    expect(await cache.cached("k", compute)).toBe("answer 2");
  });

  it("should compute again when the graph's version changes", async () => {
    const { clock, graph, cache, compute } = setup();
    await cache.cached("k", compute);
    graph.version = "2/1";
    // The version is re-asked only after versionTtlMs.
    clock.t = 50;
    expect(await cache.cached("k", compute)).toBe("answer 1");
    clock.t = 100;
    expect(await cache.cached("k", compute)).toBe("answer 2");
  });

  it("should ask for the version once per versionTtlMs however many reads arrive", async () => {
    const { clock, graph, cache, compute } = setup();
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.cached(`k${i % 3}`, compute)));
    expect(graph.asked).toBe(1);
    clock.t = 100;
    await cache.cached("k0", compute);
    expect(graph.asked).toBe(2);
  });

  it("should share one computation between concurrent reads of a key", async () => {
    const { cache, compute, computed } = setup();
    const answers = await Promise.all([cache.cached("k", compute), cache.cached("k", compute), cache.cached("k", compute)]);
    expect(answers).toEqual(["answer 1", "answer 1", "answer 1"]);
    expect(computed()).toBe(1);
  });

  it("should not keep a failed computation or a failed version", async () => {
    const { graph, cache, compute } = setup();
    await expect(cache.cached("k", async () => Promise.reject(new Error("timeout")))).rejects.toThrow("timeout");
    expect(await cache.cached("k", compute)).toBe("answer 1");
    cache.invalidate();
    graph.fail = true;
    await expect(cache.graphVersion()).rejects.toThrow("down");
    graph.fail = false;
    expect(await cache.graphVersion()).toBe("1/0");
    expect(graph.asked).toBe(3);
  });

  it("should drop the oldest entry past max", async () => {
    const { cache, compute, computed } = setup({ max: 2 });
    await cache.cached("a", compute);
    await cache.cached("b", compute);
    await cache.cached("c", compute);
    expect(await cache.cached("b", compute)).toBe("answer 2");
    expect(await cache.cached("a", compute)).toBe("answer 4");
    expect(computed()).toBe(4);
  });

  it("should forget answers and the version on invalidate", async () => {
    const { graph, cache, compute } = setup();
    await cache.cached("k", compute);
    cache.invalidate();
    expect(await cache.cached("k", compute)).toBe("answer 2");
    expect(graph.asked).toBe(2);
  });
});
