/*
 * CONTRADICTS and SUPPORTS between claims. Candidate pairs come from blocking (shared entities and
 * measured-thing keys, with a cap on any one block), never from all pairs, so cost grows about
 * linearly with the corpus. Each rule returns a relation with a kind, a confidence, one readable
 * reason and the quotes it rests on; the strongest finding for a pair wins.
 */

import crypto from "node:crypto";
import type { Claim, Quantity, Relation } from "../../../../graph-schema";
import { STOPWORDS } from "../resources/lexicon";
import { OPPOSITE, type StateFeature } from "../claims/states";
import { EVENT_MEASURES, isMeasureWord, measureGroupOf, wordBeforeFigure } from "../claims/quantities";
import { UNKNOWN_OUTLET } from "../documents/parse";
import { hasRefuteWord } from "../judge/features";
import { numericFrame } from "./rules/numeric-frame";

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
  countries: Set<string>;
  /** Entities the claim's document is about (headline, lead, repeated); context for claims that name none. */
  topics: string[];
  /** Position of the claim in its document, for discourse rules ("Ukraine counters that…"). */
  index: number;
  /** The story the claim's document belongs to (relations/stories.ts); claims are compared within it. */
  story: string;
}

/** The learned judge as the rules see it (server/src/nlp/judge): a label and a confidence for (a, b). */
export interface PairJudge {
  judge(a: string, b: string, mode: "sentence" | "article"): { label: string; confidence: number; probabilities: Partial<Record<string, number>> };
}

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
}

export const DEFAULT_RELATION_OPTIONS: RelationOptions = {
  maxBlockSize: 400,
  minConfidence: 0.5,
  echoSimilarity: 0.35,
  judgeConfidence: 0.85,
  judgeOverlap: 0.3,
  judgeNewsDispute: 0.15,
};

type Finding = Omit<Relation, "id" | "source" | "target" | "evidence" | "method"> & { evidence: Quantity[] | null };

/**
 * Verbatim repeats: claims whose content is the same word for word (case and punctuation aside) in
 * several documents — syndicated wire copy, re-quotes. Returns, for each repeat, the index of the
 * earliest claim it repeats (by publication date, then document id). Repeats are linked to that claim with one
 * echo each and take no further part in pairing: a story republished by 50 outlets makes 49 edges,
 * not 1,225, and the original's relations stand for all its copies.
 */
export function verbatimRepeats(claims: RelClaim[]): Map<number, number> {
  const groups = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const key = c.claim.content.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
    if (key.length < 12) return;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  const repeats = new Map<number, number>();
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const byAge = [...members].sort((x, y) => {
      const [a, b] = [claims[x]!, claims[y]!];
      // Earliest first; among equals, one document's claims all pick the same copy.
      return (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.claim.documentId.localeCompare(b.claim.documentId) || a.index - b.index;
    });
    const first = byAge[0]!;
    for (const m of byAge.slice(1)) if (claims[m]!.claim.documentId !== claims[first]!.claim.documentId) repeats.set(m, first);
  }
  return repeats;
}

export function detectRelations(
  claims: RelClaim[],
  options: RelationOptions = DEFAULT_RELATION_OPTIONS,
  judge?: PairJudge,
  repeats: Map<number, number> = verbatimRepeats(claims),
): Relation[] {
  const relations: Relation[] = [...repeats].map(([m, first]) => verbatimEcho(claims[m]!, claims[first]!));
  const blocks = new Map<string, number[]>();
  const add = (key: string, i: number) => {
    const list = blocks.get(key);
    if (list) list.push(i);
    else blocks.set(key, [i]);
  };
  claims.forEach((c, i) => {
    if (repeats.has(i)) return;
    for (const e of c.about) if (!c.countries.has(e)) add(`e:${e}`, i);
    for (const q of c.claim.quantities) if (q.measure) add(`m:${q.measure}`, i);
    // Within a story, figures meet by frame: a zero of casualties must meet deaths and injuries.
    for (const q of c.claim.quantities) {
      const m = q.frame?.measure;
      if (m) add(`f:${c.story}:${["deaths", "injuries", "casualties"].includes(m) ? "harm" : m}`, i);
    }
  });
  const seen = new Set<string>();
  /** Judges a pair once, whichever block or index brings it up first. */
  const consider = (a: RelClaim, b: RelClaim) => {
    const pairKey = a.claim.id < b.claim.id ? `${a.claim.id}|${b.claim.id}` : `${b.claim.id}|${a.claim.id}`;
    if (seen.has(pairKey)) return;
    seen.add(pairKey);
    const rel = judgePair(a, b, options, judge);
    if (rel) relations.push(rel);
  };
  for (const key of [...blocks.keys()].sort()) {
    const members = blocks.get(key)!;
    if (members.length > options.maxBlockSize) continue;
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) consider(claims[members[x]!]!, claims[members[y]!]!);
    }
  }
  // A denial is compared with every claim that states what it denies, whatever entities they
  // name: "X rejected claims that participants had been paid" answers "Y accused the bloc of
  // paying participants". Only the words of denied propositions are indexed, so this stays small.
  const denied = claims.map((c, i) => (c.denial && !repeats.has(i) ? i : -1)).filter((i) => i >= 0);
  if (denied.length > 0) {
    const wanted = new Set(denied.flatMap((i) => [...deniedWords(claims[i]!)]));
    const postings = new Map<string, Set<number>>();
    claims.forEach((c, i) => {
      if (repeats.has(i)) return;
      for (const w of claimPropositionWords(c)) if (wanted.has(w)) (postings.get(w) ?? postings.set(w, new Set()).get(w)!).add(i);
    });
    for (const i of denied) {
      const words = [...deniedWords(claims[i]!)];
      if (words.length < DENIED_MIN_WORDS) continue;
      const lists = words.map((w) => postings.get(w) ?? new Set<number>()).sort((x, y) => x.size - y.size);
      if (lists[0]!.size > options.maxBlockSize) continue;
      for (const j of lists[0]!) if (j !== i && lists.every((l) => l.has(j))) consider(claims[i]!, claims[j]!);
    }
  }
  relations.sort((p, q) => p.id.localeCompare(q.id));
  return relations;
}

