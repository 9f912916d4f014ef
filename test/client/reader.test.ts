/*
 * The article reader in real Chromium over the seeds in the real Neo4j: a deep link opens a document
 * at a claim the engine found contradicted (and a person confirmed), which is highlighted, flagged
 * as a conflict, outlined as judged, selected and flashed; clicking it lists its relation, and
 * clicking that opens the other claim's detail and then its article. The detail panel's button
 * opens the reader and Esc closes it; a click on a document node (found by its colour on the canvas)
 * opens that article. The screenshot goes to docs/screenshots/reader.png and artifacts/.
 */

import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { NODE_STYLE } from "../../client/src/graph/style";
import { ConflictListSchema, type Conflict } from "../../graph-schema/api";
import { ReaderDocumentSchema, type ReaderDocument } from "../../graph-schema/reader";
import { ReviewStore } from "../../server/src/db/review-store";
import { DEFAULT_REVIEW_SETTINGS } from "../../server/src/routes/review";
import { ReviewService } from "../../server/src/services/review";
import { openExplorer, type ExplorerPage } from "../helpers/browser";
import { decodePng, insideColour } from "../helpers/png";

let explorer: ExplorerPage;
let page: Page;
let base: string;
/** A contradiction between two articles: `a` is the claim the deep link opens at. */
let conflict: Conflict;
let docA: ReaderDocument;

const get = <T>(url: string, parse: (x: unknown) => T) => page.evaluate((u) => fetch(u).then((r) => r.json()), url).then(parse);
const mark = (id: string) => page.locator(`#reader mark[data-claim="${id}"]`).first();
const query = () => new URL(page.url()).searchParams;

async function shot(name: string, also?: string): Promise<void> {
  fs.mkdirSync("artifacts", { recursive: true });
  const bytes = await page.screenshot({ path: path.join("artifacts", `${name}.png`) });
  if (also) {
    fs.mkdirSync(path.dirname(also), { recursive: true });
    fs.writeFileSync(also, bytes);
  }
}

beforeAll(async () => {
  explorer = await openExplorer(undefined, ({ driver, database }) => ({
    review: { service: new ReviewService({ store: new ReviewStore(driver, database) }), settings: { ...DEFAULT_REVIEW_SETTINGS, reviewer: "Test Analyst" } },
  }));
  ({ page } = explorer);
  base = page.url().split("?")[0]!;
  const list = await get("/api/contradictions?limit=50", (x) => ConflictListSchema.parse(x));
  conflict = list.items.find((i) => i.a.documentId !== i.b.documentId)!;
  // A person confirms the contradiction, so its claims are drawn as judged.
  const status = await page.evaluate(
    (id) => fetch(`/api/relations/${id}/verdict`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ decision: "confirm", note: "" }) }).then((r) => r.status),
    conflict.id,
  );
  expect(status).toBe(201);
  docA = await get(`/api/documents/${conflict.a.documentId}`, (x) => ReaderDocumentSchema.parse(x));
  await page.goto(`${base}?doc=${conflict.a.documentId}&sel=${conflict.a.id}`);
  await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
  await page.waitForSelector(`#reader[data-document="${conflict.a.documentId}"]`, { timeout: 30_000 });
}, 300_000);

afterAll(async () => {
  await explorer?.close();
});

