/*
 * The claim pipeline, pure: input files (bytes plus optional manifest metadata) in, a validated
 * ClaimGraph out. No file system, network or database here; the CLIs, the API and the Neo4j writer
 * are shells around this function. A bad file becomes a diagnostic and the rest still go through.
 */

import crypto from "node:crypto";
import type { Claim, ClaimGraph, Diagnostic, Document, Entity, Mention, Source, Story } from "../../../graph-schema";
import { ClaimGraphSchema } from "../../../graph-schema";
import { ClaimGraphError, isClaimGraphError } from "../errors";
import { type ClaimDraft, extractClaims, MAX_DOCUMENT_FIGURES } from "./claims/extract";
import { frameOf } from "./claims/frames";
import { MAX_FIGURES_PER_SPAN } from "./claims/quantities";
import { parseInputFile, type InputFile } from "./documents/parse";
import { mentionNorm, nameContributions, resolveNames, slug, type DocumentNames, type MentionInput, type NameContribution } from "./entities/resolve";
import { resolvePipelineOptions, type PipelineOverrides } from "./options";
import { detectRelations, verbatimRepeats, type RelClaim } from "./relations/detect";
import { documentStances, type StanceJudge } from "./relations/stances";
import { SMALL_STORY_DOCS } from "./relations/context";
import { buildStoryIndex, planStoryAppend, type StoryAppendPlan, type StoryIndex } from "./relations/story-index";
import { DEFAULT_STORY_OPTIONS, groupStories, type StoryDoc, type StoryGroup } from "./relations/stories";
import { deniesProposition } from "./relations/rules/denial-story";
import { STOPWORDS } from "./resources/lexicon";
import { findMentions, lowercaseVocabulary, nestedPlaces, type MentionCandidate } from "./text/mentions";
import { MAX_SENTENCE_CHARS, splitSentences, type Span } from "./text/sentences";

export type { InputFile } from "./documents/parse";

export interface DocWork {
  doc: Document;
  sentences: Span[];
  mentions: MentionCandidate[];
  drafts: ClaimDraft[];
  /** What each draft's claim says that its document alone decides, by draft index (draftFacts). */
  facts: DraftFacts[];
}

/** The parts of a claim that depend on its document alone, read with the other per-document stages. */
export interface DraftFacts {
  /** The draft's figures with their frames (a denied proposition's figures negated). */
  quantities: Claim["quantities"];
  /** A denial of a proposition, not the rejection of a thing ("rejected the offer"). */
  denial: boolean;
}

/**
 * Frames and propositional denial for each draft of a document. They need no other document, so
 * they are read on the worker threads with the drafts rather than on the corpus thread.
 */
export function draftFacts(text: string, drafts: ClaimDraft[]): DraftFacts[] {
  return drafts.map((d) => {
    const denial = d.denial && deniesProposition(d.content, d.verb, d.speakerText);
    const quantities = d.quantities.map((q) => {
      const frame = frameOf(text, { start: d.frameStart ?? d.contentStart, end: d.contentEnd }, q);
      // "denied reports that 33 people were killed": the figure is said not to be so.
      const denied = denial && !(q.low === 0 && q.high === 0) && q.start >= d.contentStart;
      return { ...q, frame: denied ? { ...frame, negated: !frame.negated } : frame };
    });
    return { quantities, denial };
  });
}

const REFERENCE = /\b(?:the|this|that)\s+(?:region|area|city|town|village|province|territory|oblast)\b|\bthere\b/i;

export function mentionKey(documentId: string, m: { start: number; end: number }): string {
  return `${documentId}:${m.start}:${m.end}`;
}

export interface PipelineHooks {
  progress?: (done: number, total: number) => void;
  /**
   * The learned relation judge (server/src/nlp/judge, loaded by server/src/io/judge). With it, pairs
   * the rules leave undecided are judged and documents get DISPUTES/ECHOES stances; without it, the
   * graph has rule-found relations only.
   */
  judge?: StanceJudge;
}

/** One input file after parsing and the per-document stages: what a worker hands back. */
export interface AnalysedInput {
  name: string;
  diagnostics: Diagnostic[];
  work: DocWork[];
}

