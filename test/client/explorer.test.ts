/*
 * The explorer in real Chromium over the seeds in the real Neo4j: the graph is drawn (pixels in
 * the node and conflict colours), the legend toggles, a conflict card focuses both claims and fills
 * the detail panel, search suggests, the console runs, and claim text containing HTML is shown as
 * text with no script running. Screenshots go to artifacts/.
 */

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { uploadDocuments } from "../../server/src/services/explore";
import { openExplorer, type ExplorerPage } from "../helpers/browser";
import { countColour, decodePng } from "../helpers/png";

let explorer: ExplorerPage;
let page: Page;
let errors: string[];
const ARTIFACTS = path.resolve("artifacts");

async function shot(name: string): Promise<Buffer> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

async function stageShot(name: string): Promise<ReturnType<typeof decodePng>> {
  const box = (await page.locator("#sigma").boundingBox())!;
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return decodePng(await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip: box }));
}

beforeAll(async () => {
  explorer = await openExplorer((db) =>
    // A hostile article: its claim text carries markup that must never run.
    uploadDocuments(
      {
        documents: [
          {
            name: "hostile.txt",
            outlet: "Trap Weekly",
            published: "2025-04-27",
            text: 'The harbour master said that <img src=x onerror="window.__pwned=1"> 30 boats <script>window.__pwned=2</script> were seized at Valmora.\n',
          },
        ],
      },
      db,
    ).then(() => undefined),
  );
  ({ page, errors } = explorer);
});

afterAll(async () => {
  await explorer?.close();
});