const CLAUSAL_DENIAL = /\bthat$/i;

/** A denied proposition needs this many content words to be matched by words alone. */
const DENIED_MIN_WORDS = 2;

/** Common irregular past forms in news prose, to their base: "paid" meets "paying". */
const IRREGULAR: Record<string, string> = {
  paid: "pay", held: "hold", took: "take", taken: "take", made: "make", sold: "sell", bought: "buy", told: "tell", left: "leave",
  fled: "flee", shot: "shoot", struck: "strike", won: "win", lost: "lose", sent: "send", built: "build", fought: "fight",
  caught: "catch", brought: "bring", began: "begin", begun: "begin", stole: "steal", stolen: "steal", hid: "hide", hidden: "hide",
  spent: "spend", gave: "give", given: "give", kept: "keep", met: "meet", ran: "run", led: "lead", beaten: "beat", broke: "break",
  broken: "break", chose: "choose", chosen: "choose", drove: "drive", driven: "drive", fell: "fall", fallen: "fall", knew: "know",
  known: "know", sank: "sink", sunk: "sink", threw: "throw", thrown: "throw", wrote: "write", written: "write", bribed: "bribe",
};

/** Content words as crude stems that meet across inflections: "paying" → "pay", "paid" → "pay", "participants" → "participant". */
function propositionWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (raw.length < 3 || STOPWORDS.has(raw) || NOT_PROPOSITION.has(raw)) continue;
    out.add(IRREGULAR[raw] ?? raw.replace(/(?:ing|ed|es|s)$/, "").replace(/(.)\1$/, "$1"));
  }
  return out;
}

function claimPropositionWords(c: RelClaim): Set<string> {
  return memo(PROPOSITIONS, c, () => propositionWords(c.claim.content));
}