/**
 * The per-document stages for one input file: parse (decode, HTML, metadata) and, for each document
 * in it, sentences, mentions and claim drafts. Depends on nothing outside the file, so it can run
 * on any thread; buildClaimGraph and the worker pool both call it.
 */
export function analyseInput(input: InputFile, overrides: PipelineOverrides = {}): AnalysedInput {
  const options = resolvePipelineOptions(overrides);
  const diagnostics: Diagnostic[] = [];
  const work: DocWork[] = [];
  try {
    const parsed = parseInputFile(input, options.documents.maxFileBytes);
    for (const w of parsed.warnings) diagnostics.push({ file: input.name, code: "INPUT_ENCODING", message: w, severity: "warning" });
    for (const e of parsed.lineErrors) diagnostics.push({ file: input.name, code: "INPUT_MALFORMED", message: e, severity: "error" });
    for (const e of parsed.noText) diagnostics.push({ file: input.name, code: "INPUT_NO_TEXT", message: e, severity: "warning" });
    for (const doc of parsed.documents) work.push(analyseDocument(doc, diagnostics));
  } catch (error) {
    if (!isClaimGraphError(error)) throw error;
    // A file read without fault that holds no prose is a warning like one that yields no claims:
    // nothing went wrong, there is just nothing in it to claim.
    diagnostics.push({ file: input.name, code: error.code, message: error.message, severity: error.code === "INPUT_NO_TEXT" ? "warning" : "error" });
  }
  return { name: input.name, diagnostics, work };
}

/**
 * Sentences, mentions and claim drafts for one document. Input past the stages' limits (a run-on
 * sentence cut into pieces, figures past the document cap) is still analysed, within bounds, and a
 * warning names the document so a reader knows some of it was read in part.
 */
export function analyseDocument(doc: Document, diagnostics: Diagnostic[] = []): DocWork {
  const sentences = splitSentences(doc.text);
  const vocab = lowercaseVocabulary(doc.text);
  const named = findMentions(doc.text, sentences, vocab);
  const mentions = [...named, ...nestedPlaces(named, vocab)].sort((a, b) => a.start - b.start || b.end - a.end);
  const { drafts, figuresCapped } = extractClaims(doc, sentences, mentions);
  const cut = sentences.filter((s) => s.cut);
  if (cut.length > 0) {
    const longest = Math.max(...runsOf(cut).map((r) => r.end - r.start));
    diagnostics.push({
      file: doc.file,
      code: "INPUT_TOO_LARGE",
      message: `documents: ${doc.file} has a sentence of ${longest.toLocaleString("en-US")} characters; it was read in pieces of at most ${MAX_SENTENCE_CHARS.toLocaleString("en-US")}.`,
      severity: "warning",
    });
  }
  if (figuresCapped) {
    diagnostics.push({
      file: doc.file,
      code: "INPUT_TOO_LARGE",
      message: `claims: ${doc.file} holds more figures than are kept (${MAX_FIGURES_PER_SPAN} per sentence, ${MAX_DOCUMENT_FIGURES.toLocaleString("en-US")} per document); the rest were left out.`,
      severity: "warning",
    });
  }
  return { doc, sentences, mentions, drafts, facts: draftFacts(doc.text, drafts) };
}

/** Adjacent cut pieces joined back into the runs they came from. */
function runsOf(pieces: Span[]): Span[] {
  const runs: Span[] = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (last && p.start - last.end <= 1) last.end = p.end;
    else runs.push({ start: p.start, end: p.end });
  }
  return runs;
}

export function buildClaimGraph(inputs: InputFile[], overrides: PipelineOverrides = {}, hooks: PipelineHooks = {}): ClaimGraph {
  const sorted = [...inputs].sort((a, b) => a.name.localeCompare(b.name));
  const analysed = sorted.map((input, i) => {
    const a = analyseInput(input, overrides);
    hooks.progress?.(i + 1, sorted.length);
    return a;
  });
  return assembleGraph(analysed, overrides, hooks);
}

/** Entities as the corpus stages need them: ids by normalised name, which are countries, their types. */
export interface CorpusResolution {
  /** The entities to write: every entity the resolution decided, with its name, type and aliases. */
  entities: Entity[];
  entityOfNorm: ReadonlyMap<string, string>;
  countries: ReadonlySet<string>;
  typeOf: ReadonlyMap<string, Entity["type"]>;
}

