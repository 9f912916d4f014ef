/*
 * Joining the stored graph: what an ingest (or a removal) recomputes so that the stored graph ends
 * up as one run of the pipeline over every stored document would make it, whatever the batches and
 * their order. The pipeline's corpus stages are local: an entity depends on the names that share a
 * key with its names (resolve.ts), a story on the documents linked to its documents (stories.ts),
 * and relations and stances on one story's documents. So an ingest
 *
 *  1. resolves the new documents' names together with the stored names they could join (by key,
 *     transitively) and the stored contributions to those names;
 *  2. takes in every stored document one of whose names now resolves differently;
 *  3. takes in, for each document it holds whose story links may have changed, the stories of the
 *     documents it shares an entity with, and the whole stored story of every document it holds, and
 *     every document naming an entity whose count crossed the bound past which it links nothing;
 *  4. assembles those documents with the pipeline, given the resolution and the counts of the rest.
 *
 * All reads go through indexes (corpus-store.ts). The plan is computed here; the pipeline stays pure.
 */

import type { Diagnostic, Entity } from "../../../graph-schema";
import type { CorpusStore, StoredName } from "../db/corpus-store";
import { mentionNorm, nameKeys, normaliseName, type DocumentNames, type NameContribution } from "../nlp/entities/resolve";
import {
  analyseDocument,
  documentNames,
  mentionInputsOf,
  mentionKey,
  outletNames,
  resolveCorpus,
  planStoryJoin,
  storyFeatures,
  storyWords,
  type CorpusContext,
  type StoryJoin,
  type CorpusResolution,
  type DocWork,
} from "../nlp/pipeline";
import { SMALL_STORY_DOCS } from "../nlp/relations/context";
import type { StoryIndex } from "../nlp/relations/story-index";
import { DEFAULT_STORY_OPTIONS, groupStories } from "../nlp/relations/stories";
import { ClaimGraphError } from "../errors";

/** What the ingest must write besides the assembled graph: the names index and what it replaces. */
export interface NamesPlan {
  /** Documents whose stored names are replaced (written or removed by this ingest). */
  changedDocuments: string[];
  /** Per written document: its name contributions and which it names in its text. */
  documentNames: Array<{ documentId: string; names: Array<{ contribution: NameContribution; named: boolean; lead: boolean }> }>;
  /**
   * Names whose keys and entity this ingest decides: the names of the resolved closure that are new
   * or whose keys or entity differ from the stored ones (the others are stored as they would be written).
   */
  names: Array<{ norm: string; keys: string[]; entity: string }>;
  /** Entities of the closure, with whether each is a country. */
  entities: Array<Entity & { country: boolean }>;
  /** Entity ids the closure's names pointed at before; those no name points at now are removed. */
  previousEntities: string[];
  /** Every name of the closure: those no document holds any more are removed. */
  closureNorms: string[];
}

export interface JoinPlan {
  /** The documents to assemble, analysed, in id order. */
  work: DocWork[];
  context: CorpusContext;
  /**
   * Set when every document is new and joins at most one large stored story per group without
   * changing its stored pairs: `work` then holds only the new documents that form stories of their
   * own (assembled as usual), and each join relates its documents to their story's stored claims.
   */
  appends?: Array<{ join: StoryJoin; partners: DocWork[] }>;
  /** Why new documents could not join their stories by index, when that was tried. */
  whole?: string;
  names: NamesPlan;
  removed: string[];
  diagnostics: Diagnostic[];
}

/** Rounds of lookups before a plan is called runaway (each round follows one more link). */
const MAX_CLOSURE_ROUNDS = 200;

/**
 * Plans an ingest of `incoming` (analysed documents, new or re-ingested) and the removal of
 * `removeIds` against the stored corpus.
 */
