/*
 * Integration: the Disputed figures read over the real Neo4j. Invented articles (three outlets on
 * evacuations from a wildfire near Hollin Ridge, two on the crowd at a march in Saltmere) become one
 * row per story and measure with a value per source, sorted widest spread first; the story, outlet
 * and date filters, the caps, rejected relations and the route's validation are checked too.
 */

import request from "supertest";
import { FiguresQuerySchema, FiguresSchema, type FigureRow, type FiguresQuery } from "../../../graph-schema";
import { createApp } from "../../../server/src/app";
import { readFigureClaims } from "../../../server/src/db/queries/figures";
import { createReadStore, type ReadStore } from "../../../server/src/db/read";
import { readQuery } from "../../../server/src/db/read-records";
import { disputedFigures } from "../../../server/src/services/figures";
import { ingestPaths } from "../../../server/src/services/ingest";
import { appDeps } from "../../helpers/app";
import { testDriver, wipe } from "../../helpers/neo4j";

const CORPUS = "test/fixtures/figures-corpus";
const db = {} as ReturnType<typeof testDriver>;
let store: ReadStore;
const stories: Record<string, string> = {};

const figures = (q: Partial<Record<keyof FiguresQuery, unknown>> = {}) => disputedFigures(store, FiguresQuerySchema.parse(q));
/** A row's values as [figure as written, outlet, speaker, bound, low, high]. */
const cells = (row: FigureRow) => row.values.map((v) => [v.text, v.outlet, v.speaker, v.bound, v.low, v.high]);
const byText = (row: FigureRow, text: string) => row.values.find((v) => v.text === text)!;

beforeAll(async () => {
  Object.assign(db, testDriver());
  await wipe(db.driver, db.database);
  await ingestPaths([CORPUS], { driver: db.driver, database: db.database, judge: null });
  const { records } = await db.driver.executeQuery("MATCH (s:Story) RETURN s.id AS id, s.title AS title", {}, { database: db.database });
  for (const r of records) stories[r.get("title") as string] = r.get("id") as string;
  store = createReadStore(db.driver, db.database);
});
afterAll(async () => {
  await db.driver.close();
});

