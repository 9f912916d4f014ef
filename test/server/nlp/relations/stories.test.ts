/*
 * Story grouping: documents about one event are linked by what they name, within a time window,
 * and the grouping depends on the set of documents only, never on their order.
 */

import { DEFAULT_STORY_OPTIONS, groupStories, type StoryDoc } from "../../../../server/src/nlp/relations/stories";

const doc = (id: string, published: string | null, entities: string[], o: { lead?: string[]; places?: string[]; countries?: string[]; words?: string[] } = {}): StoryDoc => ({
  id,
  published,
  entities: new Set(entities),
  lead: new Set(o.lead ?? []),
  places: new Set(o.places ?? []),
  countries: new Set(o.countries ?? []),
  words: new Set(o.words ?? []),
});

const groups = (docs: StoryDoc[]) => groupStories(docs).map((s) => s.documentIds);

describe("groupStories", () => {
  it("should link documents that name two specific things, one of them an actor", () => {
    expect(groups([doc("d1", "2024-05-01", ["ent-civic-watch", "ent-port-selin"], { places: ["ent-port-selin"] }), doc("d2", "2024-05-02", ["ent-civic-watch", "ent-port-selin"], { places: ["ent-port-selin"] })])).toEqual([["d1", "d2"]]);
  });

  it("should link documents whose headlines or leads name the same place", () => {
    const p = { places: ["ent-marrow-valley"], lead: ["ent-marrow-valley"] };
    expect(groups([doc("d1", "2024-05-01", ["ent-marrow-valley"], p), doc("d2", "2024-05-03", ["ent-marrow-valley"], p)])).toEqual([["d1", "d2"]]);
  });

  it("should not link documents that share only places named further down", () => {
    const p = { places: ["ent-new-york", "ent-london"] };
    expect(groups([doc("d1", "2024-05-01", ["ent-new-york", "ent-london"], p), doc("d2", "2024-05-01", ["ent-new-york", "ent-london"], p)])).toEqual([["d1"], ["d2"]]);
  });

  it("should not link documents published further apart than the window", () => {
    expect(groups([doc("d1", "2024-01-01", ["ent-a", "ent-b"]), doc("d2", "2024-09-01", ["ent-a", "ent-b"])])).toEqual([["d1"], ["d2"]]);
  });

  it("should not link through an entity named by more documents than the posting cap", () => {
    const hub = Array.from({ length: DEFAULT_STORY_OPTIONS.maxPosting + 1 }, (_, i) => doc(`h${String(i).padStart(3, "0")}`, "2024-05-01", ["ent-treasury", `ent-only-${i}`], { lead: ["ent-treasury"] }));
    expect(groupStories(hub).map((s) => s.documentIds.length)).toEqual(hub.map(() => 1));
  });

  it("should link documents days apart that name one country and tell the same happening in their leads", () => {
    const a = doc("d1", "2024-05-01", ["ent-relief-group"], { countries: ["ent-veldra"], words: ["attack", "chemical", "weapon", "died"] });
    const b = doc("d2", "2024-05-03", ["ent-ministry"], { countries: ["ent-veldra"], words: ["attack", "chemical", "weapon", "denied"] });
    expect(groups([a, b])).toEqual([["d1", "d2"]]);
  });

  it("should not link documents that share a country but too few lead words, or are weeks apart", () => {
    const a = doc("d1", "2024-05-01", [], { countries: ["ent-veldra"], words: ["attack", "chemical", "weapon"] });
    expect(groups([a, doc("d2", "2024-05-02", [], { countries: ["ent-veldra"], words: ["attack", "election", "turnout"] })])).toEqual([["d1"], ["d2"]]);
    expect(groups([a, doc("d2", "2024-06-01", [], { countries: ["ent-veldra"], words: ["attack", "chemical", "weapon"] })])).toEqual([["d1"], ["d2"]]);
    expect(groups([a, doc("d2", "2024-05-02", [], { countries: ["ent-orsk"], words: ["attack", "chemical", "weapon"] })])).toEqual([["d1"], ["d2"]]);
  });

  it("should not link through a country named by more documents than the posting cap", () => {
    const words = ["attack", "chemical", "weapon"];
    const many = Array.from({ length: DEFAULT_STORY_OPTIONS.maxPosting + 1 }, (_, i) => doc(`c${String(i).padStart(3, "0")}`, "2024-05-01", [], { countries: ["ent-veldra"], words }));
    expect(groupStories(many).map((s) => s.documentIds.length)).toEqual(many.map(() => 1));
  });

  it("should link documents days apart when one's headline or lead names what the other names further down", () => {
    const a = doc("d1", "2024-05-01", ["ent-dovra"], { places: ["ent-dovra"], lead: ["ent-dovra"] });
    const b = doc("d2", "2024-05-02", ["ent-dovra"], { places: ["ent-dovra"] });
    expect(groups([a, b])).toEqual([["d1", "d2"]]);
    expect(groups([a, { ...b, published: "2024-06-20" }])).toEqual([["d1"], ["d2"]]);
  });

  it("should chain documents into one story and name it by its first document", () => {
    const stories = groupStories([doc("d3", "2024-05-03", ["ent-b", "ent-c"]), doc("d1", "2024-05-01", ["ent-a", "ent-b"]), doc("d2", "2024-05-02", ["ent-a", "ent-b", "ent-c"])]);
    expect(stories.map((s) => s.documentIds)).toEqual([["d1", "d2", "d3"]]);
    const again = groupStories([doc("d1", "2024-05-01", ["ent-a", "ent-b"]), doc("d0", "2024-05-01", ["ent-x"])]);
    expect(again.find((s) => s.documentIds.includes("d1"))!.id).toBe(stories[0]!.id);
  });

  it("should give the same stories whatever the order of the documents", () => {
    const docs = [
      doc("a", "2024-05-01", ["ent-x", "ent-y"]),
      doc("b", "2024-05-02", ["ent-y", "ent-x", "ent-z"]),
      doc("c", "2024-05-02", ["ent-z", "ent-w", "ent-y"]),
      doc("d", "2024-05-05", ["ent-q", "ent-r"]),
      doc("e", "2024-05-06", ["ent-q", "ent-r"]),
      doc("f", null, ["ent-lonely"]),
    ];
    const expected = groupStories(docs);
    expect(expected.map((s) => s.documentIds)).toEqual(expect.arrayContaining([["a", "b", "c"], ["d", "e"], ["f"]]));
    let seed = 7;
    for (let run = 0; run < 20; run += 1) {
      const shuffled = [...docs].sort(() => ((seed = (seed * 16807) % 2147483647) % 3) - 1);
      expect(groupStories(shuffled)).toEqual(expected);
    }
  });
});
