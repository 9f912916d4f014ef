/*
 * Explorer benchmarks on the seeds: API latency (sequential warm-up, then concurrent clients on
 * loopback; p50/p95 per route) and the client's first paint in Chromium (navigation start to the
 * graph drawn and the conflict list filled), median of several page loads.
 */

import { spawn } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { percentile, withSeedsApp } from "./harness";

export interface LatencyFigure {
  route: string;
  requests: number;
  concurrency: number;
  p50: number;
  p95: number;
  errors: number;
}


/**
 * Latency of `requests` GETs with `concurrency` in flight, from a separate process (scripts/bench/hit.ts)
 * so the load generator's own work is not counted. `route` may be a list: request i goes to
 * route[i % length] (varied search terms, say).
 */
export async function latency(url: string, route: string | string[], requests: number, concurrency: number): Promise<LatencyFigure> {
  const routes = Array.isArray(route) ? route : [route];
  const child = spawn(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/bench/hit.ts"), url, String(requests), String(concurrency), ...routes], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let out = "";
  child.stdout.on("data", (d: Buffer) => (out += d.toString()));
  const [code] = (await once(child, "exit")) as [number];
  if (code !== 0) throw new Error(`bench: load generator exited with ${code}`);
  const { times, errors } = JSON.parse(out.trim().split("\n").pop()!) as { times: number[]; errors: number };
  const name = routes.length > 1 ? `${routes[0]!.split("?")[0]} (${routes.length} distinct queries)` : routes[0]!;
  return { route: name, requests, concurrency, p50: percentile(times, 50), p95: percentile(times, 95), errors };
}

export async function benchExplorer(log: (line: string) => void): Promise<{ latencies: LatencyFigure[]; firstPaintMs: number[] }> {
  return withSeedsApp(log, async ({ url, db }) => {
    const config = db.config;
    const routes = ["/api/graph", "/api/contradictions"];
    for (const r of routes) await latency(url, r, 20, 1); // warm-up: plans cached, pool filled
    const latencies: LatencyFigure[] = [];
    for (const r of routes) latencies.push(await latency(url, r, 300, 10));

    const firstPaintMs: number[] = [];
    if (fs.existsSync(path.join(config.root, "client", "dist", "index.html")) && fs.existsSync(process.env.CHROMIUM_PATH ?? "/usr/bin/chromium")) {
      const browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
      });
      try {
        for (let i = 0; i < 6; i += 1) {
          const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
          await page.goto(url);
          await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 30_000 });
          // Ready = graph loaded into Sigma and the conflict cards rendered; the first frame follows.
          const ms = Number(await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))"));
          if (i > 0) firstPaintMs.push(ms); // the first load warms the HTTP cache like a returning user
          await page.close();
        }
      } finally {
        await browser.close();
      }
    } else log("bench: skipping first paint (client/dist or Chromium missing)");
    return { latencies, firstPaintMs };
  });
}