export async function planJoin(store: CorpusStore, incoming: DocWork[], removeIds: string[]): Promise<JoinPlan> {
  const diagnostics: Diagnostic[] = [];
  const removed = new Set(removeIds);

  // A text already stored under another file name keeps the name that sorts first, as one run would.
  const stored = await store.documents(incoming.map((w) => w.doc.id));
  const works = new Map<string, DocWork>();
  for (const w of [...incoming].sort((a, b) => a.doc.file.localeCompare(b.doc.file))) {
    if (works.has(w.doc.id)) continue;
    const old = stored.get(w.doc.id);
    if (old && old.file !== w.doc.file && old.file.localeCompare(w.doc.file) < 0) {
      diagnostics.push({ file: w.doc.file, code: "INPUT_DUPLICATE", message: `documents: ${w.doc.file} has the same text as ${old.file}, already stored; kept once.`, severity: "warning" });
      works.set(w.doc.id, analyseDocument(old));
    } else {
      works.set(w.doc.id, w);
    }
  }
  for (const id of works.keys()) removed.delete(id);
  const changed = new Set([...works.keys(), ...removed]);

  // 1. The names closure: the new names, the names of what is removed, outlet names that come or go.
  const own = new Map<string, DocumentNames>();
  for (const w of works.values()) own.set(w.doc.id, { documentId: w.doc.id, names: documentNames(w).names });
  const removedNames = await store.documentNames([...removed, ...[...works.keys()].filter((id) => stored.has(id))]);
  const norms = new Set<string>();
  const keys = new Set<string>();
  const addKeys = (list: string[]) => list.forEach((k) => keys.add(k));
  for (const d of own.values()) for (const c of d.names) addKeys(nameKeys(c));
  for (const list of removedNames.values()) for (const n of list) keys.add(`norm:${n.norm}`);
  const removedDocs = await store.documents([...removed]);
  for (const o of outletNames([...works.values()].map((w) => w.doc).concat([...removedDocs.values()]))) keys.add(`norm:${normaliseName(o)}`);
  // The keys each stored name of the closure holds now, so that only names that change are written.
  const storedKeys = new Map<string, string[]>();
  let frontier = [...keys];
  for (let round = 0; frontier.length > 0; round += 1) {
    if (round >= MAX_CLOSURE_ROUNDS) throw new ClaimGraphError("INTERNAL", `ingest: the names to resolve did not settle after ${MAX_CLOSURE_ROUNDS} rounds of key lookups.`);
    const found = await store.namesByKeys(frontier);
    frontier = [];
    for (const [norm, nk] of found) {
      if (norms.has(norm)) continue;
      norms.add(norm);
      storedKeys.set(norm, nk);
      for (const k of nk) {
        if (keys.has(k)) continue;
        keys.add(k);
        frontier.push(k);
      }
    }
  }
  for (const d of own.values()) for (const c of d.names) norms.add(c.norm);

  const exclude = new Set([...changed]);
  const external = await store.contributions([...norms], exclude);
  const outlets = [...new Set([...(await store.outlets(exclude)), ...outletNames([...works.values()].map((w) => w.doc))])];
  const closure = resolveCorpus([...works.values()], external, outlets);
  const before = await store.nameEntities([...norms]);

  // 2. Stored documents one of whose names now resolves to another entity, or to one of another kind.
  const moved = [...norms].filter((n) => {
    const old = before.get(n);
    const id = closure.entityOfNorm.get(n);
    if (!old || !id) return old !== undefined || false;
    return old.entity !== id || old.type !== closure.typeOf.get(id) || old.country !== closure.countries.has(id);
  });
  const inSet = new Set(works.keys());
  const affected = new Set<string>(changed);
  for (const id of await store.documentsNaming(moved, new Set([...inSet, ...removed]))) {
    inSet.add(id);
    affected.add(id);
  }

  // New documents only, and no stored name resolving anew: they may join stored stories without
  // rebuilding them (appendPlan), unless they would change a stored story's grouping or pairs.
  const storedNames = new Map<string, StoredName>(before);
  let whole: string | undefined;
  if (inSet.size > works.size) whole = `${moved.length} stored names now resolve to other entities (${moved.slice(0, 3).join(", ")}${moved.length > 3 ? ", …" : ""}), so ${inSet.size - works.size} stored documents are rewritten`;
  else if (removed.size > 0 || [...works.keys()].some((id) => stored.has(id))) whole = "documents are removed or replaced";
  else {
    const appended = await appendPlan(store, works, closure, storedNames);
    if (typeof appended === "string") whole = appended;
    else {
      const names = namesPlan([...works.values()], changed, norms, closure, [...own.values(), ...external], before, storedKeys);
      return { ...appended, names, removed: [], diagnostics };
    }
  }

  // 3. Stories: whole stories of everything held, neighbours and bound crossings of what changed.
  const resolution = (): CorpusResolution => merged(closure, storedNames);
  const max = DEFAULT_STORY_OPTIONS.maxPosting;
  const storiesDone = new Set<string>();
  const featuresDone = new Set<string>();
  for (let round = 0; ; round += 1) {
    if (round >= MAX_CLOSURE_ROUNDS) throw new ClaimGraphError("INTERNAL", `ingest: the documents to recompute did not settle after ${MAX_CLOSURE_ROUNDS} rounds.`);
    let grew = false;
    const add = (id: string, isAffected: boolean) => {
      if (removed.has(id)) return;
      if (!inSet.has(id)) {
        inSet.add(id);
        grew = true;
      }
      if (isAffected && !affected.has(id)) {
        affected.add(id);
        grew = true;
      }
    };
    const needStories = [...inSet, ...removed].filter((id) => !storiesDone.has(id));
    needStories.forEach((id) => storiesDone.add(id));
    for (const id of await store.storyMates(needStories)) add(id, false);
    await analyseStored(store, works, inSet, storedNames);
    const fresh = [...affected].filter((id) => !featuresDone.has(id));
    fresh.forEach((id) => featuresDone.add(id));
    if (fresh.length > 0) {
      const res = resolution();
      const held = [...inSet].map((id) => works.get(id)!);
      const entityOf = entityOfMentions(held, res);
      const now = new Set<string>();
      for (const id of fresh) {
        const w = works.get(id);
        if (!w || !inSet.has(id)) continue;
        const f = storyFeatures(w, entityOf, res.countries, res.typeOf);
        for (const e of [...f.entities, ...f.countries]) now.add(e);
      }
      const all = [...new Set([...now, ...(await store.documentEntities(fresh))])];
      const ex = new Set([...inSet, ...removed]);
      const outside = await store.postings(all, ex);
      const previous = await store.postings(all, new Set());
      const local = countLocal(held, res);
      const total = (e: string) => (outside.get(e) ?? 0) + (local.get(e) ?? 0);
      const crossing = all.filter((e) => (previous.get(e) ?? 0) <= max !== total(e) <= max);
      const linkable = [...now].filter((e) => total(e) <= max);
      const naming = await store.namingDocuments([...new Set([...linkable, ...crossing])], ex, max);
      const crosses = new Set(crossing);
      for (const [e, docs] of naming) for (const id of docs) add(id, crosses.has(e));
    }
    if (!grew) break;
  }
  await analyseStored(store, works, inSet, storedNames);

  const res = resolution();
  const held = [...inSet].sort();
  const ex = new Set([...held, ...removed]);
  const local = countLocal(held.map((id) => works.get(id)!), res);
  const outside = await store.postings([...local.keys()], ex);
  const work = held.map((id) => works.get(id)!).filter(Boolean);

  const names = namesPlan([...works.values()].filter((w) => changed.has(w.doc.id)), changed, norms, closure, [...own.values(), ...external], before, storedKeys);
  return { work, context: { resolution: res, postingOutside: (e) => outside.get(e) ?? 0 }, names, removed: [...removed].sort(), diagnostics, ...(whole ? { whole } : {}) };
}