/** Quantifiers, auxiliaries and vague nouns that say nothing about which proposition is meant. */
const NOT_PROPOSITION = new Set(["anyone", "anybody", "anything", "someone", "somebody", "something", "any", "all", "been", "being", "had", "has", "have", "was", "were", "claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "suggestions", "rumours", "rumors", "lie", "lies", "false", "fake", "calling", "saying", "insisting"]);

/** The words of what a denial denies: its content up to the first aside (", calling it a lie"). */
function deniedWords(c: RelClaim): Set<string> {
  return memo(DENIED, c, () => {
    const aside = /,\s*(?:calling|saying|insisting|adding|stressing|noting|arguing|describing|which|who|as|while|amid|although|though)\b|;|\s[-–—]\s/i.exec(c.claim.content);
    return propositionWords(aside ? c.claim.content.slice(0, aside.index) : c.claim.content);
  });
}

/**
 * "X rejected claims that P" against a claim of another speaker that states P in other words:
 * every content word of P is in it. The claim must not deny or negate P itself.
 */
function deniedProposition(a: RelClaim, b: RelClaim): (Finding & { type: Relation["type"] }) | null {
  if (!a.denial || b.denial) return null;
  if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
  if (a.claim.documentId === b.claim.documentId && a.claim.speakerText === b.claim.speakerText) return null;
  if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
  // A denial of a proposition ("denied that P", "rejected claims that P"), not of a thing
  // ("denies any health problems", "disputed the report"), and two claims of one story.
  if (!CLAUSAL_DENIAL.test(a.claim.verb ?? "")) return null;
  if (sharedSpecific(a, b).length === 0 && !a.topics.some((t) => b.topics.includes(t))) return null;
  const words = deniedWords(a);
  if (words.size < DENIED_MIN_WORDS) return null;
  const wb = claimPropositionWords(b);
  const shared = [...words].filter((w) => wb.has(w));
  if (shared.length < DENIED_MIN_WORDS || shared.length < 0.75 * words.size) return null;
  // The other claim must assert P: no negation up to where it states P (an aside after may have one).
  const lower = b.claim.content.toLowerCase();
  const reach = Math.max(...shared.map((w) => lower.lastIndexOf(w))) + 12;
  if (/\b(?:not|no|never|nobody|none|without)\b|n['’]t\b/i.test(b.claim.content.slice(0, reach))) return null;
  const content = a.claim.content.split(/;/)[0]!.trim();
  return {
    type: "CONTRADICTS",
    kind: "denial",
    confidence: 0.7,
    reason: `${who(a)} rejects what ${who(b)} asserts: “${b.claim.content}” vs “${a.claim.verb ?? "denied"} ${content}”.`,
    detector: "denial-proposition",
    evidence: null,
  };
}

function verbatimEcho(copy: RelClaim, original: RelClaim): Relation {
  const id = `rel-${crypto.createHash("sha256").update(`SUPPORTS|${copy.claim.id}|${original.claim.id}`).digest("hex").slice(0, 16)}`;
  return {
    id,
    type: "SUPPORTS",
    source: copy.claim.id,
    target: original.claim.id,
    kind: "echo",
    confidence: 0.95,
    reason: `${who(copy)} repeats ${who(original)} word for word.`,
    method: "rule",
    detector: "echo-verbatim",
    evidence: [evidenceOf(copy), evidenceOf(original)],
  };
}

function judgePair(a: RelClaim, b: RelClaim, options: RelationOptions, judge?: PairJudge): Relation | null {
  if (a.claim.documentId === b.claim.documentId && a.claim.speakerId === b.claim.speakerId) return null;
  const findings = [counterClaim(a, b), counterClaim(b, a), numericFrame(a, b), opposite(a, b), deniedProposition(a, b), deniedProposition(b, a), echo(a, b, options)].filter(
    (f): f is Finding & { type: Relation["type"] } => f !== null,
  );
  findings.sort((p, q) => (p.type === q.type ? 0 : p.type === "CONTRADICTS" ? -1 : 1) || q.confidence - p.confidence);
  let best = findings[0];
  let method: Relation["method"] = "rule";
  if ((!best || best.confidence < options.minConfidence) && judge) {
    const judged = judged2(a, b, options, judge);
    if (judged) {
      best = judged;
      method = "judge";
    }
  }
  if (!best || best.confidence < options.minConfidence) return null;
  // Edges point from the later claim to the earlier one it answers or repeats.
  const [src, dst] = order(a, b);
  const id = `rel-${crypto.createHash("sha256").update(`${best.type}|${src.claim.id}|${dst.claim.id}`).digest("hex").slice(0, 16)}`;
  return {
    id,
    type: best.type,
    source: src.claim.id,
    target: dst.claim.id,
    kind: best.kind,
    confidence: round(best.confidence),
    reason: best.reason,
    method,
    detector: best.detector,
    evidence: [evidenceOf(src), evidenceOf(dst)],
  };
}

/**
 * The learned judge on a pair no rule decided: two claims from different outlets about one specific
 * entity, with enough words in common to be about the same proposition. The sentence model (SICK)
 * is asked both ways round and must agree with itself. Because it learned on image captions, where
 * a negation nearly always means a contradiction, the article model (FNC-1, news) holds a veto: for
 * a CONTRADICTS it must not read either claim as asserting the other and must give a dispute some
 * probability both ways (on FNC-1 bodies, negated paraphrases got under 0.06), and for a SUPPORTS it
 * must read both as asserting each other. The gate is strict on purpose: on FNC-1's 1,668 bodies a
 * looser one found two true contradictions and four false ones. A contradiction also needs the engine's own polarity of the two
 * claims to differ. The weakest of the agreeing confidences is the edge's.
 */
const JUDGE_MIN_WORDS = 4;

function judged2(a: RelClaim, b: RelClaim, options: RelationOptions, judge: PairJudge): (Finding & { type: Relation["type"] }) | null {
  if (a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet) || sharedSpecific(a, b).length === 0) return null;
  const wa = claimWords(a);
  const wb = claimWords(b);
  // Fragments ("via Twitter") are not propositions a reader could weigh.
  if (wa.size < JUDGE_MIN_WORDS || wb.size < JUDGE_MIN_WORDS) return null;
  const inter = [...wa].filter((w) => wb.has(w)).length;
  if (inter / Math.max(1, wa.size + wb.size - inter) < options.judgeOverlap) return null;
  const ab = judge.judge(a.claim.content, b.claim.content, "sentence");
  if (ab.label !== "contradicts" && ab.label !== "supports") return null;
  const contradicts = ab.label === "contradicts";
  if (contradicts && a.claim.polarity === b.claim.polarity) return null;
  const ba = judge.judge(b.claim.content, a.claim.content, "sentence");
  if (ba.label !== ab.label) return null;
  const newsAb = judge.judge(a.claim.content, b.claim.content, "article");
  const newsBa = judge.judge(b.claim.content, a.claim.content, "article");
  if (contradicts && (newsAb.label === "supports" || newsBa.label === "supports")) return null;
  if (contradicts && Math.min(newsAb.probabilities.contradicts ?? 0, newsBa.probabilities.contradicts ?? 0) < options.judgeNewsDispute) return null;
  if (!contradicts && (newsAb.label !== "supports" || newsBa.label !== "supports")) return null;
  const confidence = Math.min(ab.confidence, ba.confidence);
  if (confidence < options.judgeConfidence) return null;
  return {
    type: contradicts ? "CONTRADICTS" : "SUPPORTS",
    kind: "inference",
    confidence,
    reason: contradicts
      ? `The relation judge reads ${who(a)} and ${who(b)} as contradicting each other, both ways round (${Math.round(confidence * 100)}%); no rule decided this pair.`
      : `The relation judge reads ${who(a)} and ${who(b)} as asserting the same thing, each entailing the other (${Math.round(confidence * 100)}%).`,
    detector: "judge-sentence@1",
    evidence: null,
  };
}

function order(a: RelClaim, b: RelClaim): [RelClaim, RelClaim] {
  const da = a.published ?? "";
  const db = b.published ?? "";
  if (da !== db) return da > db ? [a, b] : [b, a];
  if (a.claim.documentId === b.claim.documentId) return a.index > b.index ? [a, b] : [b, a];
  return a.claim.id > b.claim.id ? [a, b] : [b, a];
}

function evidenceOf(c: RelClaim) {
  const { claim } = c;
  return { claimId: claim.id, quote: claim.text, start: claim.start, end: claim.end };
}

/** Whether two claims are known to come from one outlet (two unnamed outlets are not known to be one). */
export function sameOutlet(a: string, b: string): boolean {
  return a === b && a !== UNKNOWN_OUTLET;
}

function who(c: RelClaim): string {
  return c.claim.speakerText ? `${c.claim.speakerText} (${c.outlet})` : c.outlet;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

const fmt = (n: number | null) => (n === null ? "∞" : n.toLocaleString("en-US"));
function interval(q: Quantity): string {
  return `“${q.text}” [${fmt(q.low)}, ${fmt(q.high)}]`;
}

function overlaps(p: Quantity, q: Quantity): boolean {
  const pl = p.low ?? 0;
  const ql = q.low ?? 0;
  const ph = p.high ?? Number.POSITIVE_INFINITY;
  const qh = q.high ?? Number.POSITIVE_INFINITY;
  return pl <= qh && ql <= ph;
}

/** Same measured thing: same measure group, same owner, same unit, and a shared non-country entity or same document topic. */
function sameMeasured(p: Quantity, q: Quantity): boolean {
  return p.measure !== null && p.measure === q.measure && p.owner === q.owner && (p.unit ?? "") === (q.unit ?? "");
}

/** Entities a claim is about other than countries, which are too broad to tie two claims together. */
function specificEntities(c: RelClaim): string[] {
  return c.about.filter((e) => !c.countries.has(e));
}

function sharedSpecific(a: RelClaim, b: RelClaim): string[] {
  const bs = new Set(specificEntities(b));
  return specificEntities(a).filter((e) => bs.has(e));
}

/**
 * Whether two claims are about the same thing: a shared specific entity, or, when at most one of
 * them names any, a shared document topic (weaker: lowers confidence).
 */
function sameContext(a: RelClaim, b: RelClaim): "entity" | "topic" | null {
  if (sharedSpecific(a, b).length > 0) return "entity";
  const [sa, sb] = [specificEntities(a), specificEntities(b)];
  if (sa.length > 0 && sb.length > 0) return null;
  // The claim that names something must name what the other's article is about.
  if (!sa.every((e) => b.topics.includes(e)) || !sb.every((e) => a.topics.includes(e))) return null;
  return sharedTopic(a, b) ? "topic" : null;
}

/**
 * The words around a figure that say what happened to the thing counted ("went missing",
 * "were seized", "deployed"), as crude stems. Two counts of students are comparable only when
 * they share one: 43 who went missing and 30 taken away in cars are different propositions.
 */
function predicateStems(c: Claim, q: Quantity): Set<string> {
  return memo(PREDICATES, q, () => computePredicateStems(c, q));
}

function computePredicateStems(c: Claim, q: Quantity): Set<string> {
  const rel = (x: number) => x - c.start;
  const before = c.text.slice(Math.max(0, rel(q.start) - 60), rel(q.start)).split(/[^\p{L}]+/u).filter(Boolean).slice(-4);
  const after = c.text.slice(rel(q.end), rel(q.end) + 80).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 6);
  const out = new Set<string>();
  for (const w of [...before, ...after]) {
    const lw = w.toLowerCase();
    if (lw.length < 3 || STOPWORDS.has(lw) || isMeasureWord(lw) || /^\p{Lu}/u.test(w)) continue;
    out.add(lw.slice(0, 5));
  }
  return out;
}

/**
 * The noun counted by a figure: "2,000 civilians" → "civilian"; "107 Boko Haram militants" →
 * "militant" (a name modifying a noun); "40,000 Yazidis who fled" → "yazidi" (the name is the noun).
 */
function countedNoun(c: Claim, q: Quantity): string | null {
  return memo(COUNTED, q, () => computeCountedNoun(c, q));
}

function computeCountedNoun(c: Claim, q: Quantity): string | null {
  const words = c.text.slice(q.end - c.start, q.end - c.start + 60).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 5);
  let i = 0;
  while (i < words.length && /^(more|other|additional|new|suspected|alleged|armed|unarmed|innocent)$/i.test(words[i]!)) i += 1;
  const capStart = i;
  while (i < words.length && /^\p{Lu}/u.test(words[i]!)) i += 1;
  const next = words[i]?.toLowerCase();
  const singular = (w: string) => w.toLowerCase().replace(/s$/, "");
  if (next && !STOPWORDS.has(next) && !(i > capStart && measureGroupOf(next) !== null && EVENT_MEASURES.has(measureGroupOf(next)!))) return singular(next);
  return i > capStart ? singular(words[i - 1]!) : null;
}

function sharedTopic(a: RelClaim, b: RelClaim): boolean {
  const tb = new Set(b.topics);
  return a.topics.some((t) => tb.has(t));
}

/** Words around a share that do not say what it is a share of. */
const PERCENT_GENERIC = new Set(["percent", "cent", "figure", "official", "about", "around", "nearly", "almost", "more", "less", "than", "least", "just", "only", "some", "roughly", "reached", "stood", "put", "said", "says"]);

/** The words a share stands among: five before it, four after ("won 54 percent of the vote"). */
function percentWindow(c: Claim, q: Quantity): Set<string> {
  return memo(PERCENT_WINDOWS, q, () => {
    const rel = (x: number) => x - c.start;
    const before = c.text.slice(Math.max(0, rel(q.start) - 60), rel(q.start)).split(/[^\p{L}]+/u).filter(Boolean).slice(-5);
    const after = c.text.slice(rel(q.end), rel(q.end) + 50).split(/[^\p{L}]+/u).filter(Boolean).slice(0, 4);
    return new Set([...before, ...after].map((w) => w.toLowerCase()).filter((w) => w.length >= 4 && !STOPWORDS.has(w) && !PERCENT_GENERIC.has(w)));
  });
}

/** How many words of what they measure ("turnout", "national unity") stand by both shares. */
function sharePercentOf(a: Claim, p: Quantity, b: Claim, q: Quantity): number {
  const wb = percentWindow(b, q);
  let n = 0;
  for (const w of percentWindow(a, p)) if (wb.has(w)) n += 1;
  return n;
}

/** A change, not a level: "rose 5 percent", "up by 3%", "a 10 percent drop", "AMZN -1.98%". */
function isChange(c: Claim, q: Quantity): boolean {
  const before = c.text.slice(Math.max(0, q.start - c.start - 30), q.start - c.start);
  const after = c.text.slice(q.end - c.start, q.end - c.start + 25);
  return (
    /[-+−]\s*$/.test(before) ||
    /\b(?:by|up|down|rose|rise|rises|fell|falls|increased|decreased|grew|dropped|gained|lost|jumped|slipped|climbed|cut|raised|lowered|plunged|soared)\s+$/i.test(before) ||
    /^\s*(?:percent|per cent|%)?\s*(?:increase|rise|drop|decline|growth|fall|cut|jump|gain|loss|hike|reduction)\b/i.test(after)
  );
}

/** Generic nouns that any more specific count can be read as. */
const GENERIC_COUNTED = new Set(["people", "person", "peopl", "total", "figure", "number"]);

/** Killed and wounded are both casualties, but a count of one does not contradict a count of the other. */
const DEAD = /\b(?:dead|deaths?|killed|died|fatalities|lives|bodies)\b/i;
const HURT = /\b(?:injured|wounded|hurt)\b/i;
function harmKind(c: Claim, q: Quantity): "dead" | "hurt" | "either" {
  // The first harm word after the figure decides: "12,282 people killed and 23,126 wounded".
  const near = c.text.slice(q.end - c.start, q.end - c.start + 30);
  const dead = DEAD.exec(near)?.index ?? Infinity;
  const hurt = HURT.exec(near)?.index ?? Infinity;
  if (/^\s*dead\s+(?:and|or)\s+(?:injured|wounded)/i.test(near)) return "either";
  if (dead !== hurt) return dead < hurt ? "dead" : "hurt";
  // No harm word after the figure: the verb before it ("has killed around 100,000 people").
  const verb = wordBeforeFigure(c.text.slice(0, q.start - c.start)) ?? "";
  return DEAD.test(verb) ? "dead" : HURT.test(verb) ? "hurt" : "either";
}

/**
 * A figure that is part of another or added to it: "30 people, including 22 police", "14 more
 * officers were arrested", "among them two journalists". Not a total that another total can contradict.
 */
function isPartial(c: Claim, q: Quantity): boolean {
  return memo(PARTIALS, q, () => {
    const before = c.text.slice(Math.max(0, q.start - c.start - 25), q.start - c.start);
    const after = c.text.slice(q.end - c.start, q.end - c.start + 25);
    return /\b(?:including|among|among\s+them|among\s+whom|of\s+whom|of\s+them|another|a\s+further|an\s+additional|adding\s+to(?:\s+the)?|on\s+top\s+of(?:\s+the)?|in\s+addition\s+to(?:\s+the)?)\s+$/i.test(before) || /^\s+(?:more|additional|further|other|new)\b/i.test(after) || /^\s+of\s+(?:them|whom|those)\b/i.test(after);
  });
}

/**
 * The period a figure covers, when its own clause names one: "killed 13,000 in the years since
 * 2009", "2,000 killed this year", "$15 a month". The period closest to the figure wins.
 */
const PERIOD = /\b(?:[Ss]ince\s+(?:\d{4}|\p{Lu}\p{Ll}+|the\s+\p{L}+)|(?:this|last|next)\s+(?:year|month|week|decade|spring|summer|autumn|fall|winter)|in\s+the\s+(?:past|last)\s+(?:\p{L}+\s+)?(?:years?|months?|weeks?|days?|decades?)|(?:a|per)\s+(?:year|month|week|day))\b/gu;
function periodOf(c: Claim, q: Quantity): string | null {
  return memo(PERIODS, q, () => {
    const from = Math.max(0, q.start - c.start - 40);
    const window = c.text.slice(from, q.end - c.start + 60);
    const at = q.start - c.start - from;
    const end = q.end - c.start - from;
    let best: { text: string; d: number } | null = null;
    for (const m of window.matchAll(PERIOD)) {
      // After the figure first ("2,000 killed this year"), then before it ("since 2009, 13,000").
      const d = m.index! >= end ? m.index! - end : 1000 + at - (m.index! + m[0].length);
      if (!best || d < best.d) best = { text: m[0].toLowerCase().replace(/\s+/g, " ").replace(/^a /, "per ").replace(/^since the .*/, "since"), d };
    }
    return best?.text ?? null;
  });
}

/** Both figures name the period they cover, and the periods differ: two measurements. */
function periodsDiffer(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity): boolean {
  const x = periodOf(a.claim, p);
  const y = periodOf(b.claim, q);
  return x !== null && y !== null && x !== y;
}

/** Content words two claims share beyond figures, measure and event words: what a weak (topic-only) comparison rests on. */
function sharesProposition(a: RelClaim, b: RelClaim): boolean {
  const wb = claimWords(b);
  for (const w of claimWords(a)) if (wb.has(w) && !/^\d/.test(w) && !GENERIC_COUNTED.has(w) && ![w, `${w}s`, `${w}ed`, `${w}d`].some(isMeasureWord)) return true;
  return false;
}

/** A figure's best single value: the bound of an open interval, else the middle. */
function typical(q: Quantity): number {
  if (q.high === null) return q.low ?? 0;
  if (q.qualifier === "up to" || q.qualifier === "under") return q.high;
  return ((q.low ?? 0) + q.high) / 2;
}

/** The typical values of two figures, smaller first. */
function sizes(p: Quantity, q: Quantity): [number, number] {
  const [x, y] = [typical(p), typical(q)];
  return x <= y ? [x, y] : [y, x];
}

/** Two figures of about one size: their typical values within a factor of 1.5. */
function sameSize(p: Quantity, q: Quantity): boolean {
  const [x, y] = sizes(p, q);
  return x === y || (x > 0 && y / x <= 1.5);
}

/** Typical values at least three times apart (a zero is not: "no one was hurt" may be another event's). */
function farApart(p: Quantity, q: Quantity): boolean {
  const [x, y] = sizes(p, q);
  return x > 0 && y / x >= 3;
}

/** A figure that caps the count: "fewer than", "up to", none at all ("nearly 40,000" is a size, not a cap). */
function ceiling(x: Quantity): boolean {
  return (x.qualifier === "under" && !/\b(?:nearly|almost|just)\b/i.test(x.text)) || x.qualifier === "up to" || (x.low === 0 && x.high === 0);
}

/** One figure a floor ("more than", "at least"), the other a ceiling. */
function opposingBounds(p: Quantity, q: Quantity): boolean {
  const floor = (x: Quantity) => x.qualifier === "over" || x.qualifier === "at least";
  return (floor(p) && ceiling(q)) || (ceiling(p) && floor(q));
}

/** A figure written in words: "eleven", "tens of thousands" (a zero count is read from words too, but is no number word). */
function inWords(q: Quantity): boolean {
  return !/\d/.test(q.text) && !(q.low === 0 && q.high === 0);
}

/** An order of magnitude in words: "thousands", "dozens", "tens of thousands". */
function isMagnitude(q: Quantity): boolean {
  return inWords(q) && q.qualifier === "range";
}

function sameCounted(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity): boolean {
  const na = countedNoun(a.claim, p);
  const nb = countedNoun(b.claim, q);
  const generic = (n: string) => GENERIC_COUNTED.has(n) || [n, `${n}s`].some((w) => EVENT_MEASURES.has(measureGroupOf(w) ?? ""));
  if (na && nb && na !== nb && !generic(na) && !generic(nb)) return false;
  if (p.measure === "casualties") {
    const ka = harmKind(a.claim, p);
    const kb = harmKind(b.claim, q);
    if (ka !== "either" && kb !== "either" && ka !== kb) return false;
  }
  return true;
}

/** Counts that name their event need no more; others need two shared words of what happened. */
function samePredicate(a: RelClaim, p: Quantity, b: RelClaim, q: Quantity): boolean {
  if (p.measure !== null && EVENT_MEASURES.has(p.measure)) return true;
  const own = new Set([countedNoun(a.claim, p), countedNoun(b.claim, q)].filter((n): n is string => n !== null).map((n) => n.slice(0, 5)));
  const sp = predicateStems(a.claim, p);
  let shared = 0;
  for (const w of predicateStems(b.claim, q)) if (sp.has(w) && !own.has(w)) shared += 1;
  return shared >= 2;
}

/** Future, conditional and forecast wording: "will sell", "could reach", "is expected to", "forecast". */
const FORECAST = /\b(?:will|would|could|might|may|shall|expects?|expected|forecasts?|forecasted|predicts?|predicted|projects?|projected|estimates?|likely|anticipates?|anticipated|if|targets?)\b/i;

/** Each claim names something specific the other does not: two events, not one ("9 killed in X" vs "2,753 died in Y"). */
function distinctEvents(a: RelClaim, b: RelClaim): boolean {
  const sa = new Set(specificEntities(a));
  const sb = new Set(specificEntities(b));
  return [...sa].some((e) => !sb.has(e)) && [...sb].some((e) => !sa.has(e));
}

/** Both claims date what they say, and the dates are a month or more apart (or name different years). */
function differentTimes(a: RelClaim, b: RelClaim): boolean {
  const ta = a.claim.time?.date ?? null;
  const tb = b.claim.time?.date ?? null;
  if (ta !== null && tb !== null && monthsBetween(ta, tb) >= 1) return true;
  const years = (c: RelClaim) => new Set(c.claim.text.match(/\b(?:19|20)\d{2}\b/g) ?? []);
  const ya = years(a);
  const yb = years(b);
  return ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y));
}