/**
 * When the documents at hand are part of a stored corpus (an ingest that joins the stored graph),
 * what the corpus stages need from the rest of it: the entities of their names as the whole corpus
 * resolves them, and how many documents outside them name each entity (a story link through an
 * entity named everywhere is no link). Relations are computed within stories, so given whole
 * stories and these two, the documents get the claims, stories and relations one run over the
 * whole corpus would give them.
 */
export interface CorpusContext {
  resolution: CorpusResolution;
  postingOutside(entityId: string): number;
}

/** Every named mention of a document plus the organisation phrases found as its speakers. */
export function mentionInputsOf(w: DocWork): MentionInput[] {
  const seen = new Set<string>();
  const out: MentionInput[] = [];
  const push = (m: MentionCandidate) => {
    const key = mentionKey(w.doc.id, m);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ key, text: m.text, type: m.type, typeConfidence: m.typeConfidence, country: m.country, documentId: w.doc.id, placeHead: m.placeHead ?? false, orgHead: m.orgHead ?? false });
  };
  w.mentions.forEach(push);
  for (const d of w.drafts) if (d.speakerMention) push(d.speakerMention);
  return out;
}

/** A document's names as the resolver reads them, and which it names in its text (not only as a speaker). */
export function documentNames(w: DocWork): { names: NameContribution[]; named: Set<string>; lead: Set<string> } {
  const end = leadEnd(w);
  return {
    names: nameContributions(mentionInputsOf(w)),
    named: new Set(w.mentions.map((m) => mentionNorm(m).norm)),
    lead: new Set(w.mentions.filter((m) => m.end <= end).map((m) => mentionNorm(m).norm)),
  };
}

/** Where a document's headline and lead end: its first two sentences. */
function leadEnd(w: DocWork): number {
  return leadEndOf(w.sentences);
}

/** Where the first two of `sentences` end: a document's headline and lead. */
function leadEndOf(sentences: ReadonlyArray<{ end: number }>): number {
  return sentences[Math.min(1, sentences.length - 1)]?.end ?? 0;
}

/** The outlets of a set of documents, as the resolver sets them apart. */
export function outletNames(documents: Array<Pick<Document, "outlet" | "via">>): string[] {
  return [...new Set(documents.flatMap((d) => [d.outlet, d.via]).filter((n): n is string => Boolean(n)))].sort();
}

/** Entities over the documents' own names: the whole corpus when they are all of it. */
export function resolveCorpus(work: DocWork[], extra: DocumentNames[] = [], outlets: string[] = outletNames(work.map((w) => w.doc))): CorpusResolution {
  const names: DocumentNames[] = [...work.map((w) => ({ documentId: w.doc.id, names: documentNames(w).names })), ...extra];
  const { entities, entityOfNorm, countries } = resolveNames(names, outlets);
  return { entities, entityOfNorm, countries, typeOf: new Map(entities.map((e) => [e.id, e.type])) };
}

/** What stories.ts compares of a document: its specific entities, those of its lead, its places, its countries, its lead's words. */
export function storyFeatures(w: DocWork, entityOf: ReadonlyMap<string, string>, countries: ReadonlySet<string>, typeOf: ReadonlyMap<string, Entity["type"]>): StoryDoc {
  const set = new Set<string>();
  const lead = new Set<string>();
  const named = new Set<string>();
  const end = leadEnd(w);
  for (const m of w.mentions) {
    const id = entityOf.get(mentionKey(w.doc.id, m));
    if (!id) continue;
    if (countries.has(id)) {
      named.add(id);
      continue;
    }
    set.add(id);
    if (m.end <= end) lead.add(id);
  }
  const words = leadWords(w.doc.text.slice(0, end));
  return { id: w.doc.id, published: w.doc.published, entities: set, lead, places: new Set([...set].filter((id) => typeOf.get(id) === "PLACE")), countries: named, words };
}

/** The headline and lead words stories.ts compares, from a document's text alone (as `storyFeatures` reads them). */
export function storyWords(text: string): Set<string> {
  return leadWords(text.slice(0, leadEndOf(splitSentences(text))));
}

