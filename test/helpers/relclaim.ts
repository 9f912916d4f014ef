/*
 * RelClaims without the pipeline, for the relation rules' table tests: relClaim() with overrides
 * builds one claim as a rule sees it, figure() places a figure in its content, and verdict() asks
 * one rule family about a pair the way the registry does.
 */

import type { Quantity } from "../../graph-schema";
import { frameOf } from "../../server/src/nlp/claims/frames";
import { stateFeatures } from "../../server/src/nlp/claims/states";
import { DEFAULT_RELATION_OPTIONS, type RelationOptions } from "../../server/src/nlp/relations/detect";
import { findingsOf, ruleContext } from "../../server/src/nlp/relations/registry";
import type { PairJudge, RelClaim, RuleFamily } from "../../server/src/nlp/relations/rule";

let next = 0;

export interface RelClaimInput {
  content: string;
  id?: string;
  documentId?: string;
  outlet?: string;
  published?: string | null;
  speakerText?: string | null;
  /** Defaults to an id made from speakerText (null without one). */
  speakerId?: string | null;
  verb?: string | null;
  polarity?: "positive" | "negative";
  quantities?: Quantity[];
  /** Entity ids; each is also looked up (case aside) in the content to place it for aboutAt. */
  about?: string[];
  countries?: string[];
  topics?: string[];
  denial?: boolean;
  counter?: boolean;
  index?: number;
  story?: string;
  /** Documents in the story; 5 (a small story) unless told. */
  storySize?: number;
  time?: { text: string; date: string } | null;
}

/** A claim whose text is its content (offset 0), with states read from the content as extraction does. */
export function relClaim(input: RelClaimInput): RelClaim {
  next += 1;
  const { content } = input;
  const speakerText = input.speakerText ?? null;
  const about = input.about ?? [];
  return {
    claim: {
      id: input.id ?? `clm-${next}`,
      documentId: input.documentId ?? `doc-${next}`,
      text: content,
      start: 0,
      end: content.length,
      sentenceStart: 0,
      sentenceEnd: content.length,
      speakerId: input.speakerId !== undefined ? input.speakerId : speakerText ? `ent-${speakerText.toLowerCase().replace(/\W+/g, "-")}` : null,
      speakerText,
      verb: input.verb ?? "said",
      content,
      polarity: input.polarity ?? "positive",
      hedged: false,
      hedges: [],
      quantities: input.quantities ?? [],
      time: input.time ?? null,
    },
    outlet: input.outlet ?? "Daily Ledger",
    published: input.published === undefined ? "2024-03-01" : input.published,
    denial: input.denial ?? false,
    counter: input.counter ?? false,
    states: stateFeatures(content),
    about,
    aboutAt: about.map((id) => ({ id, at: Math.max(0, content.toLowerCase().indexOf(id.toLowerCase())) })),
    countries: new Set(input.countries ?? []),
    topics: input.topics ?? [],
    index: input.index ?? 0,
    story: input.story ?? "sty-test",
    storySize: input.storySize ?? 5,
  };
}

/** The figure `text` where it stands in `content`, as the quantity reader would give it. */
export function figure(content: string, text: string, q: Partial<Quantity> & Pick<Quantity, "low" | "high">): Quantity {
  const start = content.indexOf(text);
  if (start < 0) throw new Error(`relclaim: "${text}" is not in "${content}"`);
  return { text, start, end: start + text.length, qualifier: "exact", measure: null, owner: null, unit: null, ...q };
}

/** Figures (text → interval) placed in `content` and framed by the real frame reader, as extraction frames them. */
export function framedFigures(content: string, figs: Array<[string, Partial<Quantity> & Pick<Quantity, "low" | "high">]>): Quantity[] {
  return figs.map(([text, q]) => {
    const fig = figure(content, text, q);
    return { ...fig, frame: frameOf(content, { start: 0, end: content.length }, fig) };
  });
}

export type Verdict = { type: string; kind: string; confidence: number; detector: string } | null;

/** What one family finds about (a, b), asked as the registry asks it (both ways unless symmetric). */
export function verdict(family: RuleFamily, a: RelClaim, b: RelClaim, options: Partial<RelationOptions> = {}, judge?: PairJudge): Verdict {
  const ctx = ruleContext(family, { ...DEFAULT_RELATION_OPTIONS, ...options }, judge);
  const f = findingsOf(family, a, b, ctx)[0];
  return f ? { type: f.type, kind: f.kind, confidence: f.confidence, detector: f.detector } : null;
}

/** One row of a rule family's table: a pair and what the family should find (null: nothing). */
export interface RuleRow {
  name: string;
  a: RelClaim;
  b: RelClaim;
  expected: Verdict;
  options?: Partial<RelationOptions>;
}