function sameSpecificEntities(a: RelClaim, b: RelClaim): boolean {
  const sa = specificEntities(a);
  const sb = specificEntities(b);
  return sa.length > 0 && sa.length === sb.length && sa.every((e) => sb.includes(e));
}

export function numeric(a: RelClaim, b: RelClaim): (Finding & { type: Relation["type"] }) | null {
  if (a.claim.documentId === b.claim.documentId) return null;
  // Shares of one thing ("turnout") in two stories on one topic are comparable even when the claims
  // name different actors; the words by the figures decide (sharePercentOf).
  const context = sameContext(a, b) ?? (a.claim.quantities.some((p) => p.measure === "percent") && sharedTopic(a, b) ? "topic" : null);
  if (context === null) return null;
  const weak = context === "topic" ? 0.1 : 0;
  const forecast = isForecast(a) || isForecast(b);
  for (const p of a.claim.quantities) {
    for (const q of b.claim.quantities) {
      if (!sameMeasured(p, q) || p.measure === "years" || p.measure === "days") continue;
      // A share is comparable only with a share of the same thing ("turnout reached 71 percent",
      // "put turnout at about 48 percent"); a change ("rose 5 percent") is not a level.
      const percent = p.measure === "percent";
      const ofSame = percent ? sharePercentOf(a.claim, p, b.claim, q) : 0;
      if (percent && (isChange(a.claim, p) || isChange(b.claim, q) || ofSame === 0)) continue;
      // A distance belongs to a pair of places: "X is 250 miles from Y" and "Z is 80 miles from Y" share Y only.
      if (p.measure === "distance" && !sameSpecificEntities(a, b)) continue;
      // A shared topic is weak context: enough only for counts that name their event.
      if (context === "topic" && !percent && !(p.measure !== null && EVENT_MEASURES.has(p.measure))) continue;
      if (!percent && (!samePredicate(a, p, b, q) || !sameCounted(a, p, b, q))) continue;
      // A part ("including 22 police") or an increment ("14 more") is not a total.
      if (isPartial(a.claim, p) || isPartial(b.claim, q)) continue;
      // Figures in words are read (the UI shows them) but compared warily. An order of magnitude
      // ("thousands", "dozens") supports nothing and contradicts only a ceiling ("tens of
      // thousands" against "fewer than 5,000"). A spelled-out count ("eight soldiers", "six people")
      // names an incident's toll far more often than a total another outlet disputes, so it may
      // support a figure but never contradicts one.
      const vague = isMagnitude(p) || isMagnitude(q);
      const spelled = inWords(p) || inWords(q);
      if (overlaps(p, q)) {
        if (vague) continue;
        if (p.qualifier === "exact" && q.qualifier === "exact" && p.low !== q.low) continue;
        // "At least 10" overlaps "13,000" but does not confirm it: support needs figures of one size,
        // over one period, and (without a shared entity) a shared word of what happened.
        const sameFigure = p.low === q.low && p.high === q.high;
        if (!sameSize(p, q) || periodsDiffer(a, p, b, q) || (context === "topic" && !sharesProposition(a, b) && !sameFigure)) continue;
        return {
          type: "SUPPORTS",
          kind: "numeric",
          confidence: round(0.6 - weak),
          reason: `Compatible figures for ${p.owner ? `${p.owner}'s ` : ""}${p.measure}: ${interval(p)} from ${who(a)} and ${interval(q)} from ${who(b)}.`,
          detector: "numeric-interval",
          evidence: [p, q],
        };
      }
      const [later, earlier, lq, eq] = (a.published ?? "") >= (b.published ?? "") ? [a, b, p, q] : [b, a, q, p];
      const monthsApart = monthsBetween(earlier.published, later.published);
      if (monthsApart >= 1 && (lq.low ?? 0) > (eq.high ?? Number.POSITIVE_INFINITY)) {
        return {
          type: "SUPPORTS",
          kind: "superseded",
          confidence: 0.55,
          reason: `Later figure for ${p.measure}: ${interval(lq)} (${later.published}) updates ${interval(eq)} (${earlier.published}); different periods, not a conflict.`,
          detector: "numeric-interval",
          evidence: [lq, eq],
        };
      }
      // Two forecasts that differ are two opinions about the future, not a factual conflict; two
      // events or two dated periods are two measurements.
      if (forecast || distinctEvents(a, b) || differentTimes(a, b) || periodsDiffer(a, p, b, q)) continue;
      if (vague ? !(isMagnitude(p) ? ceiling(q) : ceiling(p)) : spelled) continue;
      // Two articles on one topic count many things (all arrests, the officers among them): without
      // a shared entity the claims must also share a word of what they say ("police", "rally"),
      // unless the figures are a dispute about size whatever else is said: bounds that point apart
      // ("fewer than 5,000" against "more than 40,000") or values three times apart.
      if (context === "topic" && !sharesProposition(a, b) && !opposingBounds(p, q) && !farApart(p, q)) continue;
      // Two shares that differ are often two measurements (another region, hour or panel): a
      // dispute needs two words of what is measured and values a quarter or more apart.
      if (percent) {
        const [x, y] = sizes(p, q);
        if (ofSame < 2 || y < 1.25 * x) continue;
      }
      return {
        type: "CONTRADICTS",
        kind: "numeric",
        confidence: round((p.qualifier === "exact" || q.qualifier === "exact" ? 0.7 : 0.8) - weak),
        reason: `Incompatible figures for ${p.owner ? `${p.owner}'s ` : ""}${p.measure}: ${who(a)} says ${interval(p)}, ${who(b)} says ${interval(q)}; the intervals do not overlap.`,
        detector: "numeric-interval",
        evidence: [p, q],
      };
    }
  }
  return null;
}