/** What the claim stage makes of analysed documents, given the corpus's entity resolution. */
interface ClaimStage {
  claims: Claim[];
  mentions: Mention[];
  relClaims: RelClaim[];
  entityOf: Map<string, string>;
}

/** Claims, their entity mentions and the relation stage's view of them, document by document in `work` order. */
function claimStage(work: DocWork[], resolution: CorpusResolution): ClaimStage {
  const { countries: allCountries } = resolution;
  const entityOf = new Map<string, string>();
  for (const w of work) {
    for (const m of mentionInputsOf(w)) {
      const id = resolution.entityOfNorm.get(mentionNorm(m).norm);
      if (id) entityOf.set(m.key, id);
    }
  }

  const claims: Claim[] = [];
  const mentions: Mention[] = [];
  const relClaims: RelClaim[] = [];
  for (const w of work) {
    const topics = documentTopics(w.doc.id, w.mentions, w.sentences, entityOf, allCountries);
    w.drafts.forEach((d, index) => {
      const id = `clm-${crypto.createHash("sha256").update(`${w.doc.id}:${d.start}:${d.end}`).digest("hex").slice(0, 16)}`;
      const speakerId = d.speakerMention ? entityOf.get(mentionKey(w.doc.id, d.speakerMention)) ?? null : null;
      const claim: Claim = {
        id,
        documentId: w.doc.id,
        text: w.doc.text.slice(d.start, d.end),
        start: d.start,
        end: d.end,
        sentenceStart: d.sentenceStart,
        sentenceEnd: d.sentenceEnd,
        speakerId,
        speakerText: d.speakerText,
        verb: d.verb,
        content: d.content,
        polarity: d.polarity,
        hedged: d.hedges.length > 0,
        hedges: d.hedges,
        quantities: w.facts[index]!.quantities,
        time: d.time,
      };
      claims.push(claim);
      const about: string[] = [];
      const aboutAt: Array<{ id: string; at: number }> = [];
      const perClaim = new Set<string>();
      for (const m of d.mentions) {
        const entityId = entityOf.get(mentionKey(w.doc.id, m));
        if (!entityId) continue;
        if (m.start >= d.contentStart && m.end <= d.contentEnd) {
          if (!about.includes(entityId)) about.push(entityId);
          aboutAt.push({ id: entityId, at: m.start - d.contentStart });
        }
        if (entityId === speakerId || perClaim.has(entityId)) continue;
        perClaim.add(entityId);
        mentions.push({ claimId: id, entityId, start: m.start, end: m.end, text: m.text });
      }
      // "the region", "there": the place named most recently before this claim.
      const ref = REFERENCE.exec(d.content);
      if (ref) {
        const prior = w.mentions.filter((m) => m.end <= d.start && m.type === "PLACE" && !m.country).pop();
        const entityId = prior ? entityOf.get(mentionKey(w.doc.id, prior)) : undefined;
        if (entityId && !about.includes(entityId)) about.push(entityId);
        if (entityId) aboutAt.push({ id: entityId, at: ref.index });
      }
      relClaims.push({
        claim,
        outlet: w.doc.outlet,
        published: w.doc.published,
        denial: w.facts[index]!.denial,
        counter: d.counter,
        states: d.states,
        about: about.sort(),
        aboutAt,
        countries: allCountries,
        topics,
        index,
        story: w.doc.id,
        storySize: 1,
      });
    });
  }

  return { claims, mentions, relClaims, entityOf };
}

/**
 * The corpus stages over analysed inputs (in input-name order): duplicate texts collapse to their
 * first document, then entity resolution, claims, relations and stances across the whole corpus.
 */
