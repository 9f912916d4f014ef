/*
 * The one renderer lifecycle, in real Chromium over the seeds in the real Neo4j: a Cypher result is
 * drawn like the explorer's graph — the types hidden in the legend stay hidden, clicking a claim
 * opens its detail, hovering dims the rest, the legend counts the result — and the explorer's graph
 * drawn after it keeps the hidden types; clicking an outlet opens the outlet panel. Nodes are found
 * and clicked by their colour on the canvas, as a user would.
 */

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { NODE_STYLE } from "../../client/src/graph/style";
import { DIMMED_COLOR } from "../../client/src/graph/reducers";
import { openExplorer, type ExplorerPage } from "../helpers/browser";
import { countColour, decodePng, insideColour, type Pixels } from "../helpers/png";

let explorer: ExplorerPage;
let page: Page;
const ARTIFACTS = path.resolve("artifacts");
const CLAIM = NODE_STYLE.Claim!.color;
const OUTLET = NODE_STYLE.Source!.color;
const DOCUMENT = NODE_STYLE.Document!.color;

async function stageShot(name: string): Promise<Pixels> {
  const box = (await page.locator("#sigma").boundingBox())!;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return decodePng(await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip: box }));
}

async function settle(): Promise<void> {
  await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
}

async function clickNode(hex: string, shotName: string, half = 3): Promise<void> {
  const box = (await page.locator("#sigma").boundingBox())!;
  const at = insideColour(await stageShot(shotName), hex, half);
  expect(at).not.toBeNull();
  await page.mouse.click(box.x + at!.x, box.y + at!.y);
}

async function runQuery(query: string): Promise<void> {
  await page.fill("#cypher-query", query);
  await page.click("#cypher-run");
  await page.waitForSelector("#cypher-result table.rows");
  await page.locator("#graph-note", { hasText: "Cypher result" }).waitFor();
  await settle();
}

const DRAWN = "MATCH p = (:Source)-[:PUBLISHED]->(:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim)\nRETURN p LIMIT 50";

beforeAll(async () => {
  explorer = await openExplorer();
  page = explorer.page;
});

afterAll(async () => {
  await explorer?.close();
});

describe("one renderer for every graph, in Chromium", () => {
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
    await clickNode(CLAIM, "explorer-cypher-before-click");
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

  it("should dim the rest of a result while a claim is hovered", async () => {
    const box = (await page.locator("#sigma").boundingBox())!;
    const before = await stageShot("explorer-cypher-unhovered");
    const at = insideColour(before, CLAIM)!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForTimeout(300);
    const hovered = await stageShot("explorer-cypher-hovered");
    expect(countColour(hovered, DIMMED_COLOR, 6)).toBeGreaterThan(countColour(before, DIMMED_COLOR, 6) + 50);
    expect(countColour(hovered, CLAIM)).toBeLessThan(countColour(before, CLAIM));
  });

  it("should keep the hidden types when the explorer's own graph is drawn again", async () => {
    await page.click("#apply");
    await page.locator("#graph-note", { hasText: /claims/ }).waitFor();
    await settle();
    expect(await page.locator("#graph-note").textContent()).not.toMatch(/Cypher/);
    const px = await stageShot("explorer-after-cypher");
    expect(countColour(px, OUTLET, 12)).toBeLessThan(20);
    // The restored selection keeps the rest dimmed; its claims are still drawn.
    expect(countColour(px, CLAIM)).toBeGreaterThan(20);
  });

  it("should open the outlet panel when an outlet is clicked, without recording it in the URL", async () => {
    await page.goto(new URL("/", page.url()).href);
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
    await settle();
    await clickNode(OUTLET, "explorer-before-outlet-click", 4);
    await page.waitForSelector("#detail [data-outlet]", { timeout: 10_000 });
    expect(await page.locator("#detail").textContent()).toMatch(/Outlet: .+\d+ documents, [1-9]\d* claims shown; conflicts with: /);
    expect(page.url()).not.toContain("sel=");
    await page.screenshot({ path: path.join(ARTIFACTS, "explorer-outlet.png") });
    expect(explorer.errors).toEqual([]);
  });
});
