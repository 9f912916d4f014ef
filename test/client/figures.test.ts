/*
 * The Figures tab in real Chromium over the seeds plus three invented articles on a dam breach
 * (three outlets, three evacuee counts): the seeds' casualty figures stand in one row with their
 * speakers and are marked as contradicting; the dam's row has one value per outlet; a figure opens
 * its claim; the outlet filter narrows the rows; PNG saves the chart. Screenshots go to artifacts/
 * and docs/screenshots/figures.png.
 */

import fs from "node:fs";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { ingestPaths } from "../../server/src/services/ingest";
import { openExplorer, type ExplorerPage } from "../helpers/browser";
import { countColour, decodePng } from "../helpers/png";
import { tempDir } from "../helpers/tmp";

const ARTIFACTS = path.resolve("artifacts");
const DOC_SHOT = path.resolve("docs/screenshots/figures.png");
const RED = "#d7263d";

const DAM_ARTICLES: Record<string, { outlet: string; title: string; published: string; text: string }> = {
  "dam-herald.txt": {
    outlet: "Tarnvale Herald",
    title: "Dam breach floods the Tarnvale basin",
    published: "2032-03-14",
    text: "The Osric Dam on the Vell River gave way on Tuesday night, flooding the town of Carrowby in the Tarnvale basin.\n\nThe Tarnvale Civil Protection Agency said 12,000 people were evacuated from Carrowby and nearby villages.",
  },
  "dam-daily.txt": {
    outlet: "Coastline Daily",
    title: "Tarnvale dam gives way after storm",
    published: "2032-03-14",
    text: "Floodwater from the broken Osric Dam covered much of Carrowby on Wednesday after a night of heavy rain over the Tarnvale basin.\n\nMayor Edda Lindqvist said 9,500 people were evacuated from Carrowby.",
  },
  "dam-wire.txt": {
    outlet: "Meridian Wire",
    title: "Thousands leave homes as Tarnvale dam fails",
    published: "2032-03-15",
    text: "Residents of Carrowby spent the night in shelters after the Osric Dam on the Vell River collapsed.\n\nThe Red Lantern relief group said about 15,000 people were evacuated from Carrowby and the surrounding Tarnvale basin.",
  },
};

let explorer: ExplorerPage;
let page: Page;

function writeDamCorpus(): string {
  const dir = tempDir("claimgraph-figures-");
  const documents = Object.entries(DAM_ARTICLES).map(([file, a]) => {
    fs.writeFileSync(path.join(dir, file), `${a.title}\n\n${a.text}\n`);
    return { file, outlet: a.outlet, url: null, title: a.title, published: a.published, precision: "day", via: null, language: "en" };
  });
  fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ documents }));
  return dir;
}

async function openFigures(): Promise<void> {
  await page.click('#tabs button[data-tab="figures"]');
  await page.waitForSelector("#figures[data-loaded=true] #figures-chart");
}

const row = (measure: string, containing: string): Locator => page.locator(`#figures .fig-row[data-measure="${measure}"]`, { has: page.locator(`.fig-value[data-text="${containing}"]`) });
const value = (r: Locator, text: string): Locator => r.locator(`.fig-value[data-text="${text}"]`);

beforeAll(async () => {
  explorer = await openExplorer(async (db) => void (await ingestPaths([writeDamCorpus()], { ...db, judge: null })));
  ({ page } = explorer);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.mkdirSync(path.dirname(DOC_SHOT), { recursive: true });
  await openFigures();
});

afterAll(async () => {
  await explorer?.close();
});