export function assembleGraph(analysed: AnalysedInput[], overrides: PipelineOverrides = {}, hooks: PipelineHooks = {}, context?: CorpusContext): ClaimGraph {
  const options = resolvePipelineOptions(overrides);
  const { judge } = hooks;
  const diagnostics: Diagnostic[] = [];
  const documents: Document[] = [];
  const work: DocWork[] = [];
  const byHash = new Map<string, Document>();
  for (const input of analysed) {
    diagnostics.push(...input.diagnostics);
    for (const w of input.work) {
      const twin = byHash.get(w.doc.contentHash);
      if (twin) {
        diagnostics.push({
          file: w.doc.file,
          code: "INPUT_DUPLICATE",
          message: `documents: ${w.doc.file} has the same text as ${twin.file}; ingested once.`,
          severity: "warning",
        });
        continue;
      }
      byHash.set(w.doc.contentHash, w.doc);
      documents.push(w.doc);
      work.push(w);
      if (w.drafts.length === 0) {
        diagnostics.push({ file: w.doc.file, code: "INPUT_NO_TEXT", message: `documents: ${w.doc.file} yielded no claims.`, severity: "warning" });
      }
    }
  }

  const resolution = context?.resolution ?? resolveCorpus(work);
  const { entities, countries: allCountries } = resolution;
  const { claims, mentions, relClaims, entityOf } = claimStage(work, resolution);

  const entitiesOf = new Map<string, Set<string>>();
  const storyDocs: StoryDoc[] = [];
  for (const w of work) {
    const features = storyFeatures(w, entityOf, allCountries, resolution.typeOf);
    entitiesOf.set(w.doc.id, features.entities as Set<string>);
    storyDocs.push(features);
  }
  // Within the documents at hand, or the whole corpus's count when they are part of a stored one.
  const local = new Map<string, number>();
  for (const d of storyDocs) for (const e of [...d.entities, ...d.countries]) local.set(e, (local.get(e) ?? 0) + 1);
  const outside = context?.postingOutside;
  const stories = groupStories(storyDocs, DEFAULT_STORY_OPTIONS, (e) => (local.get(e) ?? 0) + (outside ? outside(e) : 0));
  const storyOf = new Map<string, string>();
  for (const s of stories) for (const d of s.documentIds) storyOf.set(d, s.id);
  const sizeOf = new Map(stories.map((s) => [s.id, s.documentIds.length]));
  for (const c of relClaims) {
    c.story = storyOf.get(c.claim.documentId) ?? c.claim.documentId;
    c.storySize = sizeOf.get(c.story) ?? 1;
  }

  const repeats = verbatimRepeats(relClaims);
  const relations = detectRelations(relClaims, options.relations, judge, repeats);
  const stances = judge ? documentStances(documents, relClaims, entitiesOf, judge, options.stances, repeats) : [];

  const graph: ClaimGraph = {
    version: 1,
    sources: sourcesOf(documents),
    documents: [...documents].sort((a, b) => a.id.localeCompare(b.id)),
    entities,
    claims: claims.sort((a, b) => a.id.localeCompare(b.id)),
    mentions: mentions.sort(byMention),
    relations,
    stances,
    stories: storyRecords(stories, documents, relClaims, repeats, options.relations.maxBlockSize),
    diagnostics,
  };
  validateGraph(graph);
  return graph;
}

/** Stories as stored; a story past SMALL_STORY_DOCS carries its candidate index (story-index.ts). */
function storyRecords(stories: StoryGroup[], documents: Document[], relClaims: RelClaim[], repeats: Map<number, number>, maxBlockSize: number): Story[] {
  const membersOf = new Map<string, number[]>();
  relClaims.forEach((c, i) => {
    if (c.storySize > SMALL_STORY_DOCS) (membersOf.get(c.story) ?? membersOf.set(c.story, []).get(c.story)!).push(i);
  });
  const byId = new Map(documents.map((d) => [d.id, d]));
  return stories.map((s) => {
    const record = storyRecord(s.id, s.documentIds, byId);
    if (s.documentIds.length <= SMALL_STORY_DOCS) return record;
    return { ...record, candidateIndex: JSON.stringify(buildStoryIndex(relClaims, membersOf.get(s.id) ?? [], repeats, maxBlockSize)) };
  });
}

/** A large stored story that new documents join, as an ingest reads it from the store. */
export interface StoredStory {
  id: string;
  /** Its stored documents: how many, and one of them (the writer recomputes the story's summary from it). */
  size: number;
  anchor: string;
  index: StoryIndex;
}

/** New documents (`fresh`, in id order) joining `story`, and the plan for relating them to its claims. */
export interface StoryJoin {
  story: StoredStory;
  fresh: DocWork[];
  plan: StoryAppendPlan;
}

function sortedWork(work: DocWork[]): DocWork[] {
  return [...work].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
}