function monthsBetween(x: string | null, y: string | null): number {
  if (!x || !y) return 0;
  const mx = Number(x.slice(0, 4)) * 12 + (x.length >= 7 ? Number(x.slice(5, 7)) : 6);
  const my = Number(y.slice(0, 4)) * 12 + (y.length >= 7 ? Number(y.slice(5, 7)) : 6);
  return Math.abs(my - mx);
}

/**
 * "Ukraine counters that P" answers the nearest earlier claim of another speaker in the same
 * document that shares a measured thing or an entity with it.
 */
function counterClaim(a: RelClaim, b: RelClaim): (Finding & { type: Relation["type"] }) | null {
  if (!a.counter || a.claim.documentId !== b.claim.documentId) return null;
  if (b.index >= a.index || a.index - b.index > 3 || b.claim.speakerId === a.claim.speakerId || b.claim.speakerId === null) return null;
  const measures = new Set(a.claim.quantities.map((q) => q.measure).filter(Boolean));
  const sharedMeasure = b.claim.quantities.find((q) => q.measure !== null && measures.has(q.measure));
  if (!sharedMeasure && sharedSpecific(a, b).length === 0) return null;
  return {
    type: "CONTRADICTS",
    kind: "counter",
    confidence: sharedMeasure ? 0.8 : 0.65,
    reason: `${a.claim.speakerText ?? a.outlet} ${a.claim.verb ?? "counters"} ${b.claim.speakerText ?? b.outlet}${sharedMeasure ? ` on ${sharedMeasure.measure}` : ""}: “${a.claim.content}” against “${b.claim.content}”.`,
    detector: "counter-claim",
    evidence: null,
  };
}