/** The names index an ingest writes: the written documents' names, and the closure's names and entities. */
function namesPlan(
  written: DocWork[],
  changed: Set<string>,
  norms: Set<string>,
  closure: CorpusResolution,
  contributions: DocumentNames[],
  before: Map<string, StoredName>,
  storedKeys: Map<string, string[]>,
): NamesPlan {
  return {
    changedDocuments: [...changed].sort(),
    documentNames: written.map((w) => {
      const { names: list, named, lead } = documentNames(w);
      return { documentId: w.doc.id, names: list.map((contribution) => ({ contribution, named: named.has(contribution.norm), lead: lead.has(contribution.norm) })) };
    }),
    names: closureNames(norms, closure, contributions).filter((n) => before.get(n.norm)?.entity !== n.entity || !sameList(storedKeys.get(n.norm), n.keys)),
    entities: closure.entities.map((e) => ({ ...e, country: closure.countries.has(e.id) })),
    previousEntities: [...new Set([...before.values()].map((b) => b.entity))].sort(),
    closureNorms: [...norms].sort(),
  };
}

/**
 * The plan for new documents that change no stored story but the large ones they join: each group
 * of linked new documents links to no stored document (a story of its own) or to the documents of
 * one large stored story, with an index, whose first document stays first. Stored stories are
 * grouped from stored names (stories.ts over `storyDocs`), not from their texts. Null when any
 * of that fails, or an entity's count crosses the bound past which it links nothing.
 */
