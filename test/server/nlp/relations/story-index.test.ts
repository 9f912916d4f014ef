/*
 * A large story's candidate index: a document joining the story through the index gets the claims,
 * relations and index that one run over the whole story gives it, and an append that would change
 * a stored pair is refused.
 */

import path from "node:path";
import { loadInputs } from "../../../../server/src/io/load-inputs";
import { analyseInput, appendToStory, assembleGraph, planStoryJoin, resolveCorpus, storyFeatures, type DocWork } from "../../../../server/src/nlp/pipeline";
import { planStoryAppend, type StoryIndex } from "../../../../server/src/nlp/relations/story-index";

const work: DocWork[] = loadInputs([path.join("test", "fixtures", "saga-corpus")])
  .files.flatMap((f) => analyseInput(f).work)
  .sort((a, b) => a.doc.id.localeCompare(b.doc.id));
const resolution = resolveCorpus(work);
const whole = assembleGraph([{ name: "", diagnostics: [], work }]);

function storedWithout(last: DocWork) {
  const entityOf = new Map<string, string>();
  const lastEntities = storyFeatures(last, entityOf, resolution.countries, resolution.typeOf).entities;
  const rest = work.filter((w) => w !== last);
  const graph = assembleGraph([{ name: "", diagnostics: [], work: rest }], {}, {}, { resolution, postingOutside: (e) => (lastEntities.has(e) ? 1 : 0) });
  return { rest, graph };
}

describe("story index", () => {
  it("should hold one large story in the whole corpus", () => {
    expect(whole.stories).toHaveLength(1);
    expect(whole.stories[0]!.candidateIndex).toBeDefined();
  });

  it("should relate a joining document to the stored claims exactly as a run over the whole story does", () => {
    // The last document by id keeps the story's id; the first would rename it (refused elsewhere).
    const joined = [...work].reverse().filter((w) => w.drafts.length > 0).slice(0, 4);
    let checked = 0;
    for (const last of joined) {
      const { rest, graph } = storedWithout(last);
      expect(graph.stories).toHaveLength(1);
      const story = graph.stories[0]!;
      const join = planStoryJoin([last], { id: story.id, size: rest.length, anchor: rest[0]!.doc.id, index: JSON.parse(story.candidateIndex!) as StoryIndex }, resolution);
      if (!join) continue;
      checked += 1;
      expect(JSON.stringify(join.plan.index)).toBe(whole.stories[0]!.candidateIndex);
      const added = appendToStory(join, rest, resolution);
      const mine = new Set(whole.claims.filter((c) => c.documentId === last.doc.id).map((c) => c.id));
      expect(added.claims.map((c) => c.id).sort()).toEqual([...mine].sort());
      const expected = whole.relations.filter((r) => mine.has(r.source) || mine.has(r.target));
      expect(added.relations).toEqual(expected);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it("should refuse a new denial, an earlier first copy and a block crossing its cap", () => {
    const index: StoryIndex = JSON.parse(whole.stories[0]!.candidateIndex!) as StoryIndex;
    const last = work[work.length - 1]!;
    const { rest } = storedWithout(last);
    const join = planStoryJoin([last], { id: whole.stories[0]!.id, size: rest.length, anchor: rest[0]!.doc.id, index }, resolution);
    expect(join).not.toBeNull();
    // The same claims against an index whose blocks sit at the cap: adding one crosses it.
    const full: StoryIndex = { ...index, blocks: Object.fromEntries(Object.keys(index.blocks).map((k) => [k, { n: 150, claims: [] }])) };
    expect(planStoryJoin([last], { id: whole.stories[0]!.id, size: rest.length, anchor: rest[0]!.doc.id, index: full }, resolution)).toBeNull();
    // Every verbatim text stored as first seen later than any new claim: the new copy would come first.
    const late: StoryIndex = { ...index, verbatim: Object.fromEntries(Object.entries(index.verbatim).map(([k, v]) => [k, ["2999-01-01", v[1], v[2], v[3]]])) };
    expect(planStoryJoin([last], { id: whole.stories[0]!.id, size: rest.length, anchor: rest[0]!.doc.id, index: late }, resolution)).toBeNull();
    // A denial among the new claims.
    const denial = work.find((w) => /\bdenied that\b/.test(w.doc.text))!;
    const others = work.filter((w) => w !== denial);
    const empty: StoryIndex = { blocks: {}, verbatim: {}, repeatOf: {}, denials: [], words: {} };
    expect(planStoryJoin([denial], { id: whole.stories[0]!.id, size: others.length, anchor: others[0]!.doc.id, index: empty }, resolution)).toBeNull();
    expect(planStoryAppend(empty, [], 150)).not.toBeNull();
  });
});
