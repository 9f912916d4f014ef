/*
 * What a relation rule is: a family of findings about a pair of claims (RuleFamily), what it sees of a
 * claim (RelClaim) and what it returns (Finding). The registry lists the families, candidates.ts
 * brings them pairs, arbitrate.ts picks among their findings.
 */

import type { Claim, Quantity, Relation } from "../../../../graph-schema";
import type { StateFeature } from "../claims/states";
import type { RelationOptions } from "./detect";

/** A claim as the relation rules see it: the public claim plus what extraction learnt about it. */
export interface RelClaim {
  claim: Claim;
  outlet: string;
  published: string | null;
  denial: boolean;
  counter: boolean;
  states: StateFeature[];
  /** Entity ids the claim is about (mentions in its content and resolved "the region"-style references). */
  about: string[];
  /** Where each entity in `about` stands in the content (character offset), to tie it to a cue. */
  aboutAt: Array<{ id: string; at: number }>;
  /** Entity ids whose role is only "country of" something; weak for blocking. */
  countries: ReadonlySet<string>;
  /** Entities the claim's document is about (headline, lead, repeated); context for claims that name none. */
  topics: string[];
  /** Position of the claim in its document, for discourse rules ("Ukraine counters that…"). */
  index: number;
  /** The story the claim's document belongs to (stories.ts); figures are compared within it. */
  story: string;
  /** How many documents that story holds: a large one is a saga of many events. */
  storySize: number;
}

/** The learned judge as the rules see it (server/src/nlp/judge): a label and a confidence for (a, b). */
export interface PairJudge {
  judge(a: string, b: string, mode: "sentence" | "article"): { label: string; confidence: number; probabilities: Partial<Record<string, number>> };
  /** How two words relate in WordNet, when the judge has it: "same", "general", "specific", "antonym", "sibling" or null. */
  relate?(a: string, b: string): string | null;
  /** relate(a, b) === "same", when the judge can answer that alone more cheaply. */
  same?(a: string, b: string): boolean;
}

/** One rule's verdict on a pair: a relation without its ends, which arbitration sets. */
export type Finding = Pick<Relation, "type" | "kind" | "confidence" | "reason" | "detector"> & {
  /** The figures the finding rests on, when it compares figures. */
  evidence: Quantity[] | null;
};

/** What a family is given besides the pair: the run's options, its own confidences, the judge if any. */
export interface RuleContext<N extends string = string> {
  options: RelationOptions;
  /** This family's confidences: its defaults with the run's overrides, validated in nlp/options.ts. */
  confidences: Readonly<Record<N, number>>;
  judge?: PairJudge;
}

/** A rule family; N names its confidences, so a rule reads `confidences.support` typed. */
export interface RuleFamily<N extends string = string> {
  /** Stable name, the key of its confidences in RelationOptions.confidences. */
  id: string;
  /**
   * When the registry asks it. "pairs": every candidate pair; "repeats": each verbatim copy with the
   * claim it copies, before pairing; "fallback": a pair no "pairs" finding decided (arbitrate.ts).
   */
  stage: "pairs" | "repeats" | "fallback";
  /** True when one call sees the pair whole; false → the registry also asks detect(b, a). */
  symmetric: boolean;
  /** Named default confidences; overridable per run and validated to lie in [0, 1]. */
  confidences: Readonly<Record<N, number>>;
  detect(a: RelClaim, b: RelClaim, ctx: RuleContext<N>): Finding | null;
}

/** Confidences are shown with two decimals. */
export function roundConfidence(n: number): number {
  return Math.round(n * 100) / 100;
}
