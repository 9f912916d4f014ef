/*
 * Sustained load: N concurrent clients on loopback for S seconds of mixed traffic (graph,
 * conflicts, search, claim detail, console reads) against the real app and Neo4j. Reports
 * requests, 5xx, p50/p95/p99 per route, and the server's heap after GC sampled across the run,
 * so growth would show. Clients share one IP, so the console's per-IP rate limit is raised here.
 */

import { percentile, withSeedsApp } from "./harness";


export interface LoadResult {
  seconds: number;
  clients: number;
  requests: number;
  status5xx: number;
  status4xx: number;
  failures: number;
  routes: Array<{ route: string; n: number; p50: number; p95: number; p99: number }>;
  heapMiB: number[];
  rssMiB: number[];
}


export async function runLoad(seconds: number, clients: number, log: (l: string) => void): Promise<LoadResult> {
  return withSeedsApp(log, async ({ url, store }) => {
    const claimIds = (await store.conflicts({ type: "CONTRADICTS", minConfidence: 0, sort: "confidence", limit: 50 })).items.flatMap((i) => [i.a.id, i.b.id]);
    const words = ["losses", "forces", "region", "ministry", "talks", "troops", "Kyiv", "peace"];
    const mix: Array<[string, () => RequestInit & { path: string }]> = [
      ["/api/graph", () => ({ path: "/api/graph" })],
      ["/api/contradictions", () => ({ path: "/api/contradictions" })],
      ["/api/search", () => ({ path: `/api/search?q=${words[Math.floor(Math.random() * words.length)]}` })],
      ["/api/claims/:id", () => ({ path: `/api/claims/${claimIds[Math.floor(Math.random() * claimIds.length)]}` })],
      [
        "/api/cypher",
        () => ({
          path: "/api/cypher",
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ query: "MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim) RETURN a.text, b.text, r.reason LIMIT 20" }),
        }),
      ],
    ];
    const times = new Map<string, number[]>(mix.map(([r]) => [r, []]));
    let requests = 0;
    let s5 = 0;
    let s4 = 0;
    let failures = 0;
    const heap: number[] = [];
    const rss: number[] = [];
    const gc = (globalThis as { gc?: () => void }).gc;
    const sample = () => {
      // Several full collections: one pass can leave garbage reachable from just-closed sockets.
      for (let k = 0; k < 3; k += 1) gc?.();
      heap.push(Math.round(process.memoryUsage().heapUsed / 1048576));
      rss.push(Math.round(process.memoryUsage().rss / 1048576));
    };
    // Four phases; between them the clients drain, GC runs and the heap is sampled at a quiet
    // point, so the series shows retained memory rather than requests in flight.
    const phases = Number(process.env.CLAIMGRAPH_LOAD_PHASES ?? 8);
    const client = async (k: number, end: number) => {
      let i = k;
      while (Date.now() < end) {
        const [route, make] = mix[i % mix.length]!;
        i += 1;
        const { path: p, ...init } = make();
        const t0 = performance.now();
        try {
          const res = await fetch(`${url}${p}`, init);
          await res.arrayBuffer();
          if (res.status >= 500) s5 += 1;
          else if (res.status >= 400) s4 += 1;
        } catch {
          failures += 1;
        }
        times.get(route)!.push(performance.now() - t0);
        requests += 1;
      }
    };
    sample();
    for (let phase = 0; phase < phases; phase += 1) {
      const end = Date.now() + (seconds * 1000) / phases;
      await Promise.all(Array.from({ length: clients }, (_, k) => client(k, end)));
      await new Promise((r) => setTimeout(r, 200));
      sample();
    }
    return {
      seconds,
      clients,
      requests,
      status5xx: s5,
      status4xx: s4,
      failures,
      routes: [...times.entries()].map(([route, xs]) => ({ route, n: xs.length, p50: percentile(xs, 50), p95: percentile(xs, 95), p99: percentile(xs, 99) })),
      heapMiB: heap,
      rssMiB: rss,
    };
  });
}

export function describeLoad(r: LoadResult): string[] {
  return [
    `load: ${r.clients} concurrent clients for ${r.seconds} s of mixed traffic: ${r.requests} requests (${(r.requests / r.seconds).toFixed(0)}/s), ${r.status5xx} 5xx, ${r.status4xx} 4xx, ${r.failures} failed connections`,
    ...r.routes.map((x) => `load ${x.route}: ${x.n} requests, p50 ${x.p50.toFixed(1)} ms, p95 ${x.p95.toFixed(1)} ms, p99 ${x.p99.toFixed(1)} ms`),
    `load memory: heap after GC ${r.heapMiB.join(" → ")} MiB; RSS ${r.rssMiB[0]} → ${r.rssMiB[r.rssMiB.length - 1]} MiB (max ${Math.max(...r.rssMiB)})`,
  ];
}