describe("the Figures tab in Chromium", () => {
  it("should show the seeds' casualty figures in one row with their speakers, marked as contradicting", async () => {
    const casualties = row("casualties", "over 76,000");
    await expect(casualties.count()).resolves.toBe(1);
    const russian = value(casualties, "over 76,000");
    const ukrainian = value(casualties, "62,000");
    expect(await russian.textContent()).toMatch(/Russia.s defen[cs]e ministry/);
    expect(await ukrainian.textContent()).toMatch(/· Ukraine/);
    expect(await russian.getAttribute("data-conflict")).toBe("true");
    expect(await ukrainian.getAttribute("data-conflict")).toBe("true");
    await expect(casualties.locator(".fig-conflict").count()).resolves.toBe(1);
    const shot = decodePng(await casualties.screenshot({ path: path.join(ARTIFACTS, "figures-casualties.png") }));
    // The red ring and the arc between the two figures are drawn, not only present in the DOM.
    expect(countColour(shot, RED, 40)).toBeGreaterThan(150);
  });

  it("should give the invented dam breach one row with one value per outlet", async () => {
    const dam = row("displaced", "about 15,000");
    await expect(dam.count()).resolves.toBe(1);
    const values = dam.locator(".fig-value");
    const texts = await values.evaluateAll((els) => els.map((e) => [e.getAttribute("data-text"), e.getAttribute("data-bound"), e.textContent]));
    expect(texts.map(([t, b]) => [t, b])).toEqual([
      ["9,500", "exact"],
      ["12,000", "exact"],
      ["about 15,000", "approx"],
    ]);
    const outlets = Object.values(DAM_ARTICLES).map((a) => a.outlet);
    for (const outlet of outlets) expect(texts.filter(([, , label]) => label!.includes(outlet))).toHaveLength(1);
    // The engine sets the mayor's 9,500 against both other counts.
    expect(await value(dam, "9,500").getAttribute("data-conflict")).toBe("true");
    await dam.screenshot({ path: path.join(ARTIFACTS, "figures-dam.png") });
  });

  it("should open a figure's claim in the detail panel", async () => {
    // Where a reader clicks: the figure's label.
    await value(row("casualties", "over 76,000"), "over 76,000").locator("text").first().click();
    await page.locator("#detail .detail-claim", { hasText: "76,000" }).waitFor();
    expect(await page.locator("#detail").textContent()).toContain("Russia");
    expect(new URL(page.url()).searchParams.get("sel")).toMatch(/^clm-/);
    // The shot for the docs: a window tall enough for every row, beside the opened claim.
    await page.setViewportSize({ width: 1500, height: 1240 });
    await page.locator(".figures-body").evaluate((el) => el.scrollTo(0, 0));
    await page.screenshot({ path: DOC_SHOT });
    await page.setViewportSize({ width: 1500, height: 900 });
    fs.copyFileSync(DOC_SHOT, path.join(ARTIFACTS, "figures.png"));
    expect(explorer.errors).toEqual([]);
  });

  it("should save the whole chart as a PNG", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#figures-png")]);
    expect(download.suggestedFilename()).toBe("figures.png");
    const file = path.join(ARTIFACTS, "figures-export.png");
    await download.saveAs(file);
    const png = decodePng(fs.readFileSync(file));
    const svg = (await page.locator("#figures-chart").boundingBox())!;
    // Drawn at twice the chart's size, every row included, with the conflict marks in it.
    expect([png.width, png.height]).toEqual([Math.round(svg.width * 2), Math.round(svg.height * 2)]);
    expect(countColour(png, RED, 40)).toBeGreaterThan(300);
  });

  /** Waits (up to 10 s) until the number of rows drawn passes `test`: a string predicate would need eval, which the app's CSP forbids. */
  async function rowsBecome(test: (n: number) => boolean): Promise<void> {
    for (let i = 0; i < 100 && !test(await page.locator("#figures .fig-row").count()); i += 1) await page.waitForTimeout(100);
  }

  it("should keep only the rows the filtered outlet gives a figure in", async () => {
    await page.selectOption("#f-outlet", "Coastline Daily");
    await page.click("#apply");
    await rowsBecome((n) => n === 1);
    await page.waitForSelector("#figures[data-loaded=true]");
    expect(await page.locator("#figures .fig-row .fig-value").count()).toBe(3);
    await page.selectOption("#f-outlet", "");
    await page.click("#apply");
    await rowsBecome((n) => n > 1);
    expect(await page.locator("#figures .fig-row").count()).toBeGreaterThan(1);
  });
});