describe("the explorer in Chromium", () => {
  it("should draw the graph: claim nodes, outlets and conflict edges in their colours", async () => {
    const px = await stageShot("explorer-graph");
    expect(countColour(px, "#f4a259")).toBeGreaterThan(200); // claims
    expect(countColour(px, "#5c4d7d")).toBeGreaterThan(100); // outlets
    expect(countColour(px, "#d7263d", 30)).toBeGreaterThan(20); // CONTRADICTS edges
    expect(await page.locator("#graph-note").textContent()).toMatch(/\d+ nodes, \d+ edges/);
    expect(errors).toEqual([]);
  });

  it("should save the view as a PNG", async () => {
    const download = page.waitForEvent("download");
    await page.click("#png");
    const file = await (await download).path();
    const png = decodePng(fs.readFileSync(file!));
    expect(png.width).toBeGreaterThan(100);
    expect(countColour(png, "#f4a259")).toBeGreaterThan(100);
  });

  it("should hide a node type from the legend and bring it back", async () => {
    const claimsRow = page.locator('#legend .legend-row[data-type="Claim"]');
    expect(await claimsRow.textContent()).toMatch(/Claims \(\d+\)/);
    await claimsRow.click();
    await page.waitForTimeout(300);
    const hidden = await stageShot("explorer-claims-hidden");
    expect(countColour(hidden, "#f4a259", 12)).toBeLessThan(50);
    expect(page.url()).toContain("hide=Claim");
    await claimsRow.click();
  });

  it("should list both design-card pairs in the Conflicts view", async () => {
    const cards = await page.locator("#panel .card").allTextContents();
    expect(cards.some((c) => c.includes("76,000") && c.includes("62,000"))).toBe(true);
    expect(cards.some((c) => c.includes("fully expelled") && c.includes("rejected claims that hostilities"))).toBe(true);
  });

  it("should focus both claims of a conflict and show the claim with its contradicting claim", async () => {
    const card = page.locator("#panel .card").filter({ hasText: "62,000" }).first();
    await card.click();
    await page.waitForSelector("#detail [data-claim]");
    const detail = await page.locator("#detail").textContent();
    expect(detail).toMatch(/Related claims/);
    expect(detail).toMatch(/Contradicts/);
    expect(detail).toMatch(/76,000/);
    expect(detail).toMatch(/62,000/);
    expect(detail).toMatch(/unknown republisher citing Reuters/);
    expect(page.url()).toMatch(/sel=clm-/);
    await page.waitForTimeout(600);
    await shot("explorer-conflict-selected");
  });

  it("should suggest claims and entities while typing and open a pick", async () => {
    await page.fill("#search", "losses");
    await page.waitForSelector("#suggestions li");
    await page.locator("#suggestions li").filter({ hasText: "losses" }).first().click();
    await page.locator("#detail .detail-claim", { hasText: "losses" }).waitFor();
    expect(await page.locator("#detail .detail-claim").textContent()).toMatch(/losses/);
  });

  it("should find an entity by a transliteration and open it", async () => {
    await page.fill("#search", "Kyiv");
    await page.waitForSelector("#suggestions li");
    await page.locator("#suggestions li").filter({ hasText: /Kyiv|Kiev/ }).first().click();
    await page.waitForSelector("#detail [data-entity]");
    const text = await page.locator("#detail").textContent();
    expect(text).toMatch(/Kiev|Kyiv/);
    expect(text).toMatch(/Claims about it, by outlet/);
  });

  it("should draw the outlet matrix and the timeline", async () => {
    await page.click('#tabs button[data-tab="overview"]');
    await page.waitForSelector("#matrix");
    expect(await page.locator("#matrix td[title*='contradict']").count()).toBeGreaterThan(0);
    expect(await page.locator("#timeline circle").count()).toBeGreaterThan(3);
    await shot("explorer-overview");
  });

  it("should add an uploaded article whose claims then appear", async () => {
    await page.setInputFiles("#upload", {
      name: "uploaded.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Dock workers at Ostrava Port said that 17 cranes had been idle since the strike began.\n"),
    });
    await page.locator("#status", { hasText: /Added 1 document/ }).waitFor();
    await page.fill("#search", "cranes");
    await page.waitForSelector("#suggestions li");
    expect(await page.locator("#suggestions li").filter({ hasText: "17 cranes" }).count()).toBe(1);
    await page.keyboard.press("Escape");
    await page.fill("#search", "");
  });

  it("should show an uploaded article's conflict with a stored claim in the Conflicts tab", async () => {
    // Its figure for the same side's dead and injured is far below the stored claim's.
    await page.setInputFiles("#upload", {
      name: "rebuttal.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Kyiv said Ukraine suffered about 30,000 dead and injured in the Kursk region, far fewer than Moscow claims.\n"),
    });
    await page.locator("#status", { hasText: /Added 1 document\(s\), \d+ claims, [1-9]\d* relations with the stored graph/ }).waitFor();
    await page.click('#tabs button[data-tab="conflicts"]');
    const card = page.locator("#panel .card").filter({ hasText: "30,000" }).filter({ hasText: "76,000" });
    await card.first().waitFor();
    expect(await card.count()).toBeGreaterThanOrEqual(1);
    await shot("explorer-upload-conflict");
  });

  it("should run a read query in the console and show rows", async () => {
    await page.click('#tabs button[data-tab="cypher"]');
    await page.waitForSelector("#cypher-run");
    await page.click("#cypher-run");
    await page.waitForSelector("#cypher-result table.rows");
    expect(await page.locator("#cypher-result tr").count()).toBeGreaterThan(1);
    await page.fill("#cypher-query", "MATCH (n) DETACH DELETE n");
    const refused = page.waitForResponse((r) => r.url().endsWith("/api/cypher"));
    await page.click("#cypher-run");
    expect((await refused).status()).toBe(400);
    await page.waitForSelector("#cypher-result .error");
    expect(await page.locator("#cypher-result .error").textContent()).toMatch(/read-only/);
    await shot("explorer-console");
  });

  it("should show claim text containing HTML as text and run no script from it", async () => {
    await page.fill("#search", "harbour");
    await page.waitForSelector("#suggestions li");
    await page.locator("#suggestions li").filter({ hasText: "harbour" }).first().click();
    await page.locator("#detail .detail-claim", { hasText: "harbour master" }).waitFor();
    const text = await page.locator("#detail .detail-claim").textContent();
    expect(text).toContain("<script>");
    expect(await page.locator("#detail img, #detail script").count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