/**
 * How new documents join a large stored story: their claims against the story's index. Null when
 * they would change a pair among the stored claims; the story must then be recomputed whole.
 */
export function planStoryJoin(fresh: DocWork[], story: StoredStory, resolution: CorpusResolution, overrides: PipelineOverrides = {}): StoryJoin | null {
  const options = resolvePipelineOptions(overrides);
  const sorted = sortedWork(fresh);
  const { relClaims } = claimStage(sorted, resolution);
  for (const c of relClaims) {
    c.story = story.id;
    c.storySize = story.size + sorted.length;
  }
  const plan = planStoryAppend(story.index, relClaims, options.relations.maxBlockSize);
  return plan ? { story, fresh: sorted, plan } : null;
}

/**
 * What new documents add to the graph when they join a large stored story: their claims, and their
 * relations with the story's stored claims (`partners`: the stored documents holding the claims the
 * plan names, analysed again). Equal to what a run over the whole story gives the new documents,
 * because a large story's pairs come from blocks and denials the index describes (story-index.ts).
 */
export function appendToStory(join: StoryJoin, partners: DocWork[], resolution: CorpusResolution, overrides: PipelineOverrides = {}, hooks: PipelineHooks = {}): ClaimGraph {
  const options = resolvePipelineOptions(overrides);
  const fresh = new Set(join.fresh.map((w) => w.doc.id));
  const work = sortedWork([...join.fresh, ...partners.filter((w) => !fresh.has(w.doc.id))]);
  const { claims, mentions, relClaims } = claimStage(work, resolution);
  const at = new Map<string, number>();
  relClaims.forEach((c, i) => {
    c.story = join.story.id;
    c.storySize = join.story.size + fresh.size;
    at.set(c.claim.id, i);
  });
  // Copies among the stored claims stay out of pairing, as they do in the stored story.
  const repeats = new Map<number, number>();
  relClaims.forEach((c, i) => {
    const original = join.plan.repeats.get(c.claim.id) ?? join.story.index.repeatOf[c.claim.id];
    if (original !== undefined) repeats.set(i, at.get(original) ?? i);
  });
  const relations = detectRelations(relClaims, options.relations, hooks.judge, repeats, join.plan.scope);
  const documents = join.fresh.map((w) => w.doc);
  const diagnostics: Diagnostic[] = join.fresh
    .filter((w) => w.drafts.length === 0)
    .map((w) => ({ file: w.doc.file, code: "INPUT_NO_TEXT", message: `documents: ${w.doc.file} yielded no claims.`, severity: "warning" as const }));
  const mine = claims.filter((c) => fresh.has(c.documentId));
  const mineIds = new Set(mine.map((c) => c.id));
  const ids = [join.story.anchor, ...fresh].sort();
  const record = storyRecord(join.story.id, ids, new Map(documents.map((d) => [d.id, d])));
  const graph: ClaimGraph = {
    version: 1,
    sources: sourcesOf(documents),
    documents,
    entities: resolution.entities,
    claims: mine.sort((a, b) => a.id.localeCompare(b.id)),
    mentions: mentions.filter((m) => mineIds.has(m.claimId)).sort(byMention),
    relations,
    stances: [],
    stories: [{ ...record, documentIds: ids, candidateIndex: JSON.stringify(join.plan.index) }],
    diagnostics,
  };
  validateGraph(graph);
  return graph;
}

/** Graphs of disjoint documents as one (entities are the corpus's, the same in each). */
export function unionGraphs(graphs: ClaimGraph[]): ClaimGraph {
  const byId = <T extends { id: string }>(items: T[]) => [...new Map(items.map((x) => [x.id, x])).values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    version: 1,
    sources: byId(graphs.flatMap((g) => g.sources)),
    documents: byId(graphs.flatMap((g) => g.documents)),
    entities: byId(graphs.flatMap((g) => g.entities)),
    claims: byId(graphs.flatMap((g) => g.claims)),
    mentions: graphs.flatMap((g) => g.mentions).sort(byMention),
    relations: byId(graphs.flatMap((g) => g.relations)),
    stances: byId(graphs.flatMap((g) => g.stances ?? [])),
    stories: byId(graphs.flatMap((g) => g.stories ?? [])),
    diagnostics: graphs.flatMap((g) => g.diagnostics),
  };
}

