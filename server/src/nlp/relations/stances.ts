/*
 * Document stances: for each claim, the other outlets' articles that name what it is about, each read
 * whole by the relation judge against the claim. An article that contradicts the claim DISPUTES it;
 * one that asserts it ECHOES it; one that merely discusses it or is unrelated gets no edge. This is
 * what answers "which outlets dispute this claim, which echo it" when no single sentence collides.
 *
 * Candidates come from an entity index, never all pairs: an article is judged against a claim only
 * when it names one of the claim's specific entities, at most `maxDocumentsPerClaim` articles per
 * claim (those naming most of its entities first), and entities named in too many articles are not
 * used to find candidates at all.
 */
import crypto from "node:crypto";
import type { Document, Stance } from "../../../../graph-schema";
import { coverage, hasRefuteWord, hasRefutingCue } from "../judge/features";
import { checkJudgeText } from "../judge/judge";
import { sameOutlet, verbatimRepeats, type PairJudge, type RelClaim } from "./detect";
import { SMALL_STORY_DOCS } from "./context";

export interface StanceOptions {
  /** Below this, the judge's verdict makes no edge. */
  minConfidence: number;
  maxDocumentsPerClaim: number;
  /** An entity named in more articles than this is too common to pick candidates by. */
  maxDocumentsPerEntity: number;
  /** Claims with fewer content words than this are too thin to take a stance on. */
  minClaimWords: number;
  /**
   * The article's closest sentence must be at least this similar to the claim (TF-IDF cosine): the
   * quoted evidence has to be about the claim, or a reader cannot check the edge.
   */
  minEvidenceSimilarity: number;
  /**
   * An echo must show too: the article's closest sentence has at least this share of the claim's
   * content words. (TF-IDF alone is fooled by one shared rare name.)
   */
  minEchoCoverage: number;
  /** The article must use at least this share of the claim's words anywhere before the model reads it. */
  minArticleCoverage: number;
}

export const DEFAULT_STANCE_OPTIONS: StanceOptions = {
  minConfidence: 0.8,
  maxDocumentsPerClaim: 8,
  maxDocumentsPerEntity: 200,
  minClaimWords: 5,
  minEvidenceSimilarity: 0.2,
  minEchoCoverage: 0.5,
  minArticleCoverage: 0.4,
};

/** A judge that also says which sentence of the article it weighed most. */
export interface StanceJudge extends PairJudge {
  judge(
    a: string,
    b: string,
    mode: "sentence" | "article",
  ): { label: string; confidence: number; probabilities: Partial<Record<string, number>>; evidence?: { sentence: string; similarity: number } };
  /** Optional cheap first look: share of the claim's words the article uses. */
  articleCoverage?(claim: string, article: string): number;
}

export function documentStances(
  documents: Document[],
  claims: RelClaim[],
  entitiesOf: Map<string, Set<string>>,
  judge: StanceJudge,
  options: StanceOptions = DEFAULT_STANCE_OPTIONS,
  repeats: Map<number, number> = verbatimRepeats(claims),
): Stance[] {
  const docsOf = new Map<string, string[]>();
  for (const [docId, entities] of entitiesOf) {
    for (const e of entities) {
      const list = docsOf.get(e);
      if (list) list.push(docId);
      else docsOf.set(e, [docId]);
    }
  }
  // The models know English; an article in another language gets no stance rather than a noisy one.
  const byId = new Map(documents.filter((d) => checkJudgeText(d.text, "document") === null).map((d) => [d.id, d]));
  // An article is read against the claims of its own story only: what it says of another event
  // neither disputes nor echoes them. (An article with no claims of its own has no known story.)
  const storyOfDoc = new Map(claims.map((c) => [c.claim.documentId, c.story]));
  const pairs: Array<{ doc: Document; claim: RelClaim }> = [];
  // A verbatim repeat's stances are its original's; judging every copy would only multiply them.
  for (const [i, c] of claims.entries()) {
    // Articles are read whole against claims of small stories: one event told by a few outlets.
    if (repeats.has(i) || c.storySize > SMALL_STORY_DOCS) continue;
    if (c.claim.content.split(/\s+/).filter((w) => w.length > 2).length < options.minClaimWords) continue;
    const own = byId.get(c.claim.documentId);
    const shared = new Map<string, number>();
    for (const e of c.about) {
      if (c.countries.has(e)) continue;
      const docs = docsOf.get(e) ?? [];
      if (docs.length > options.maxDocumentsPerEntity) continue;
      for (const d of docs) if (d !== c.claim.documentId && (storyOfDoc.get(d) ?? c.story) === c.story) shared.set(d, (shared.get(d) ?? 0) + 1);
    }
    const ranked = [...shared].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, options.maxDocumentsPerClaim);
    for (const [docId] of ranked) {
      const doc = byId.get(docId);
      if (!doc) continue;
      if (own && sameOutlet(doc.outlet, own.outlet)) continue;
      pairs.push({ doc, claim: c });
    }
  }
  // Article-major order: the judge prepares each article once for all the claims read against it.
  pairs.sort((x, y) => x.doc.id.localeCompare(y.doc.id));
  const stances: Stance[] = [];
  for (const { doc, claim } of pairs) {
    if (judge.articleCoverage && judge.articleCoverage(claim.claim.content, doc.text) < options.minArticleCoverage) continue;
    const v = judge.judge(claim.claim.content, doc.text, "article");
    if ((v.label !== "contradicts" && v.label !== "supports") || v.confidence < options.minConfidence) continue;
    const type = v.label === "contradicts" ? "DISPUTES" : "ECHOES";
    const quote = v.evidence?.sentence ?? "";
    if ((v.evidence?.similarity ?? 0) < options.minEvidenceSimilarity) continue;
    if (type === "ECHOES" && coverage(claim.claim.content, quote) < options.minEchoCoverage) continue;
    // A dispute shows in its evidence: the article's sentence about the claim refutes or negates.
    if (type === "DISPUTES" && !hasRefutingCue(quote)) continue;
    // A negation alone is not enough when the sentence, read against the claim, says the same thing
    // ("didn't have to audition" for a claim that he didn't): without a refuting word (hoax, false,
    // denied) such a sentence confirms the claim, whatever the article as a whole leans to.
    if (type === "DISPUTES" && !hasRefuteWord(quote) && judge.judge(claim.claim.content, quote, "sentence").label === "supports") continue;
    const at = quote ? doc.text.indexOf(quote) : -1;
    const evidence = at >= 0 ? { quote, start: at, end: at + quote.length } : { quote: doc.title, start: 0, end: 0 };
    stances.push({
      id: `stn-${crypto.createHash("sha256").update(`${type}|${doc.id}|${claim.claim.id}`).digest("hex").slice(0, 16)}`,
      type,
      documentId: doc.id,
      claimId: claim.claim.id,
      confidence: Math.round(v.confidence * 1000) / 1000,
      reason:
        type === "DISPUTES"
          ? `Read whole, ${doc.outlet}'s article disputes this claim by ${claim.outlet} (relation judge, ${Math.round(v.confidence * 100)}%); its sentence closest to the claim is quoted.`
          : `Read whole, ${doc.outlet}'s article asserts this claim by ${claim.outlet} too (relation judge, ${Math.round(v.confidence * 100)}%); its sentence closest to the claim is quoted.`,
      method: "judge",
      detector: "judge-article@1",
      evidence,
    });
  }
  return stances.sort((a, b) => a.id.localeCompare(b.id));
}
