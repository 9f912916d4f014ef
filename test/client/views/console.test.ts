/*
 * The Cypher console in real Chromium over the seeds in the real Neo4j: a result that holds nodes
 * is drawn like the explorer's graph — the types hidden in the legend stay hidden, clicking a claim
 * opens its detail, and the legend counts the result — and the explorer's graph after it keeps the
 * hidden types too. Nodes are found and clicked by their colour on the canvas, as a user would.
 */

import fs from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Browser, Page } from "playwright-core";
import { ingestPaths } from "../../../server/src/services/ingest";
import { NODE_STYLE } from "../../../client/src/graph/style";
import { appDeps, listen } from "../../helpers/app";
import { launchChromium } from "../../helpers/browser";
import { testDriver, wipe } from "../../helpers/neo4j";
import { countColour, decodePng, type Pixels } from "../../helpers/png";

let driver: Driver;
let database: string;
let server: Server;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const ARTIFACTS = path.resolve("artifacts");
const CLAIM = NODE_STYLE.Claim!.color;
const OUTLET = NODE_STYLE.Source!.color;
const DOCUMENT = NODE_STYLE.Document!.color;

async function stageShot(name: string): Promise<Pixels> {
  const box = (await page.locator("#sigma").boundingBox())!;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return decodePng(await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip: box }));
}

/** The centre of a square of `2 * half + 1` pixels all of this colour: a point inside a drawn node. */
function insideColour(p: Pixels, hex: string, half = 3, tolerance = 12): { x: number; y: number } | null {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const is = (x: number, y: number) => {
    const i = (y * p.width + x) * p.channels;
    return Math.abs(p.data[i]! - r) <= tolerance && Math.abs(p.data[i + 1]! - g) <= tolerance && Math.abs(p.data[i + 2]! - b) <= tolerance;
  };
  for (let y = half; y < p.height - half; y += 1)
    for (let x = half; x < p.width - half; x += 1) {
      let all = true;
      for (let dy = -half; dy <= half && all; dy += 1) for (let dx = -half; dx <= half && all; dx += 1) all = is(x + dx, y + dy);
      if (all) return { x, y };
    }
  return null;
}

async function runQuery(query: string): Promise<void> {
  await page.fill("#cypher-query", query);
  await page.click("#cypher-run");
  await page.waitForSelector("#cypher-result table.rows");
  await page.locator("#graph-note", { hasText: "Cypher result" }).waitFor();
  await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
}

const DRAWN = "MATCH p = (:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim)\nRETURN p LIMIT 50";

beforeAll(async () => {
  if (!fs.existsSync("client/dist/index.html")) throw new Error("test: client/dist is missing; run `npm run build:client` (npm test does).");
  ({ driver, database } = testDriver());
  await wipe(driver, database);
  await ingestPaths(["seeds"], { driver, database });
  let url: string;
  ({ server, url } = await listen(appDeps(driver, database)));
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
  await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await driver?.close();
});

describe("a Cypher result drawn in Chromium", () => {
  it("should keep the types hidden in the legend hidden in the drawn result", async () => {
    await page.locator('#legend .legend-row[data-type="Source"]').click();
    expect(page.url()).toContain("hide=Source");
    await page.click('#tabs button[data-tab="cypher"]');
    await runQuery(DRAWN);
    const px = await stageShot("explorer-cypher-outlets-hidden");
    expect(countColour(px, CLAIM)).toBeGreaterThan(200);
    expect(countColour(px, OUTLET, 12)).toBeLessThan(20);
    const row = page.locator('#legend .legend-row[data-type="Source"]');
    expect(await row.getAttribute("class")).toMatch(/\boff\b/);
    expect(await row.textContent()).toMatch(/Outlets \([1-9]\d*\)/);
    expect(await page.locator('#legend .legend-row[data-type="Entity"]').textContent()).toBe("Entities (0)");
  });

  it("should open a claim's detail when its node in the result is clicked", async () => {
    const box = (await page.locator("#sigma").boundingBox())!;
    const at = insideColour(await stageShot("explorer-cypher-before-click"), CLAIM);
    expect(at).not.toBeNull();
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await page.waitForSelector("#detail [data-claim]", { timeout: 10_000 });
    expect(page.url()).toMatch(/sel=clm-/);
    expect(await page.locator("#detail").textContent()).toMatch(/Related claims \([1-9]/);
    await page.waitForTimeout(600);
    await stageShot("explorer-cypher-claim-clicked");
  });

  it("should hide a type switched off after the result was drawn, and keep it hidden in the next result", async () => {
    await page.mouse.move(5, 5);
    await page.locator('#legend .legend-row[data-type="Document"]').click();
    await page.waitForTimeout(300);
    expect(countColour(await stageShot("explorer-cypher-documents-hidden"), DOCUMENT, 12)).toBeLessThan(20);
    await runQuery(DRAWN);
    const px = await stageShot("explorer-cypher-rerun");
    expect(countColour(px, DOCUMENT, 12)).toBeLessThan(20);
    expect(countColour(px, OUTLET, 12)).toBeLessThan(20);
    expect(countColour(px, CLAIM)).toBeGreaterThan(200);
  });

  it("should keep the hidden types when the explorer's own graph is drawn again", async () => {
    await page.click("#apply");
    await page.locator("#graph-note", { hasText: /claims/ }).waitFor();
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    expect(await page.locator("#graph-note").textContent()).not.toMatch(/Cypher/);
    const px = await stageShot("explorer-after-cypher");
    expect(countColour(px, OUTLET, 12)).toBeLessThan(20);
    expect(countColour(px, CLAIM)).toBeGreaterThan(200);
    expect(errors).toEqual([]);
  });
});
