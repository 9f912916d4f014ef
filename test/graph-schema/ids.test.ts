/*
 * Ids in the contract: each prefix names one label, a selection is a Claim or an Entity whose id
 * says so, and the pipeline's id makers use exactly the prefixes graph-schema lists — the client
 * restores a linked selection from the id alone, so the two must not drift apart.
 */

import { ID_PREFIXES, labelOfId, PARTIAL_DATE_PATTERN, RELATION_ID_PREFIX, selectionOf, SelectionSchema } from "../../graph-schema";
import { buildClaimGraph } from "../../server/src/nlp/pipeline";

describe("labelOfId", () => {
  it.each([
    ["clm-0123abcd", "Claim"],
    ["ent-port-authority", "Entity"],
    ["src-river-post", "Source"],
    ["doc-00ff00ff00ff00ff", "Document"],
    ["sty-0123", "Story"],
    ["rel-0123", null],
    ["CLM-0123", null],
    ["clm-", null],
    ["clm-a b", null],
    ["clm0123", null],
  ])("should read %s as %s", (id, label) => {
    expect(labelOfId(id)).toBe(label);
  });

  it("should give every label its own prefix", () => {
    const prefixes = [...Object.values(ID_PREFIXES), RELATION_ID_PREFIX];
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
});

describe("selections", () => {
  it("should select claims and entities by id, and nothing else", () => {
    expect(selectionOf("clm-0a")).toEqual({ kind: "Claim", id: "clm-0a" });
    expect(selectionOf("ent-port-authority")).toEqual({ kind: "Entity", id: "ent-port-authority" });
    expect(selectionOf("doc-0a")).toBeNull();
    expect(selectionOf("src-river-post")).toBeNull();
    expect(selectionOf("<b>")).toBeNull();
  });

  it("should refuse a selection whose kind its id contradicts", () => {
    expect(SelectionSchema.safeParse({ kind: "Entity", id: "clm-0a" }).success).toBe(false);
    expect(SelectionSchema.safeParse({ kind: "Claim", id: "clm-0a" }).success).toBe(true);
  });
});

describe("PARTIAL_DATE_PATTERN", () => {
  it.each([
    ["2025", true],
    ["2025-04", true],
    ["2025-04-26", true],
    ["2025-4-26", false],
    ["26/04/2025", false],
  ])("should read %s as %s", (date, ok) => {
    expect(PARTIAL_DATE_PATTERN.test(date)).toBe(ok);
  });
});

describe("the pipeline's ids", () => {
  const text = (s: string) => new TextEncoder().encode(s);
  const manifest = (file: string, outlet: string) => ({ file, outlet, published: "2024-09-03", precision: "day" as const, url: null, title: null, via: null, language: "en" });
  const graph = buildClaimGraph([
    {
      name: "a.txt",
      bytes: text("Flooding hit the Brenmoor valley this week.\n\nThe regional governor said that about 3,000 residents were evacuated from the Brenmoor valley."),
      manifest: manifest("a.txt", "Harbour Gazette"),
    },
    {
      name: "b.txt",
      bytes: text("Floods struck the Brenmoor valley.\n\nVolunteers in the Brenmoor valley said more than 20,000 residents fled their homes."),
      manifest: manifest("b.txt", "River Post"),
    },
  ]);

  it("should make every node id with its label's prefix", () => {
    const ids: Array<[string, string]> = [
      ...graph.sources.map((s) => [s.id, "Source"] as [string, string]),
      ...graph.documents.map((d) => [d.id, "Document"] as [string, string]),
      ...graph.claims.map((c) => [c.id, "Claim"] as [string, string]),
      ...graph.entities.map((e) => [e.id, "Entity"] as [string, string]),
      ...graph.stories.map((s) => [s.id, "Story"] as [string, string]),
    ];
    expect(graph.claims.length).toBeGreaterThan(1);
    expect(graph.entities.length).toBeGreaterThan(0);
    expect(graph.stories.length).toBeGreaterThan(0);
    expect(ids.filter(([id, label]) => labelOfId(id) !== label)).toEqual([]);
  });

  it("should make relation ids with the relation prefix", () => {
    expect(graph.relations.length).toBeGreaterThan(0);
    expect(graph.relations.filter((r) => !r.id.startsWith(`${RELATION_ID_PREFIX}-`))).toEqual([]);
  });
});