async function appendPlan(store: CorpusStore, works: Map<string, DocWork>, closure: CorpusResolution, storedNames: Map<string, StoredName>): Promise<Omit<JoinPlan, "names" | "removed" | "diagnostics"> | string> {
  const fresh = [...works.values()].sort((a, b) => a.doc.id.localeCompare(b.doc.id));
  const res = merged(closure, storedNames);
  const entityOf = entityOfMentions(fresh, res);
  const features = new Map(fresh.map((w) => [w.doc.id, storyFeatures(w, entityOf, res.countries, res.typeOf)]));
  const named = [...new Set([...features.values()].flatMap((f) => [...f.entities, ...f.countries]))];
  const ex = new Set(works.keys());
  const outside = await store.postings(named, ex);
  const local = countLocal(fresh, res);
  const max = DEFAULT_STORY_OPTIONS.maxPosting;
  const total = (e: string) => (outside.get(e) ?? 0) + (local.get(e) ?? 0);
  if (named.some((e) => (outside.get(e) ?? 0) <= max && total(e) > max)) return `an entity is now named by more than ${max} documents and stops linking stories`;
  const naming = await store.namingDocuments(named.filter((e) => total(e) <= max), ex, max);
  const candidates = [...new Set([...naming.values()].flat())];
  const storedDocs = await store.storyDocs(candidates, storyWords);
  if (!storedDocs) return "stored documents were written by an earlier engine (no lead marks; npm run relink adds them)";
  const storyOf = await store.storiesOf(candidates);

  // Groups of linked new documents, each with the stored stories it links to. Only entities the new
  // documents name can link: any other link between stored documents is inside a stored story already.
  const groups: Array<{ docs: DocWork[]; stories: Set<string> }> = [];
  const namedSet = new Set(named);
  const linking = (e: string) => (namedSet.has(e) ? total(e) : max + 1);
  for (const group of groupStories([...features.values(), ...storedDocs.values()], DEFAULT_STORY_OPTIONS, linking)) {
    const docs = group.documentIds.filter((id) => works.has(id)).map((id) => works.get(id)!);
    if (docs.length === 0) continue;
    const stories = new Set<string>();
    for (const id of group.documentIds) {
      if (works.has(id)) continue;
      const story = storyOf.get(id);
      if (!story) return "a linked stored document has no story";
      stories.add(story);
    }
    groups.push({ docs, stories });
  }

  const own: DocWork[] = [];
  const joins: StoryJoin[] = [];
  for (const { docs, stories } of groups) {
    if (stories.size === 0) {
      own.push(...docs);
      continue;
    }
    if (stories.size > 1) return "the new documents link stored stories together";
    const id = [...stories][0]!;
    const st = await store.story(id);
    if (!st || st.index === null || st.size <= SMALL_STORY_DOCS) return "they join a story of a dozen documents or fewer";
    if (docs.some((w) => w.doc.id < st.firstDocument)) return "a new document becomes a story's first";
    const join = planStoryJoin(docs, { id, size: st.size, anchor: st.firstDocument, index: JSON.parse(st.index) as StoryIndex }, res);
    if (!join) return "their claims change pairs among a story's stored claims (a new denial, an earlier first copy, or a block past its cap)";
    joins.push(join);
  }
  const partnerIds = await Promise.all(joins.map((j) => store.claimDocuments([...j.plan.partners])));
  await analyseStored(store, works, new Set(partnerIds.flatMap((ids) => [...ids])), storedNames);
  const resolution = merged(closure, storedNames);
  // A group of its own counts the other new documents' names too, as one run over all would.
  const ownLocal = countLocal(own, resolution);
  return {
    work: own,
    context: { resolution, postingOutside: (e) => total(e) - (ownLocal.get(e) ?? 0) },
    appends: joins.map((join, i) => ({ join, partners: [...partnerIds[i]!].filter((id) => !ex.has(id)).map((id) => works.get(id)!) })),
  };
}

