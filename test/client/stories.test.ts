/*
 * The Stories tab and overview mode in real Chromium over the seeds plus the invented story corpus
 * (a flood and a dock strike, two outlets each) in the real Neo4j: the tab lists the stories with
 * their outlets and counts; picking one narrows the drawn graph to that story's claims and the
 * conflict list to its conflicts, with a removable chip in the filters; overview mode draws the
 * outlets as nodes. Screenshots go to artifacts/ and docs/screenshots/.
 */

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { ConflictListSchema, GraphPayloadSchema } from "../../graph-schema/api";
import { StoryListSchema, type StoryListItem } from "../../graph-schema/stories";
import { ingestPaths } from "../../server/src/services/ingest";
import { openExplorer, type ExplorerPage } from "../helpers/browser";
import { countColour, decodePng } from "../helpers/png";

let explorer: ExplorerPage;
let page: Page;
const ARTIFACTS = path.resolve("artifacts");
const SCREENSHOTS = path.resolve("docs/screenshots");
const OUTLET_COLOUR = "#5c4d7d";
const CLAIM_COLOUR = "#f4a259";

/** What the server says, read through the page (same origin, the app's own schemas). */
const get = <T>(url: string, parse: (x: unknown) => T) => page.evaluate((u) => fetch(u).then((r) => r.json()), url).then(parse);

async function shot(name: string, docs = false): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const png = await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
  if (docs) fs.writeFileSync(path.join(SCREENSHOTS, `${name}.png`), png);
}

async function stageShot(name: string): Promise<ReturnType<typeof decodePng>> {
  const box = (await page.locator("#sigma").boundingBox())!;
  return decodePng(await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip: box }));
}

/** Waits until the stage's note changes from `before` and the new graph's layout has stopped. */
async function redrawn(before: string | null): Promise<string> {
  await page.locator("#graph-note", { hasNotText: before ?? "" }).waitFor({ timeout: 60_000 });
  await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
  return (await page.locator("#graph-note").textContent())!;
}

const claimsShown = (note: string) => Number(/(\d+) claims/.exec(note)?.[1]);

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  explorer = await openExplorer(async (db) => void (await ingestPaths(["test/fixtures/story-corpus"], { ...db, judge: null })));
  ({ page } = explorer);
});

afterAll(async () => {
  await explorer?.close();
});

describe("the Stories tab and overview mode in Chromium", () => {
  let stories: StoryListItem[];
  let flood: StoryListItem;

  it("should list the stories with their outlets and counts of conflicts and echoes", async () => {
    stories = (await get("/api/stories", (x) => StoryListSchema.parse(x))).items;
    flood = stories.find((s) => s.outlets.includes("Valley Courier"))!;
    expect(flood.outlets).toEqual(["Northern Ledger", "Valley Courier"]);
    await page.click('#tabs button[data-tab="stories"]');
    await page.waitForSelector("#stories .story-card");
    const cards = page.locator("#stories .story-card");
    expect(await cards.count()).toBe(stories.length);
    // The seeds' story, the flood and the strike at least.
    expect(stories.length).toBeGreaterThanOrEqual(3);
    const card = page.locator(`#stories .story-card[data-story="${flood.id}"]`);
    const text = (await card.textContent())!;
    expect(text).toContain(flood.title);
    expect(text).toContain("Northern Ledger, Valley Courier");
    expect(text).toContain(`${flood.contradicts} ≠`);
    expect(text).toContain(`${flood.supports + flood.echoes} =`);
    expect(page.url()).toContain("tab=stories");
    await shot("stories", true);
  });

  it("should narrow the graph and the conflict list to a picked story", async () => {
    const before = (await page.locator("#graph-note").textContent())!;
    const all = await get("/api/graph", (x) => GraphPayloadSchema.parse(x));
    await page.click(`#stories .story-card[data-story="${flood.id}"]`);
    const note = await redrawn(before);
    expect(claimsShown(note)).toBe(flood.claims);
    expect(flood.claims).toBeLessThan(all.totalClaims);
    expect(page.url()).toContain(`story=${flood.id}`);
    // The conflict list shows this story's conflicts only.
    await page.waitForSelector("#panel .card[data-relation]");
    const want = await get(`/api/contradictions?story=${flood.id}`, (x) => ConflictListSchema.parse(x));
    const shown = await page.locator("#panel .card[data-relation]").evaluateAll((els) => els.map((e) => e.getAttribute("data-relation")));
    expect(shown.sort()).toEqual(want.items.map((c) => c.id).sort());
    expect(shown).toHaveLength(flood.contradicts);
    expect(await page.locator("#panel").textContent()).toContain("14 people");
    expect(await page.locator("#story-chip").textContent()).toContain(flood.title);
    const px = await stageShot("stories-picked");
    expect(countColour(px, CLAIM_COLOUR)).toBeGreaterThan(50);
    await shot("stories-picked-page");
  });

  it("should widen again when the story chip is removed", async () => {
    const before = (await page.locator("#graph-note").textContent())!;
    await page.click("#story-chip .chip-x");
    const note = await redrawn(before);
    expect(claimsShown(note)).toBeGreaterThan(flood.claims);
    expect(page.url()).not.toContain("story=");
    expect(await page.locator("#story-chip").count()).toBe(0);
  });

  it("should draw the outlets as nodes in overview mode and open an outlet's claims on click", async () => {
    const before = (await page.locator("#graph-note").textContent())!;
    await page.selectOption("#graph-mode", "outlets");
    const note = await redrawn(before);
    const outlets = new Set([...stories.flatMap((s) => s.outlets)]);
    expect(note).toContain(`Overview: ${outlets.size} outlets`);
    expect(page.url()).toContain("mode=outlets");
    expect(await page.locator('#legend .legend-row[data-type="Source"]').textContent()).toBe(`Outlets (${outlets.size})`);
    expect(await page.locator('#legend .legend-row[data-type="Claim"]').textContent()).toBe("Claims (0)");
    await page.waitForTimeout(400);
    const px = await stageShot("overview-stage");
    expect(countColour(px, OUTLET_COLOUR)).toBeGreaterThan(300);
    expect(countColour(px, CLAIM_COLOUR, 12)).toBeLessThan(20);
    await shot("overview", true);
    expect(explorer.errors).toEqual([]);
  });

  it("should collapse into stories too", async () => {
    const before = (await page.locator("#graph-note").textContent())!;
    await page.selectOption("#graph-mode", "stories");
    const note = await redrawn(before);
    expect(note).toMatch(/Overview: \d+ stories/);
    await page.waitForTimeout(400);
    await shot("overview-stories");
    expect(explorer.errors).toEqual([]);
  });
});