function effectiveStates(c: RelClaim): StateFeature[] {
  if (!c.denial) return c.states;
  // A denial negates what it rejects; a trailing "insisting/saying P" is asserted as it stands.
  const tail = /,\s*(?:insisting|saying|adding|stressing|noting|arguing)\b/i.exec(c.claim.content);
  // Subordinate clauses after the denied proposition (", as confusion continues") are not denied.
  const aside = /,\s*(?:as|while|which|who|whose|when|although|though|amid)\b|;/i.exec(c.claim.content);
  const asideAt = aside && (!tail || aside.index < tail.index) ? aside.index : Infinity;
  return c.states
    .filter((s) => s.at < asideAt)
    .map((s) => (tail && s.at > tail.index ? s : { ...s, cls: OPPOSITE[s.cls], negated: !s.negated }));
}

/** States hold at a time: claims published more than this many months apart are not compared. */
const STATE_WINDOW_MONTHS = 1;

function opposite(a: RelClaim, b: RelClaim): (Finding & { type: Relation["type"] }) | null {
  if (a.claim.speakerId !== null && a.claim.speakerId === b.claim.speakerId) return null;
  if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
  const shared = sharedSpecific(a, b);
  if (shared.length === 0) return null;
  const sa = effectiveStates(a);
  const sb = effectiveStates(b);
  const ca = new Set(sa.map((f) => f.cls));
  const cb = new Set(sb.map((f) => f.cls));
  for (const x of sa) {
    for (const y of sb) {
      if (OPPOSITE[x.cls] !== y.cls) continue;
      // A claim that says both tells a change or a clash ("closed down but reopened", "pushed back
      // by militants advancing"): neither state is its answer to the other claim.
      if (ca.has(y.cls) || cb.has(x.cls)) continue;
      // Both states must be said of a shared entity named near the cue, not somewhere in the sentence.
      if (!anchoredShared(a, x, b, y, shared)) continue;
      const denial = a.denial || b.denial;
      // "continued" and "ended" are too common to oppose without a denial or counter-claim.
      // Neither are evaluations ("achieved" vs "defeat"), which attach to anything in the sentence.
      if (["end", "ongoing", "success", "failure"].includes(x.cls) && !(denial || a.counter || b.counter)) continue;
      // Without a denial, the two cues must be about the same thing: a shared word next to each cue.
      if (!denial && !sharesCueContext(a.claim.content, x, b.claim.content, y)) continue;
      return {
        type: "CONTRADICTS",
        kind: denial ? "denial" : "opposite",
        confidence: denial ? 0.75 : 0.6,
        reason: denial
          ? `${who(a.denial ? a : b)} rejects what ${who(a.denial ? b : a)} asserts: “${(a.denial ? b : a).claim.content}” vs “${(a.denial ? a : b).claim.content}”.`
          : `Opposite states: ${who(a)} says “${x.cue}”, ${who(b)} says “${y.cue}” about the same subject.`,
        detector: denial ? "denial-state" : "opposite-state",
        evidence: null,
      };
    }
  }
  return null;
}