describe("disputed figures over Neo4j", () => {
  it("should give one row per story and measure with a value per source, widest spread first", async () => {
    const { rows, truncated } = await figures();
    expect(truncated).toBe(false);
    expect(rows.map((r) => [r.storyTitle, r.measure, r.sources])).toEqual([
      ["Saltmere teachers rally for higher pay", "participants", 2],
      ["Wildfire forces evacuations near Hollin Ridge", "displaced", 3],
    ]);
    const [march, fire] = rows as [FigureRow, FigureRow];
    expect(march.ratio).toBeCloseTo(8000 / 2500, 6);
    // A range is placed at its middle: 3,000-3,500 against "more than 6,000".
    expect(fire.ratio).toBeCloseTo(6000 / 3250, 6);
    expect(cells(fire)).toEqual([
      ["3,000-3,500", "Radio Kestrel", "The Kestrel Valley relief society", "range", 3000, 3500],
      ["4,000", "Ridge Gazette", "The Hollin County fire service", "exact", 4000, 4000],
      ["more than 6,000", "Upland Post", "Sheriff Tomas Achterberg", "at least", 6000, null],
    ]);
    expect(fire.values.map((v) => v.published)).toEqual(["2033-07-11", "2033-07-09", "2033-07-09"]);
    expect(fire.storyId).toBe(stories["Wildfire forces evacuations near Hollin Ridge"]);
  });

  it("should mark values whose claims contradict each other, and not those that only support", async () => {
    const fire = (await figures()).rows.find((r) => r.measure === "displaced")!;
    const [range, exact, atLeast] = [byText(fire, "3,000-3,500"), byText(fire, "4,000"), byText(fire, "more than 6,000")];
    expect(atLeast.conflictsWith.sort()).toEqual([range.id, exact.id].sort());
    expect(range.conflictsWith).toEqual([atLeast.id]);
    expect(exact.conflictsWith).toEqual([atLeast.id]);
  });

  it("should leave out a measure that only one source gives", async () => {
    const { claims } = await readFigureClaims(readQuery(db.driver, db.database), {});
    // The burned area is read (a claim with a figure) but makes no row.
    expect(claims.some((c) => c.quantities.some((q) => q.measure === "area"))).toBe(true);
    expect((await figures()).rows.some((r) => r.measure === "area")).toBe(false);
  });

  it("should narrow to one story, to rows an outlet takes part in, and to a date range", async () => {
    const fireOnly = await figures({ story: stories["Wildfire forces evacuations near Hollin Ridge"] });
    expect(fireOnly.rows.map((r) => r.measure)).toEqual(["displaced"]);
    const courant = await figures({ outlet: "Saltmere Courant" });
    expect(courant.rows.map((r) => [r.measure, r.values.length])).toEqual([["participants", 2]]);
    // Only the two figures of 9 July remain of the fire; the march (February) drops out.
    const ninth = await figures({ from: "2033-07-01", to: "2033-07-09" });
    expect(ninth.rows.map((r) => r.values.map((v) => v.text))).toEqual([["4,000", "more than 6,000"]]);
    // After 9 July one source remains: no row.
    expect((await figures({ from: "2033-07-10" })).rows).toEqual([]);
  });

  it("should find a story's claims from the Story id constraint's index", async () => {
    let cypher = "";
    let params: Record<string, unknown> = {};
    await readFigureClaims(async (c, p) => ((cypher = c), (params = p ?? {}), []), { story: "sty-anything" });
    const { summary } = await db.driver.executeQuery(`EXPLAIN ${cypher}`, params, { database: db.database });
    expect(JSON.stringify(summary.plan)).toMatch(/NodeUniqueIndexSeek/);
  });

  it("should cap rows and claims and say so", async () => {
    const one = await figures({ limit: 1 });
    expect([one.rows.length, one.truncated]).toEqual([1, true]);
    const capped = await readFigureClaims(readQuery(db.driver, db.database), {}, 2);
    expect([capped.claims.length, capped.truncated]).toEqual([2, true]);
  });

  it("should not mark a conflict an analyst rejected", async () => {
    const { records } = await db.driver.executeQuery(
      "MATCH (a:Claim)-[r:CONTRADICTS]->(b:Claim) WHERE a.outlet IN ['Saltmere Courant', 'Harbour Bulletin'] RETURN r.id AS id",
      {},
      { database: db.database },
    );
    expect(records).toHaveLength(1);
    const march = async () => (await figures()).rows.find((r) => r.measure === "participants")!;
    expect((await march()).values.every((v) => v.conflictsWith.length === 1)).toBe(true);
    await db.driver.executeQuery("CREATE (:ReviewTarget {id: $id, kind: 'relation', state: 'rejected', seq: 0})", { id: records[0]!.get("id") }, { database: db.database });
    store.invalidate();
    try {
      expect((await march()).values.map((v) => v.conflictsWith)).toEqual([[], []]);
    } finally {
      await db.driver.executeQuery("MATCH (t:ReviewTarget) DETACH DELETE t", {}, { database: db.database });
      store.invalidate();
    }
  });

  it("should serve GET /api/figures in the contract's shape and refuse a malformed story id", async () => {
    const app = createApp(appDeps(db.driver, db.database));
    const body = FiguresSchema.parse((await request(app).get("/api/figures").query({ story: stories["Saltmere teachers rally for higher pay"] }).expect(200)).body);
    expect(body.rows.map((r) => r.values.map((v) => v.text))).toEqual([["2,500", "8,000"]]);
    const bad = await request(app).get("/api/figures").query({ story: "not a story" }).expect(400);
    expect(bad.body.error.code).toBe("BAD_REQUEST");
  });
});
