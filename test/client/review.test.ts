/*
 * The Review tab in real Chromium over the seeds in the real Neo4j: three relations judged with the
 * keyboard (confirm, reject with a note that holds markup, relabel), one skipped, one claim set false
 * from its detail panel; then a reload and a re-ingest of the seeds, after which every verdict still
 * holds and the rejected relation, found again by the engine, is left out of the graph and the
 * conflict list. Screenshots go to artifacts/.
 */

import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { ConflictListSchema, GraphPayloadSchema } from "../../graph-schema/api";
import { ReviewQueueSchema } from "../../graph-schema/review";
import { ReviewStore } from "../../server/src/db/review-store";
import { DEFAULT_REVIEW_SETTINGS } from "../../server/src/routes/review";
import { ingestPaths } from "../../server/src/services/ingest";
import { ReviewService } from "../../server/src/services/review";
import { openExplorer, type ExplorerPage } from "../helpers/browser";
import { countColour, decodePng } from "../helpers/png";

let explorer: ExplorerPage;
let page: Page;
let db: { driver: Driver; database: string };
const ARTIFACTS = path.resolve("artifacts");
const REVIEWER = "Test Analyst";
const HOSTILE_NOTE = '<img src=x onerror="window.__pwned=1">not the same figure';

async function shot(name: string): Promise<ReturnType<typeof decodePng>> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return decodePng(await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) }));
}

async function stageShot(name: string): Promise<ReturnType<typeof decodePng>> {
  const box = (await page.locator("#sigma").boundingBox())!;
  return decodePng(await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), clip: box }));
}

/** What the server says, read through the page (same origin, the app's own schemas). */
const get = <T>(url: string, parse: (x: unknown) => T) => page.evaluate((u) => fetch(u).then((r) => r.json()), url).then(parse);
const relationIds = (url: string) => get(url, (x) => GraphPayloadSchema.parse(x).edges.map((e) => e.id));

async function currentItem(): Promise<string> {
  return (await page.locator("#review .card[data-relation]").getAttribute("data-relation"))!;
}

/** Presses a verdict key and waits until the queue shows another relation. */
async function judge(key: string): Promise<string> {
  const id = await currentItem();
  await page.keyboard.press(key);
  await page.locator(`#review .card[data-relation]:not([data-relation="${id}"])`).waitFor();
  return id;
}

async function openReview(): Promise<void> {
  await page.click('#tabs button[data-tab="review"]');
  await page.waitForSelector("#review .card[data-relation]");
}

async function reload(): Promise<void> {
  await page.reload();
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
  await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
}

beforeAll(async () => {
  explorer = await openExplorer(
    async (d) => void (db = d),
    ({ driver, database }) => ({
      review: { service: new ReviewService({ store: new ReviewStore(driver, database) }), settings: { ...DEFAULT_REVIEW_SETTINGS, reviewer: REVIEWER } },
    }),
  );
  ({ page } = explorer);
});

afterAll(async () => {
  await explorer?.close();
});

