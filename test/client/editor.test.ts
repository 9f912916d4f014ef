/*
 * The Cypher console's editor in real Chromium over the seeds in the real Neo4j: a label typed
 * halfway is completed from the live schema, a query with parameters runs, history and saved
 * queries survive a reload, an error is underlined where Neo4j places it, the CSV download holds
 * the table's rows, and a cancelled query stops. Screenshots go to artifacts/ and
 * docs/screenshots/cypher.png.
 */

import fs from "node:fs";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { Page } from "playwright-core";
import { parseCsv } from "../../server/src/io/csv";
import { openExplorer, type ExplorerPage } from "../helpers/browser";

let explorer: ExplorerPage;
let page: Page;
let db: { driver: Driver; database: string };
/** The status of the schema read the console makes when it opens. */
let schemaStatus = 0;
const ARTIFACTS = path.resolve("artifacts");
const SCREENSHOTS = path.resolve("docs", "screenshots");
const PARAM_QUERY = "MATCH (c:Claim)\nWHERE c.outlet = $outlet\nRETURN c.outlet AS outlet, c.text AS text\nORDER BY text LIMIT $limit";
const PARAMS = '{"outlet": "Sputnik", "limit": 3}';

async function shot(name: string, dir = ARTIFACTS): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`) });
}

const editorText = () => page.locator("#cypher-query").innerText();

/** Replaces the editor's text the way a user would: select all, then type over it. */
async function setQuery(query: string): Promise<void> {
  await page.focus("#cypher-query");
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  // insertText bypasses closeBrackets and auto-indent, so the text arrives exactly as given.
  await page.keyboard.insertText(query);
}

async function runAndWait(): Promise<void> {
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/cypher"));
  await page.focus("#cypher-query");
  await page.keyboard.press("Control+Enter");
  await answer;
  await page.waitForSelector("#cypher-status .progress", { state: "detached" });
}

async function openConsole(): Promise<void> {
  await page.click('#tabs button[data-tab="cypher"]');
  await page.waitForSelector("#cypher-editor .cm-content");
}

/** The console queries Neo4j is running now whose text holds `marker`. */
async function running(marker: string): Promise<number> {
  const { records } = await db.driver.executeQuery("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n", { marker }, { database: db.database });
  return Number(records[0]!.get("n"));
}

beforeAll(async () => {
  explorer = await openExplorer(async (d) => void (db = d));
  ({ page } = explorer);
  const schema = page.waitForResponse((r) => r.url().endsWith("/api/schema"));
  await openConsole();
  schemaStatus = (await schema).status();
});

afterAll(async () => {
  await explorer?.close();
});

describe("the Cypher editor in Chromium", () => {
  it("should complete a label typed halfway from the live schema", async () => {
    expect(schemaStatus).toBe(200);
    await setQuery("");
    await page.keyboard.type("MATCH (c:Cla");
    await page.keyboard.press("Control+Space");
    const option = page.locator(".cm-tooltip-autocomplete li", { hasText: /^:?Claim$/ });
    await option.first().waitFor();
    await shot("cypher-completion");
    await option.first().click();
    expect(await editorText()).toMatch(/^MATCH \(c:Claim\b/);
  });

  it("should run a query with parameters and show its rows", async () => {
    await setQuery(PARAM_QUERY);
    await page.fill("#cypher-params", PARAMS);
    await runAndWait();
    const rows = page.locator("#cypher-result table.rows tr");
    expect(await rows.count()).toBe(4);
    const outlets = await page.locator("#cypher-result table.rows tr td:first-child").allTextContents();
    expect(outlets).toEqual(["Sputnik", "Sputnik", "Sputnik"]);
  });

  it("should say which parameters a query lacks and refuse invalid parameters before sending", async () => {
    await page.fill("#cypher-params", '{"outlet": "Sputnik"}');
    await page.locator("#cypher-params-note", { hasText: "$limit" }).waitFor();
    await page.fill("#cypher-params", '{"limit": }');
    let sent = false;
    const spy = (r: { url(): string }) => void (r.url().endsWith("/api/cypher") && (sent = true));
    page.on("request", spy);
    await page.click("#cypher-run");
    await page.waitForTimeout(300);
    page.off("request", spy);
    expect(sent).toBe(false);
    expect(await page.locator("#cypher-params-note").textContent()).toMatch(/not valid JSON/);
    await page.fill("#cypher-params", PARAMS);
  });

  it("should keep history and saved queries across a reload, and delete a saved one", async () => {
    await page.fill("#cypher-save-name", "Sputnik claims");
    await page.click("#cypher-save");
    await page.fill("#cypher-save-name", "Scratch");
    await page.click("#cypher-save");
    expect(await page.locator("#saved li[data-name]").count()).toBe(2);
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { state: "attached", timeout: 60_000 });
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 60_000 });
    await openConsole();
    expect(await page.locator("#history li").first().textContent()).toContain("WHERE c.outlet = $outlet");
    await setQuery("RETURN 1");
    await page.fill("#cypher-params", "");
    await page.locator("#history li").first().click();
    expect(await editorText()).toContain("ORDER BY text LIMIT $limit");
    expect(await page.inputValue("#cypher-params")).toBe(PARAMS);
    await page.locator('#saved li[data-name="Scratch"] button.delete').click();
    expect(await page.locator("#saved li[data-name]").allTextContents()).toEqual([expect.stringContaining("Sputnik claims")]);
    await setQuery("RETURN 1");
    await page.locator('#saved li[data-name="Sputnik claims"] a').click();
    expect(await editorText()).toContain("WHERE c.outlet = $outlet");
    await runAndWait();
    await shot("cypher", SCREENSHOTS);
    await shot("cypher-params");
  });

  it("should underline an error where Neo4j places it and say where", async () => {
    await setQuery("MATCH (c:Claim)\nRETURN c.text LIMT 5");
    await page.fill("#cypher-params", "");
    await runAndWait();
    const mark = page.locator(".cm-server-error");
    await mark.first().waitFor();
    expect((await mark.allTextContents()).join("")).toBe("LIMT");
    // Neo4j's long "expected …" list is shortened, never the place at its end.
    expect(await page.locator("#cypher-result .error").textContent()).toMatch(/\(line 2, column 15 \(offset: 30\)\)/);
    // The message beside the editor says where, in the user's own lines and columns.
    expect(await page.locator("#cypher-result").textContent()).toContain("Marked in the query at line 2, column 15");
    await shot("cypher-error");
    // Editing the query clears the server's mark once the editor's own check runs again.
    await page.focus("#cypher-query");
    await page.keyboard.press("End");
    await page.keyboard.type(" ");
    await mark.first().waitFor({ state: "detached", timeout: 5_000 });
  });

  it("should download the table as CSV holding its rows", async () => {
    await setQuery("MATCH (c:Claim) RETURN c.outlet AS outlet, c.text AS text, c.id AS id ORDER BY id LIMIT 8");
    await runAndWait();
    const cells = await page
      .locator("#cypher-result table.rows tr")
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("th, td")].map((c) => c.textContent ?? "")));
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#cypher-csv")]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(cells).toHaveLength(9);
    expect(parseCsv(csv)).toEqual(cells);
    // Claim text holds commas and quotes; the quoting must keep each row three fields wide.
    expect(csv).toMatch(/"[^"\r\n]*,[^"\r\n]*"/);
  });

  it("should show the result as JSON and as a drawn graph, with a spinner while the layout runs", async () => {
    await setQuery("MATCH p = (:Document)-[:CONTAINS]->(:Claim)-[:CONTRADICTS]->(:Claim) RETURN p LIMIT 5");
    await runAndWait();
    await page.locator("#graph-note", { hasText: "Cypher result" }).waitFor();
    expect(await page.locator("#sigma").getAttribute("data-layout")).toBe("running");
    await page.locator("#graph-tools .progress", { hasText: "Layout" }).waitFor();
    await page.waitForSelector("#sigma[data-layout=done]", { state: "attached", timeout: 30_000 });
    await page.waitForSelector("#graph-tools .progress", { state: "detached" });
    await page.click('#cypher-result button[data-mode="json"]');
    const json = JSON.parse((await page.locator("#cypher-result pre.json").textContent())!) as { columns: string[]; rows: unknown[] };
    expect(json.columns).toEqual(["p"]);
    expect(json.rows).toHaveLength(5);
    await page.click('#cypher-result button[data-mode="graph"]');
    await page.locator("#cypher-result", { hasText: "Drawn in the graph view" }).waitFor();
  });

  it("should show a running query's time and cancel it, stopping it in Neo4j", async () => {
    const marker = `slow_${Date.now()}`;
    await setQuery(`UNWIND range(1, 400000000) AS ${marker} WITH ${marker} WHERE ${marker} % 1000003 = -1 RETURN count(*)`);
    await page.focus("#cypher-query");
    await page.keyboard.press("Control+Enter");
    await page.waitForSelector("#cypher-status .progress-cancel");
    for (let i = 0; i < 100 && (await running(marker)) === 0; i += 1) await page.waitForTimeout(50);
    expect(await running(marker)).toBe(1);
    await page.locator("#cypher-status .progress-clock", { hasText: /^[1-9]\d*\.\d s$/ }).waitFor();
    await shot("cypher-running");
    await page.click("#cypher-status .progress-cancel");
    await page.waitForSelector("#cypher-cancelled");
    for (let i = 0; i < 60 && (await running(marker)) > 0; i += 1) await page.waitForTimeout(50);
    expect(await running(marker)).toBe(0);
  });

  it("should upload files one at a time with progress, and stop between files on Cancel", async () => {
    // Each upload answers a little late, so the progress line can be read and cancelled.
    await page.route("**/api/documents", async (route) => {
      await new Promise((r) => setTimeout(r, 1_500));
      await route.continue();
    });
    const files = ["one", "two", "three"].map((n) => ({ name: `${n}.txt`, mimeType: "text/plain", buffer: Buffer.from(`The ${n} harbour crane stood idle for ${n.length} days, the port said.\n`) }));
    await page.setInputFiles("#upload", files);
    await page.locator("#status .progress", { hasText: "Uploading 1 of 3: one.txt" }).waitFor();
    await page.click("#status .progress-cancel");
    await page.locator("#status", { hasText: /^Added 1 document\(s\), \d+ claims, \d+ relations with the stored graph; cancelled; 2 of 3 file\(s\) not sent$/ }).waitFor({ timeout: 60_000 });
    await page.unroute("**/api/documents");
    const { records } = await db.driver.executeQuery("MATCH (d:Document) WHERE d.file IN ['one.txt', 'two.txt', 'three.txt'] RETURN d.file AS file", {}, { database: db.database });
    expect(records.map((r) => r.get("file"))).toEqual(["one.txt"]);
  });

  it("should raise no page errors", () => {
    // The refused and failing queries above answer 400 on purpose; nothing else may fail.
    expect(explorer.errors.filter((e) => !/^400 .*\/api\/cypher$/.test(e))).toEqual([]);
  });
});
