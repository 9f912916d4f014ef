/*
 * Scores a claim graph against hand-annotated pairs (test/fixtures/*-relations.json). Strict on
 * precision: every emitted relation that no "must" or "may" entry covers is a false positive.
 */

import type { ClaimGraph, Relation } from "../../graph-schema";

export interface AnnotatedPair {
  type: "CONTRADICTS" | "SUPPORTS";
  a: string;
  b: string;
  why: string;
}

export interface Annotations {
  must: AnnotatedPair[];
  may: AnnotatedPair[];
  mustNot: AnnotatedPair[];
}

export interface Score {
  truePositives: AnnotatedPair[];
  missed: AnnotatedPair[];
  forbiddenFound: Array<{ pair: AnnotatedPair; relation: Relation }>;
  unannotated: Relation[];
  precision: number;
  recall: number;
}

export function pairMatches(graph: ClaimGraph, pair: AnnotatedPair, r: Relation): boolean {
  if (r.type !== pair.type) return false;
  const text = (id: string) => graph.claims.find((c) => c.id === id)?.text ?? "";
  const [x, y] = [text(r.source), text(r.target)];
  return (x.includes(pair.a) && y.includes(pair.b)) || (x.includes(pair.b) && y.includes(pair.a));
}

/** Phrases that occur in no document are typos in the annotation, not misses of the engine. */
export function unknownPhrases(graph: ClaimGraph, ann: Annotations): string[] {
  const phrases = [...ann.must, ...ann.may, ...ann.mustNot].flatMap((p) => [p.a, p.b]);
  return [...new Set(phrases)].filter((p) => !graph.documents.some((d) => d.text.includes(p)));
}

export function scoreRelations(graph: ClaimGraph, ann: Annotations): Score {
  const truePositives = ann.must.filter((p) => graph.relations.some((r) => pairMatches(graph, p, r)));
  const missed = ann.must.filter((p) => !truePositives.includes(p));
  const forbiddenFound = ann.mustNot.flatMap((pair) => graph.relations.filter((r) => pairMatches(graph, pair, r)).map((relation) => ({ pair, relation })));
  const covered = (r: Relation) => [...ann.must, ...ann.may].some((p) => pairMatches(graph, p, r));
  const unannotated = graph.relations.filter((r) => !covered(r));
  const correct = graph.relations.length - unannotated.length;
  return {
    truePositives,
    missed,
    forbiddenFound,
    unannotated,
    precision: graph.relations.length === 0 ? 1 : correct / graph.relations.length,
    recall: ann.must.length === 0 ? 1 : truePositives.length / ann.must.length,
  };
}