describe("the Review tab in Chromium", () => {
  const judged: Record<"confirmed" | "rejected" | "relabelled" | "skipped", string> = { confirmed: "", rejected: "", relabelled: "", skipped: "" };
  let falseClaim = "";
  let linkedClaim = "";

  it("should show the most disputed relation first, both claims with their sentence marked, and the counts", async () => {
    await openReview();
    const queue = await get("/api/review", (x) => ReviewQueueSchema.parse(x));
    expect(queue.total).toBeGreaterThan(4);
    expect(await currentItem()).toBe(queue.items[0]!.id);
    const card = page.locator("#review .card");
    expect(await card.locator("[data-claim] mark").count()).toBe(2);
    const first = queue.items[0]!;
    expect(await card.locator(`[data-claim="${first.a.id}"] .outlet`).textContent()).toContain(first.a.outlet ?? "unknown outlet");
    expect(await card.locator(".reason").textContent()).toBe(first.reason);
    expect(await page.locator("#review h3").first().textContent()).toBe(`Review: ${queue.total} left`);
    await shot("review-queue");
  });

  it("should confirm, reject with a note, relabel and skip with the keyboard", async () => {
    const before = await get("/api/review", (x) => ReviewQueueSchema.parse(x).total);
    judged.confirmed = await judge("c");
    await page.keyboard.press("n");
    await page.keyboard.type(HOSTILE_NOTE);
    await page.keyboard.press("Escape");
    judged.rejected = await judge("r");
    await page.selectOption("#review-type", "NONE");
    await page.locator("#review-type").blur();
    judged.relabelled = await judge("l");
    judged.skipped = await judge("s");
    expect(new Set(Object.values(judged)).size).toBe(4);
    expect(await page.locator("#review-counts").textContent()).toMatch(/unreviewed \d+ · confirmed 1 · relabelled 1 · rejected 1/);
    // Three decided, one skipped: four fewer shown as left; the server still counts the skipped one.
    expect(await page.locator("#review h3").first().textContent()).toBe(`Review: ${before - 4} left`);
    expect(await get("/api/review", (x) => ReviewQueueSchema.parse(x).total)).toBe(before - 3);
  });

  it("should show a relation's history with its note as text", async () => {
    await page.selectOption("#review-state", "rejected");
    await page.waitForSelector(`#review .card[data-relation="${judged.rejected}"]`);
    const history = page.locator("#review .history .item");
    expect(await history.count()).toBe(1);
    expect(await history.textContent()).toContain(`${REVIEWER} · reject`);
    expect(await history.locator(".muted").textContent()).toBe(HOSTILE_NOTE);
    expect(await page.locator("#review img").count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.selectOption("#review-state", "unreviewed");
  });

  it("should set a claim false from its detail panel", async () => {
    await page.click('#tabs button[data-tab="conflicts"]');
    await page.waitForSelector("#review", { state: "detached" });
    await page.locator("#panel .card").first().click();
    await page.waitForSelector("#detail .claim-status");
    falseClaim = (await page.locator("#detail [data-claim]").getAttribute("data-claim"))!;
    await page.selectOption("#claim-status", "false");
    await page.fill("#claim-status-note", "the figure was corrected later");
    await page.click("#claim-status-save");
    await page.waitForSelector('#detail .claim-status[data-status="false"]');
    await shot("review-claim-false");
  });

  it("should link two claims the engine left apart, by picking one and linking from another", async () => {
    await page.click("#link-pick");
    await page.waitForSelector("#link-cancel");
    // Another claim of another document that the first is not related to, opened from the search box's API.
    const detail = await get(`/api/claims/${falseClaim}`, (x) => x as { claim: { documentId: string }; related: Array<{ other: { id: string } }> });
    const { records } = await db.driver.executeQuery(
      `MATCH (a:Claim {id: $id}), (b:Claim) WHERE b.documentId <> a.documentId AND NOT (a)-[:CONTRADICTS|SUPPORTS]-(b) RETURN b.id AS id ORDER BY b.id LIMIT 1`,
      { id: falseClaim },
      { database: db.database },
    );
    linkedClaim = records[0]!.get("id") as string;
    expect(detail.related.map((r) => r.other.id)).not.toContain(linkedClaim);
    // Open the other claim in place (as Back/Forward would), so the pick is kept.
    await page.evaluate(`(() => {
      const url = new URL(location.href);
      url.searchParams.set("sel", ${JSON.stringify(linkedClaim)});
      history.pushState(null, "", url.href);
      dispatchEvent(new PopStateEvent("popstate"));
    })()`);
    await page.waitForSelector(`#detail [data-claim="${linkedClaim}"] #link-save`, { timeout: 30_000 });
    await page.selectOption("#link-type", "CONTRADICTS");
    await page.selectOption("#link-kind", "numeric");
    await page.fill("#link-reason", "the two tolls count the same dead");
    await page.click("#link-save");
    await page.waitForSelector("#detail .related .item:has-text('added by a person')");
    // The detail panel shows the relation's history too: who added it, when, and why.
    const manualItem = page.locator("#detail .related .item:has-text('added by a person')");
    await manualItem.locator(".history-link").click();
    await manualItem.locator(".history .item").first().waitFor();
    expect(await manualItem.locator(".history .item").first().textContent()).toContain(REVIEWER);
    await shot("review-manual-link");
    // Back to the claim set false, which the checks below expect the page to reopen.
    await page.goBack();
    await page.waitForSelector(`#detail [data-claim="${falseClaim}"]`, { timeout: 30_000 });
  });

  /** `limit` differs per call so that the server's read cache cannot answer with what it read before. */
  async function expectVerdictsHold(when: string, limit: number): Promise<void> {
    const counts = await get("/api/review", (x) => ReviewQueueSchema.parse(x).counts);
    // The manual link stands as a confirmed relation of its own.
    expect({ when, ...counts }).toMatchObject({ when, confirmed: 2, rejected: 1, relabelled: 1, orphaned: 0 });
    // The reloaded page reopens the claim from the URL with its status.
    await page.waitForSelector('#detail .claim-status[data-status="false"]');
    expect(await page.locator("#detail [data-claim]").getAttribute("data-claim")).toBe(falseClaim);
    // The rejected relation is left out of the graph and the conflict list unless asked for; the others stay.
    const shown = await relationIds(`/api/graph?limit=${limit}`);
    expect(shown).not.toContain(judged.rejected);
    expect(shown).toContain(judged.confirmed);
    const all = await get(`/api/graph?rejected=true&limit=${limit}`, (x) => GraphPayloadSchema.parse(x));
    expect(all.edges.map((e) => e.id)).toContain(judged.rejected);
    const listed = async (q: string) => (await get(`/api/contradictions?limit=${limit}${q}`, (x) => ConflictListSchema.parse(x))).items.map((i) => i.id);
    const rejectedType = all.edges.find((e) => e.id === judged.rejected)!.type;
    const typeQ = `&type=${rejectedType}`;
    expect(await listed(typeQ)).not.toContain(judged.rejected);
    expect(await listed(`${typeQ}&rejected=true`)).toContain(judged.rejected);
    expect(await page.locator('#legend [data-review="rejected"]').textContent()).toMatch(/\(1 hidden\)/);
    expect(await page.locator('#legend [data-review="confirmed"]').textContent()).toMatch(/\(2\)/);
    // The link a person added is still there, still manual.
    const manual = await db.driver.executeQuery("MATCH (a:Claim {id: $a})-[r:CONTRADICTS {method: 'manual'}]->(b:Claim {id: $b}) RETURN count(r) AS n", { a: linkedClaim, b: falseClaim }, { database: db.database });
    expect({ when, manual: Number(manual.records[0]!.get("n")) }).toEqual({ when, manual: 1 });
  }

  it("should keep every verdict after a reload", async () => {
    await reload();
    await expectVerdictsHold("after a reload", 901);
    await shot("review-after-reload");
    // The confirmed relation's card is drawn as decided, with who decided; the machine's are dashed.
    const edges = await get("/api/graph?rejected=true&limit=903", (x) => GraphPayloadSchema.parse(x));
    const confirmedType = edges.edges.find((e) => e.id === judged.confirmed)!.type;
    await page.click(`#tabs button[data-tab="${confirmedType === "SUPPORTS" ? "echoes" : "conflicts"}"]`);
    const card = page.locator(`#panel .card[data-relation="${judged.confirmed}"]`);
    await card.waitFor();
    expect(await card.getAttribute("data-review")).toBe("confirmed");
    expect(await card.textContent()).toContain(`confirmed by ${REVIEWER}`);
    expect(await page.locator('#panel .card[data-review="machine"]').count()).toBeGreaterThan(0);
    // Without a selection, so that no focus hides the confirmed edge; the claim is reopened from the URL again below.
    const withSelection = page.url();
    await page.goto(new URL("/", withSelection).href);
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
    const px = await stageShot("review-graph-after-reload");
    await page.goto(withSelection);
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
    // The confirmed edge is drawn in the darker confirmed shade.
    expect(countColour(px, "#8c0f20", 30) + countColour(px, "#0b5e55", 30)).toBeGreaterThan(5);
  });

  it("should keep every verdict after the seeds are ingested again, and keep the re-found rejected edge hidden", async () => {
    await ingestPaths(["seeds"], db);
    const { records } = await db.driver.executeQuery("MATCH ()-[r {id: $id}]->() RETURN count(r) AS n", { id: judged.rejected }, { database: db.database });
    expect(Number(records[0]!.get("n"))).toBe(1);
    await reload();
    await expectVerdictsHold("after a re-ingest", 902);
    await openReview();
    expect(await page.locator("#review-counts").textContent()).toMatch(/confirmed 2 · relabelled 1 · rejected 1/);
    await shot("review-after-reingest");
    expect(explorer.errors).toEqual([]);
  });
});
