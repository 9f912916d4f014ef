/*
 * Search reads over the fixture graph in the real Neo4j: Lucene operators are escaped into prefix
 * words, the full-text indexes find claims by their words and entities by name or alias, and the
 * source of the in-memory index hands out every claim and entity. (That memory and full-text agree
 * on a real corpus is test/server/db/search.test.ts.)
 */

import { luceneQuery, searchFullText, searchSource } from "../../../../server/src/db/queries/search";
import { readQuery } from "../../../../server/src/db/read-records";
import { useFixtureGraph } from "../../../helpers/claim-graph.fixtures";

const db = useFixtureGraph();
const q = () => readQuery(db.driver, db.database);

describe("luceneQuery", () => {
  it.each([
    { text: "ferry strike", lucene: "ferry* strike*" },
    { text: "  port   ", lucene: "port*" },
    { text: 'a+b (c) "d" e:f', lucene: 'a\\+b* \\(c\\)* \\"d\\"* e\\:f*' },
  ])("should turn $text into $lucene", ({ text, lucene }) => {
    expect(luceneQuery(text)).toBe(lucene);
  });
});

describe("searchFullText", () => {
  it("should find claims by a word's prefix and entities by name or alias", async () => {
    const r = await searchFullText(q(), "strik", 10);
    expect(r.claims.map((c) => c.id).sort()).toEqual(["clm-gazette-strike", "clm-herald-strike"]);
    expect(r.claims.every((c) => c.score > 0)).toBe(true);
    expect((await searchFullText(q(), "harbour", 10)).entities.map((e) => e.id)).toEqual(["ent-port-authority"]);
  });

  it("should keep at most `limit` hits and treat operators as words", async () => {
    expect((await searchFullText(q(), "ferries", 1)).claims).toHaveLength(1);
    expect(await searchFullText(q(), "ferries AND (", 10)).toEqual(expect.objectContaining({ entities: [] }));
  });
});

describe("searchSource", () => {
  it("should count and list every claim and entity", async () => {
    const source = searchSource(q());
    expect(await source.size()).toBe(7);
    const { claims, entities } = await source.items();
    expect(claims.map((c) => c.id).sort()).toEqual(["clm-gazette-figure", "clm-gazette-strike", "clm-herald-figure", "clm-herald-strike"]);
    expect(entities.find((e) => e.id === "ent-port-authority")).toEqual({ id: "ent-port-authority", name: "port authority", type: "ORG", aliasText: "harbour authority" });
  });
});