/** Characters between an entity and a state cue for the state to count as said of it. */
const ANCHOR_DISTANCE = 80;

function anchoredShared(a: RelClaim, x: StateFeature, b: RelClaim, y: StateFeature, shared: string[]): boolean {
  const near = (c: RelClaim, f: StateFeature, id: string) => c.aboutAt.some((m) => m.id === id && Math.abs(m.at - f.at) <= ANCHOR_DISTANCE);
  return shared.some((id) => near(a, x, id) && near(b, y, id));
}

/** Common nouns right around a cue (four words before, three after): what the state is about. */
function cueWindow(content: string, f: StateFeature): Set<string> {
  return memo(CUE_WINDOWS, f, () => computeCueWindow(content, f));
}

function computeCueWindow(content: string, f: StateFeature): Set<string> {
  const before = content.slice(0, f.at).split(/\s+/).slice(-5).join(" ");
  const after = content.slice(f.at + f.cue.length).split(/\s+/).slice(0, 4).join(" ");
  const words = `${before} ${after}`.split(/[^\p{L}'’]+/u).filter((w) => /^\p{Ll}/u.test(w));
  return contentWords(words.join(" "));
}

function sharesCueContext(ca: string, x: StateFeature, cb: string, y: StateFeature): boolean {
  const wa = cueWindow(ca, x);
  const wb = cueWindow(cb, y);
  return [...wa].some((w) => wb.has(w));
}

/*
 * Per-claim memos. Pairs reuse each claim many times (every block it is in), so its word set, the
 * words around each figure and around each state cue are computed once. Keyed weakly on the claim's
 * own objects: nothing outlives the run, and the functions stay pure.
 */
const WORDS = new WeakMap<RelClaim, Set<string>>();
const PREDICATES = new WeakMap<Quantity, Set<string>>();
const COUNTED = new WeakMap<Quantity, string | null>();
const CUE_WINDOWS = new WeakMap<StateFeature, Set<string>>();
const FORECASTS = new WeakMap<RelClaim, boolean>();
const PARTIALS = new WeakMap<Quantity, boolean>();
const PERIODS = new WeakMap<Quantity, string | null>();
const PERCENT_WINDOWS = new WeakMap<Quantity, Set<string>>();
const PROPOSITIONS = new WeakMap<RelClaim, Set<string>>();
const DENIED = new WeakMap<RelClaim, Set<string>>();
const REFUTES = new WeakMap<RelClaim, boolean>();

function memo<K extends object, V>(map: WeakMap<K, V>, key: K, make: () => V): V {
  if (map.has(key)) return map.get(key)!;
  const v = make();
  map.set(key, v);
  return v;
}

function claimWords(c: RelClaim): Set<string> {
  return memo(WORDS, c, () => contentWords(c.claim.content));
}

function isForecast(c: RelClaim): boolean {
  return memo(FORECASTS, c, () => FORECAST.test(c.claim.content));
}

function contentWords(s: string): Set<string> {
  return new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !STOPWORDS.has(w))
      .map((w) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, "") : w)),
  );
}

