/*
 * Overview mode on a large graph: k copies of FNC-1 ingested into the bench Neo4j (as the ingest
 * stage does), the explorer served over it and opened in headless Chromium at ?mode=outlets and
 * ?mode=stories; the figure is the time from navigation start to the first frame after the collapsed graph is handed
 * to Sigma, for a first load (the server reads the graph) and the median of several reloads.
 */

import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { COLLAPSE_MODES, type CollapseMode } from "../../client/src/graph/collapse";
import { writeGraph } from "../../server/src/db/write-graph";
import { loadJudge } from "../../server/src/io/judge";
import { buildClaimGraphParallel } from "../../server/src/workers/extract-pool";
import { loadCorpus } from "./corpus";
import { emptyDatabase, serveApp, withBenchDb } from "./harness";

export interface OverviewFigure {
  scale: number;
  documents: number;
  claims: number;
  mode: CollapseMode;
  /** The stage's note on the drawn overview ("Overview: 9 outlets, … · showing 2000 of … claims"). */
  note: string;
  /** The first load's time to the overview's first frame (cold for the first mode; the second shares the server's cached read). */
  coldMs: number;
  /** The reloads' times to the overview's first frame. */
  drawMs: number[];
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Opens the explorer in overview mode; resolves to the time of the first frame after the draw, and the note. */
async function timeFirstDraw(browser: Browser, url: string, mode: CollapseMode): Promise<{ ms: number; note: string }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await page.goto(`${url}/?mode=${mode}`);
    // The renderer marks #sigma once Sigma holds a graph; the note says which graph it is, or the error.
    await page.waitForSelector("#sigma[data-layout], #graph-note .error", { state: "attached", timeout: 120_000 });
    const ms = Number(await page.evaluate("new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())))"));
    const note = (await page.locator("#graph-note").textContent()) ?? "";
    if (!note.startsWith("Overview:")) throw new Error(`bench: the explorer did not draw the overview (its note says "${note}")`);
    return { ms, note };
  } finally {
    await page.close();
  }
}

/** Null, with the reason logged, when the corpus, client/dist or Chromium is missing. */
export async function benchOverview(corpus: string, scale: number, log: (l: string) => void, reloads = 5): Promise<OverviewFigure[] | null> {
  if (!fs.existsSync(path.resolve("client", "dist", "index.html")) || !fs.existsSync(CHROMIUM)) {
    log("bench: skipping the overview stage (client/dist or Chromium missing; run npm run build:client)");
    return null;
  }
  let inputs;
  try {
    inputs = loadCorpus(corpus, scale);
  } catch (e) {
    log(`bench: skipping the overview stage: ${(e as Error).message}`);
    return null;
  }
  const judge = loadJudge();
  return withBenchDb(log, async (db) => {
    await emptyDatabase(db);
    const graph = await buildClaimGraphParallel(inputs, {}, { judge });
    await writeGraph(db.driver, db.database, graph);
    log(`bench: overview: ${graph.documents.length} documents, ${graph.claims.length} claims stored`);
    return serveApp(db, async ({ url }) => {
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
      });
      try {
        const figures: OverviewFigure[] = [];
        for (const mode of COLLAPSE_MODES) {
          const cold = await timeFirstDraw(browser, url, mode);
          const drawMs: number[] = [];
          for (let i = 0; i < reloads; i += 1) drawMs.push((await timeFirstDraw(browser, url, mode)).ms);
          figures.push({ scale, documents: graph.documents.length, claims: graph.claims.length, mode, note: cold.note, coldMs: cold.ms, drawMs });
        }
        return figures;
      } finally {
        await browser.close();
      }
    });
  });
}