/** Stored documents in `ids` not yet analysed: read, analysed, and their names' stored entities fetched. */
async function analyseStored(store: CorpusStore, works: Map<string, DocWork>, ids: Set<string>, storedNames: Map<string, StoredName>): Promise<void> {
  const missing = [...ids].filter((id) => !works.has(id));
  if (missing.length === 0) return;
  const docs = await store.documents(missing);
  const norms = new Set<string>();
  for (const doc of docs.values()) {
    const w = analyseDocument(doc);
    works.set(doc.id, w);
    for (const m of mentionInputsOf(w)) norms.add(mentionNorm(m).norm);
  }
  const unknown = [...norms].filter((n) => !storedNames.has(n));
  for (const [n, s] of await store.nameEntities(unknown)) storedNames.set(n, s);
}

/** The closure's own resolution, and the stored one for names outside it (they resolve as before). */
function merged(closure: CorpusResolution, storedNames: Map<string, StoredName>): CorpusResolution {
  const entityOfNorm = new Map(closure.entityOfNorm);
  const countries = new Set(closure.countries);
  const typeOf = new Map(closure.typeOf);
  for (const [norm, s] of storedNames) {
    if (entityOfNorm.has(norm)) continue;
    entityOfNorm.set(norm, s.entity);
    if (!typeOf.has(s.entity)) typeOf.set(s.entity, s.type);
    if (s.country && !closure.typeOf.has(s.entity)) countries.add(s.entity);
  }
  return { entities: closure.entities, entityOfNorm, countries, typeOf };
}

function entityOfMentions(work: DocWork[], res: CorpusResolution): Map<string, string> {
  const out = new Map<string, string>();
  for (const w of work) {
    for (const m of mentionInputsOf(w)) {
      const id = res.entityOfNorm.get(mentionNorm(m).norm);
      if (id) out.set(m.key, id);
    }
  }
  return out;
}

/** How many of `work` name each entity (countries too) in their text, as stories.ts counts. */
function countLocal(work: DocWork[], res: CorpusResolution): Map<string, number> {
  const entityOf = entityOfMentions(work, res);
  const out = new Map<string, number>();
  for (const w of work) {
    const seen = new Set<string>();
    for (const m of w.mentions) {
      const id = entityOf.get(mentionKey(w.doc.id, m));
      if (!id || seen.has(id)) continue;
      seen.add(id);
      out.set(id, (out.get(id) ?? 0) + 1);
    }
  }
  return out;
}

function sameList(a: string[] | undefined, b: string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Each name of the closure with its keys (from every surface it has in the corpus) and its entity. */
function closureNames(norms: Set<string>, closure: CorpusResolution, contributions: DocumentNames[]): NamesPlan["names"] {
  const surfaces = new Map<string, NameContribution>();
  for (const d of contributions) {
    for (const c of d.names) {
      if (!norms.has(c.norm)) continue;
      const acc = surfaces.get(c.norm) ?? { ...c, surfaces: {} };
      for (const [s, n] of Object.entries(c.surfaces)) acc.surfaces[s] = (acc.surfaces[s] ?? 0) + n;
      surfaces.set(c.norm, acc);
    }
  }
  const out: NamesPlan["names"] = [];
  for (const norm of [...norms].sort()) {
    const c = surfaces.get(norm);
    const entity = closure.entityOfNorm.get(norm);
    if (!c || !entity) continue;
    out.push({ norm, keys: nameKeys(c), entity });
  }
  return out;
}