/** Both claims give figures for a measure, and no pair of them agrees (overlapping and of one size). */
function figuresDisagree(a: RelClaim, b: RelClaim): boolean {
  let compared = false;
  for (const p of a.claim.quantities) {
    for (const q of b.claim.quantities) {
      if (p.measure === null || q.measure !== p.measure) continue;
      if (overlaps(p, q) && sameSize(p, q)) return false;
      compared = true;
    }
  }
  return compared;
}

function echo(a: RelClaim, b: RelClaim, options: RelationOptions): (Finding & { type: Relation["type"] }) | null {
  if (a.claim.documentId === b.claim.documentId || sameOutlet(a.outlet, b.outlet)) return null;
  if (sharedSpecific(a, b).length === 0 || a.claim.polarity !== b.claim.polarity) return null;
  // "Photos claiming that P are a hoax" shares P's words but does not repeat it.
  if (memo(REFUTES, a, () => hasRefuteWord(a.claim.content)) !== memo(REFUTES, b, () => hasRefuteWord(b.claim.content))) return null;
  if (monthsBetween(a.published, b.published) > STATE_WINDOW_MONTHS) return null;
  // The same words around different figures ("has killed 2,000 civilians this year" and "has
  // killed 13,000 civilians since 2011") are two reports, not one repeated.
  if (figuresDisagree(a, b)) return null;
  const wa = claimWords(a);
  const wb = claimWords(b);
  const inter = [...wa].filter((w) => wb.has(w)).length;
  // Jaccard over content words: one long claim cannot echo every short one it contains.
  const sim = inter / Math.max(1, wa.size + wb.size - inter);
  const sameState = effectiveStates(a).some((x) => effectiveStates(b).some((y) => x.cls === y.cls && (x.cls === "end" || x.cls === "failure" || x.cls === "success")));
  if (sim < options.echoSimilarity && !(sameState && inter >= 3)) return null;
  return {
    type: "SUPPORTS",
    kind: "echo",
    confidence: Math.min(0.9, 0.5 + sim * 0.6 + (sameState ? 0.1 : 0)),
    reason: `Same report from ${who(a)} and ${who(b)}: ${inter} content words shared (${Math.round(sim * 100)}%)${sameState ? ", same state asserted" : ""}.`,
    detector: "echo-overlap",
    evidence: null,
  };
}