describe("the article reader in Chromium", () => {
  it("should open the deep-linked document with the claim highlighted as a conflict, selected, scrolled to and flashed", async () => {
    const m = mark(conflict.a.id);
    await m.waitFor({ state: "visible" });
    expect(await m.getAttribute("data-flag")).toBe("conflict");
    expect((await m.getAttribute("class"))!.split(" ")).toEqual(expect.arrayContaining(["hl-conflict", "hl-reviewed", "hl-selected", "hl-flash"]));
    expect(await page.locator(`#reader mark[data-claim="${conflict.a.id}"] + .hl-badge`).count()).toBe(1);
    expect(await m.innerText()).toBe(conflict.a.text);
    // Scrolled into the reader's viewport, and painted in the conflict colour rather than the plain grey.
    const [box, pane] = [await m.boundingBox(), await page.locator("#reader .reader-scroll").boundingBox()];
    expect(box!.y >= pane!.y && box!.y + box!.height <= pane!.y + pane!.height).toBe(true);
    const colour = (sel: string) => page.locator(sel).first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    expect(await colour(`#reader mark[data-claim="${conflict.a.id}"]`)).not.toBe(await colour("#reader .reader-article mark.hl-none"));
    // Every claim of the document is highlighted, each once or more, and the title is a heading.
    const shown = await page.locator("#reader .reader-article mark[data-claim]").evaluateAll((ms) => [...new Set(ms.map((x) => x.getAttribute("data-claim")))]);
    expect(shown.sort()).toEqual(docA.claims.map((c) => c.id).sort());
    expect(await page.locator("#reader .reader-article h2").count()).toBe(1);
  });

  it("should list a clicked claim's relations, replacing another claim's", async () => {
    const plain = docA.claims.find((c) => c.related.length === 0 && c.stances.length === 0)!;
    await mark(plain.id).click();
    await page.locator(`#reader .reader-side[data-claim="${plain.id}"]`).waitFor();
    expect(await page.locator("#reader .reader-side [data-relation]").count()).toBe(0);
    expect(query().get("sel")).toBe(plain.id);

    await mark(conflict.a.id).click();
    const item = page.locator(`#reader .reader-side[data-claim="${conflict.a.id}"] [data-relation="${conflict.id}"]`);
    await item.waitFor();
    expect(await item.getAttribute("data-type")).toBe("CONTRADICTS");
    const text = await item.innerText();
    expect(text).toContain(conflict.b.outlet!);
    expect(text).toContain(conflict.kind);
    expect(text).toContain(conflict.b.text);
    expect(text).toContain("confirmed");
    expect(query().get("sel")).toBe(conflict.a.id);
    await page.mouse.move(0, 0);
    await page.waitForTimeout(2_200);
    await shot("reader", "docs/screenshots/reader.png");
  });

  it("should open the other claim's detail from the relation, then its article from the list", async () => {
    await page.locator(`#reader .reader-side [data-open-claim="${conflict.b.id}"]`).click();
    await page.locator(`#detail [data-claim="${conflict.b.id}"]`).waitFor();
    expect([query().get("sel"), query().get("doc")]).toEqual([conflict.b.id, conflict.a.documentId]);

    await page.locator(`#reader .reader-side [data-relation="${conflict.id}"] [data-read]`).click();
    await page.waitForSelector(`#reader[data-document="${conflict.b.documentId}"]`);
    const other = mark(conflict.b.id);
    expect((await other.getAttribute("class"))!.split(" ")).toEqual(expect.arrayContaining(["hl-selected", "hl-reviewed"]));
    expect(await other.getAttribute("data-flag")).toBe("conflict");
    expect(query().get("doc")).toBe(conflict.b.documentId);
  });

  it("should close on Esc, reopen from the claim's detail panel, and come back with Back", async () => {
    await page.keyboard.press("Escape");
    await page.locator("#reader").waitFor({ state: "hidden" });
    expect(query().get("doc")).toBeNull();

    await page.locator(`#detail [data-claim="${conflict.b.id}"] .read-in-article`).click();
    await page.waitForSelector(`#reader[data-document="${conflict.b.documentId}"]`);
    await page.goBack();
    await page.locator("#reader").waitFor({ state: "hidden" });
    await page.goBack();
    await page.waitForSelector(`#reader[data-document="${conflict.b.documentId}"]`);
    expect(explorer.errors).toEqual([]);
  });

  it("should open a document's article when its node in the graph is clicked", async () => {
    await page.goto(base);
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
    expect(await page.locator("#reader").isHidden()).toBe(true);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(400);
    const box = (await page.locator("#sigma").boundingBox())!;
    const at = insideColour(decodePng(await page.screenshot({ path: "artifacts/reader-before-document-click.png", clip: box })), NODE_STYLE.Document!.color, 2);
    expect(at).not.toBeNull();
    await page.mouse.click(box.x + at!.x, box.y + at!.y);
    await page.locator("#reader[data-document]").waitFor();
    const id = (await page.locator("#reader").getAttribute("data-document"))!;
    expect([id, query().get("doc")]).toEqual([expect.stringMatching(/^doc-/), id]);
    expect(await page.locator("#reader .reader-article mark[data-claim]").count()).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await shot("reader-from-document");
  });
});
