/*
 * Document stances with a scripted judge: which verdicts become DISPUTES edges. The article model's
 * verdict is fixed; the tests vary the quoted sentence and the sentence model's reading of it.
 */
import type { Claim, Document } from "../../../../graph-schema";
import type { RelClaim } from "../../../../server/src/nlp/relations/detect";
import { documentStances, type StanceJudge } from "../../../../server/src/nlp/relations/stances";

const CLAIM = "The ferry operator said the harbour bridge will not reopen before the winter season";

function doc(id: string, outlet: string, text: string): Document {
  return { id, outlet, text, title: `${outlet} story` } as unknown as Document;
}

function relClaim(content: string): RelClaim {
  const claim = { id: "clm-1", documentId: "doc-a", content, text: content } as unknown as Claim;
  return { claim, outlet: "Harbor Daily", about: ["ent-bridge"], countries: new Set(), aboutAt: [], topics: [], states: [], denial: false, counter: false, published: null, index: 0, story: "sty-a", storySize: 1 };
}

/** The article model always says "contradicts" and quotes `quote`; the sentence model says `sentence`. */
function scriptedJudge(quote: string, sentence: string): StanceJudge {
  return {
    judge: (_a, _b, mode) =>
      mode === "article"
        ? { label: "contradicts", confidence: 0.95, probabilities: { contradicts: 0.95 }, evidence: { sentence: quote, similarity: 0.6 } }
        : { label: sentence, confidence: 0.9, probabilities: { [sentence]: 0.9 } },
  };
}

function stancesFor(quote: string, sentence: string) {
  const article = `Some background on the harbour. ${quote} More about the season ahead.`;
  const docs = [doc("doc-a", "Harbor Daily", `Intro. ${CLAIM}. End.`), doc("doc-b", "Coast Monitor", article)];
  const entitiesOf = new Map([["doc-a", new Set(["ent-bridge"])], ["doc-b", new Set(["ent-bridge"])]]);
  return documentStances(docs, [relClaim(CLAIM)], entitiesOf, scriptedJudge(quote, sentence), undefined, new Map());
}

describe("document stances", () => {
  it.each([
    ["a negated sentence the sentence model reads as contradicting", "The harbour bridge will reopen before the winter season, officials said, not after it.", "contradicts", 1],
    ["a negated sentence that says the same as the claim", "The harbour bridge will not reopen before the winter season, the operator confirmed.", "supports", 0],
    ["a refuting word, whatever the sentence model says", "The story that the harbour bridge will not reopen before winter is false, the council said.", "supports", 1],
    ["no refuting or negating word at all", "The harbour bridge will reopen before the winter season.", "contradicts", 0],
  ])("%s", (_what, quote, sentence, expected) => {
    const stances = stancesFor(quote, sentence);
    // Each dispute quotes the sentence; an empty list must be the expected one.
    expect(stances.filter((s) => s.type === "DISPUTES").map((s) => s.evidence.quote)).toEqual(Array.from({ length: expected }, () => quote));
    for (const s of stances) expect(s.evidence.quote).toBe(quote);
  });
});