function byMention(a: Mention, b: Mention): number {
  return a.claimId.localeCompare(b.claimId) || a.start - b.start || a.entityId.localeCompare(b.entityId);
}

function sourcesOf(documents: Document[]): Source[] {
  const sources = new Map<string, Source>();
  for (const d of documents) {
    for (const name of [d.outlet, d.via]) if (name) sources.set(sourceId(name), { id: sourceId(name), name });
  }
  return [...sources.values()].sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * Checks the graph against graph-schema item by item. Parsing the whole graph at once would build
 * a full copy of it; one item at a time, each copy is garbage at once, so a corpus-sized graph is
 * checked without doubling the memory it takes. A violation is a bug in the pipeline: say where.
 */
function validateGraph(graph: ClaimGraph): void {
  const shape = ClaimGraphSchema.shape;
  const lists = {
    sources: shape.sources.element,
    documents: shape.documents.element,
    entities: shape.entities.element,
    claims: shape.claims.element,
    mentions: shape.mentions.element,
    relations: shape.relations.element,
    stances: shape.stances.unwrap().element,
    stories: shape.stories.unwrap().element,
    diagnostics: shape.diagnostics.element,
  } as const;
  for (const [key, schema] of Object.entries(lists) as Array<[keyof typeof lists, (typeof lists)[keyof typeof lists]]>) {
    const items = graph[key] as unknown[];
    for (let i = 0; i < items.length; i += 1) {
      const checked = schema.safeParse(items[i]);
      if (!checked.success) {
        const where = checked.error.issues.slice(0, 3).map((x) => `${[key, i, ...x.path].join(".")}: ${x.message}`).join("; ");
        throw new ClaimGraphError("INTERNAL", `pipeline: produced an invalid graph: ${where}`);
      }
    }
  }
}

/** A story as stored: its documents and the span of their publication dates, named by its first headline. */
function storyRecord(id: string, documentIds: string[], documents: ReadonlyMap<string, Document>): Story {
  const docs = documentIds.map((d) => documents.get(d)!).filter(Boolean);
  const dates = docs.map((d) => d.published).filter((d): d is string => d !== null).sort();
  const first = [...docs].sort((a, b) => (a.published ?? "9999").localeCompare(b.published ?? "9999") || a.id.localeCompare(b.id))[0];
  return { id, title: first?.title ?? id, documentIds, firstPublished: dates[0] ?? null, lastPublished: dates[dates.length - 1] ?? null };
}

/** Lower-case content words of a headline and lead, as crude stems: "attacked" and "attack" meet. */
function leadWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.split(/[^\p{L}]+/u)) {
    if (w.length < 4 || !/^\p{Ll}/u.test(w) || STOPWORDS.has(w)) continue;
    out.add(w.replace(/(?:ing|ed|es|s)$/, ""));
  }
  return out;
}

export function sourceId(name: string): string {
  return `src-${slug(name)}`;
}

/**
 * What a document is about: entities named in its first two sentences (headline and lead) or in
 * three or more sentences. Lets two claims that name no entity themselves ("more than 900 workers
 * joined") be compared when both articles are about the same thing.
 */
function documentTopics(
  documentId: string,
  mentions: MentionCandidate[],
  sentences: Array<{ start: number; end: number }>,
  entityOf: ReadonlyMap<string, string>,
  countryIds: ReadonlySet<string>,
): string[] {
  const leadEnd = leadEndOf(sentences);
  const sentencesOf = new Map<string, Set<number>>();
  const lead = new Set<string>();
  let si = 0;
  for (const m of [...mentions].sort((x, y) => x.start - y.start)) {
    const id = entityOf.get(mentionKey(documentId, m));
    if (!id || countryIds.has(id)) continue;
    while (si < sentences.length - 1 && sentences[si]!.end <= m.start) si += 1;
    if (m.end <= leadEnd) lead.add(id);
    const set = sentencesOf.get(id) ?? new Set<number>();
    set.add(si);
    sentencesOf.set(id, set);
  }
  const out = new Set(lead);
  for (const [id, set] of sentencesOf) if (set.size >= 3) out.add(id);
  return [...out].sort();
}
