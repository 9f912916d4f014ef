/*
 * CONTRADICTS and SUPPORTS between claims: the orchestrator. Verbatim repeats are linked to their
 * originals first; every other candidate pair (candidates.ts) is put to the rule families of the
 * registry, and arbitrate.ts turns their findings into at most one edge per pair.
 */

import type { Relation } from "../../../../graph-schema";
import { arbitrate, laterFirst, relationOf } from "./arbitrate";
import { candidatePairs, type CandidateScope } from "./candidates";
import { defaultConfidences, findingsOf, RULE_FAMILIES, ruleContext } from "./registry";
import type { Finding, PairJudge, RelClaim, RuleContext, RuleFamily } from "./rule";
import { verbatimRepeats } from "./rules/echo-verbatim";

export type { PairJudge, RelClaim } from "./rule";
export { sameOutlet } from "./context";
export { verbatimRepeats } from "./rules/echo-verbatim";

export interface RelationOptions {
  /** Blocks bigger than this are skipped: an entity in every claim says nothing about a pair. */
  maxBlockSize: number;
  /** Below this, a finding is not written. */
  minConfidence: number;
  /** Word overlap (0–1) above which two claims from different documents echo each other. */
  echoSimilarity: number;
  /** The judge links a pair the rules left undecided only when both directions agree at least this much. */
  judgeConfidence: number;
  /** ...and only when the two contents share this much of their words: the judge compares, it does not find topics. */
  judgeOverlap: number;
  /** A judged contradiction also needs the news-trained model to give a dispute at least this probability, both ways. */
  judgeNewsDispute: number;
  /** Each rule family's named confidences, by family id (defaults: the families' own; see registry.ts). */
  confidences: Record<string, Record<string, number>>;
}

export const DEFAULT_RELATION_OPTIONS: RelationOptions = {
  maxBlockSize: 150,
  minConfidence: 0.5,
  echoSimilarity: 0.35,
  judgeConfidence: 0.85,
  judgeOverlap: 0.3,
  judgeNewsDispute: 0.15,
  confidences: defaultConfidences(),
};

type Asked = { family: RuleFamily; ctx: RuleContext };

export function detectRelations(
  claims: RelClaim[],
  options: RelationOptions = DEFAULT_RELATION_OPTIONS,
  judge?: PairJudge,
  repeats: Map<number, number> = verbatimRepeats(claims),
  scope?: CandidateScope,
): Relation[] {
  const stage = (s: RuleFamily["stage"]): Asked[] => RULE_FAMILIES.filter((f) => f.stage === s).map((family) => ({ family, ctx: ruleContext(family, options, judge) }));
  const [onRepeats, onPairs, fallbacks] = [stage("repeats"), stage("pairs"), stage("fallback")];
  const ask = (families: Asked[], a: RelClaim, b: RelClaim): Finding[] => {
    const out: Finding[] = [];
    for (const { family, ctx } of families) findingsOf(family, a, b, ctx, out);
    return out;
  };
  const relations: Relation[] = [];
  for (const [m, first] of repeats) {
    const [copy, original] = [claims[m]!, claims[first]!];
    if (scope && !scope.focus(copy)) continue;
    const found = ask(onRepeats, copy, original)[0];
    if (found) relations.push(relationOf(found, copy, original, "rule"));
  }
  for (const [a, b] of candidatePairs(claims, repeats, options.maxBlockSize, scope)) {
    const decision = arbitrate(ask(onPairs, a, b), options.minConfidence, () => ask(fallbacks, a, b)[0] ?? null);
    if (!decision) continue;
    const [src, dst] = laterFirst(a, b);
    relations.push(relationOf(decision.finding, src, dst, decision.method));
  }
  relations.sort((p, q) => p.id.localeCompare(q.id));
  return relations;
}
