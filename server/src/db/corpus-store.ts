/*
 * What an ingest reads of the stored corpus to join it: the names a new document could join (by
 * their keys), the stored contributions of those names, the entity each stored name resolved to,
 * how many documents name an entity, which documents name one, the stories of documents, and stored
 * documents whole. Every read starts from an index (name key, name, entity id, document id); none
 * reads the whole graph.
 */

import type { Driver, Record as Neo4jRecord } from "neo4j-driver";
import { DocumentSchema, type Document, type EntityType } from "../../../graph-schema";
import type { DocumentNames, NameContribution } from "../nlp/entities/resolve";
import type { StoryDoc } from "../nlp/relations/stories";

export interface StoredName {
  entity: string;
  type: EntityType;
  country: boolean;
}

/** A map parameter for membership tests in Cypher: `$set[x] IS NOT NULL` is a lookup, not a list scan. */
function asMap(ids: Iterable<string>): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const id of ids) out[id] = true;
  return out;
}

const CHUNK = 5_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export class CorpusStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private async read(cypher: string, params: Record<string, unknown>) {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: "READ" });
    return records;
  }

  /** `read` over `items` in chunks, each chunk passed as the parameter `key`: every chunk's records. */
  private async readAll(cypher: string, key: string, items: string[], params: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    const out: Neo4jRecord[] = [];
    for (const part of chunks(items)) out.push(...(await this.read(cypher, { ...params, [key]: part })));
    return out;
  }

  /** Stored names that hold any of `keys`, with all their keys. */
  async namesByKeys(keys: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const records = await this.readAll("UNWIND $keys AS k MATCH (:NameKey {key: k})<-[:KEYED]-(n:Name) RETURN DISTINCT n.norm AS norm, n.keys AS keys", "keys", keys);
    for (const r of records) out.set(r.get("norm") as string, r.get("keys") as string[]);
    return out;
  }

  /** Stored contributions to `norms` by documents other than `exclude`, by document. */
  async contributions(norms: string[], exclude: Iterable<string>): Promise<DocumentNames[]> {
    const byDoc = new Map<string, NameContribution[]>();
    const ex = asMap(exclude);
    const records = await this.readAll("UNWIND $norms AS norm MATCH (n:Name {norm: norm})<-[r:NAMES]-(d:Document) WHERE $ex[d.id] IS NULL RETURN d.id AS doc, r.c AS c", "norms", norms, { ex });
    for (const r of records) {
      const doc = r.get("doc") as string;
      (byDoc.get(doc) ?? byDoc.set(doc, []).get(doc)!).push(JSON.parse(r.get("c") as string) as NameContribution);
    }
    return [...byDoc.entries()].map(([documentId, names]) => ({ documentId, names }));
  }

  /** The entity each stored name resolved to. */
  async nameEntities(norms: string[]): Promise<Map<string, StoredName>> {
    const out = new Map<string, StoredName>();
    const records = await this.readAll(
      "UNWIND $norms AS norm MATCH (n:Name {norm: norm})-[:NAME_OF]->(e:Entity) RETURN norm, e.id AS id, e.type AS type, coalesce(e.country, false) AS country",
      "norms",
      norms,
    );
    for (const r of records) out.set(r.get("norm") as string, { entity: r.get("id") as string, type: r.get("type") as EntityType, country: r.get("country") as boolean });
    return out;
  }

  /** Documents, other than `exclude`, that hold any of `norms`. */
  async documentsNaming(norms: string[], exclude: Iterable<string>): Promise<Set<string>> {
    const out = new Set<string>();
    const ex = asMap(exclude);
    const records = await this.readAll("UNWIND $norms AS norm MATCH (:Name {norm: norm})<-[:NAMES]-(d:Document) WHERE $ex[d.id] IS NULL RETURN DISTINCT d.id AS id", "norms", norms, { ex });
    for (const r of records) out.add(r.get("id") as string);
    return out;
  }

  /**
   * For each entity, the documents other than `exclude` that name it in their text (the documents
   * stories.ts counts), up to `limit` + 1 of them: past the limit only the count matters.
   */
  async namingDocuments(entityIds: string[], exclude: Iterable<string>, limit: number): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    const ex = asMap(exclude);
    const records = await this.readAll(
      `UNWIND $ids AS id MATCH (:Entity {id: id})<-[:NAME_OF]-(:Name)<-[r:NAMES]-(d:Document)
       WHERE r.named AND $ex[d.id] IS NULL
       WITH id, collect(DISTINCT d.id) AS docs RETURN id, docs[0..$cap] AS docs, size(docs) AS n`,
      "ids",
      entityIds,
      { ex, cap: limit + 1 },
    );
    for (const r of records) out.set(r.get("id") as string, r.get("docs") as string[]);
    return out;
  }

  /** How many documents other than `exclude` name each entity in their text. */
  async postings(entityIds: string[], exclude: Iterable<string>): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const ex = asMap(exclude);
    const records = await this.readAll(
      `UNWIND $ids AS id MATCH (:Entity {id: id})<-[:NAME_OF]-(:Name)<-[r:NAMES]-(d:Document)
       WHERE r.named AND $ex[d.id] IS NULL RETURN id, count(DISTINCT d) AS n`,
      "ids",
      entityIds,
      { ex },
    );
    for (const r of records) out.set(r.get("id") as string, Number(r.get("n")));
    return out;
  }

  /** The stored names of documents, with whether each document names them in its text. */
  async documentNames(ids: string[]): Promise<Map<string, Array<{ norm: string; named: boolean }>>> {
    const out = new Map<string, Array<{ norm: string; named: boolean }>>();
    const records = await this.readAll("UNWIND $ids AS id MATCH (:Document {id: id})-[r:NAMES]->(n:Name) RETURN id, n.norm AS norm, r.named AS named", "ids", ids);
    for (const r of records) {
      const id = r.get("id") as string;
      (out.get(id) ?? out.set(id, []).get(id)!).push({ norm: r.get("norm") as string, named: r.get("named") as boolean });
    }
    return out;
  }

  /** The entities documents name in their text, as stored. */
  async documentEntities(ids: string[]): Promise<string[]> {
    const out = new Set<string>();
    const records = await this.readAll("UNWIND $ids AS id MATCH (:Document {id: id})-[r:NAMES]->(:Name)-[:NAME_OF]->(e:Entity) WHERE r.named RETURN DISTINCT e.id AS id", "ids", ids);
    for (const r of records) out.add(r.get("id") as string);
    return [...out];
  }

  /** Every document of the stories that hold `ids` (the documents themselves included). */
  async storyMates(ids: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const records = await this.readAll("UNWIND $ids AS id MATCH (:Document {id: id})-[:IN_STORY]->(s:Story) WITH DISTINCT s MATCH (s)<-[:IN_STORY]-(d:Document) RETURN d.id AS id", "ids", ids);
    for (const r of records) out.add(r.get("id") as string);
    return out;
  }

  /** Stored documents, whole, as the pipeline reads them. */
  async documents(ids: string[]): Promise<Map<string, Document>> {
    const out = new Map<string, Document>();
    const records = await this.readAll(
      `UNWIND $ids AS id MATCH (d:Document {id: id})
       RETURN d {.id, .file, .outlet, .via, .url, .title, .published, .precision, .language, .contentHash, .text, .metadataFrom} AS d`,
      "ids",
      ids,
    );
    for (const r of records) {
      const raw = r.get("d") as Record<string, unknown>;
      const doc = DocumentSchema.parse({ ...raw, metadataFrom: JSON.parse((raw.metadataFrom as string | null) ?? "{}") });
      out.set(doc.id, doc);
    }
    return out;
  }

  /**
   * What stories.ts compares of stored documents, from their stored names and text: the entities
   * each names in its text, those in its lead, its places and countries, its lead's words (`wordsOf`
   * its text) and its date. Null when a document's names were written without the lead mark (an earlier engine): its
   * lead is then unknown.
   */
  async storyDocs(ids: string[], wordsOf: (text: string) => Set<string>): Promise<Map<string, StoryDoc> | null> {
    const out = new Map<string, StoryDoc>();
    const records = await this.readAll(
      `UNWIND $ids AS id MATCH (d:Document {id: id})
       OPTIONAL MATCH (d)-[r:NAMES]->(:Name)-[:NAME_OF]->(e:Entity) WHERE r.named
       RETURN id, d.published AS published, d.text AS text, collect([e.id, r.lead, e.type, coalesce(e.country, false)]) AS names`,
      "ids",
      ids,
    );
    for (const r of records) {
      const entities = new Set<string>();
      const lead = new Set<string>();
      const places = new Set<string>();
      const countries = new Set<string>();
      for (const [e, inLead, type, country] of r.get("names") as Array<[string | null, boolean | null, string | null, boolean]>) {
        if (e === null) continue;
        if (inLead === null) return null;
        if (country) {
          countries.add(e);
          continue;
        }
        entities.add(e);
        if (inLead) lead.add(e);
        if (type === "PLACE") places.add(e);
      }
      const id = r.get("id") as string;
      out.set(id, { id, published: (r.get("published") as string | null) ?? null, entities, lead, places, countries, words: wordsOf((r.get("text") as string | null) ?? "") });
    }
    return out;
  }

  /** The story of each stored document. */
  async storiesOf(ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const records = await this.readAll("UNWIND $ids AS id MATCH (:Document {id: id})-[:IN_STORY]->(s:Story) RETURN id, s.id AS story", "ids", ids);
    for (const r of records) out.set(r.get("id") as string, r.get("story") as string);
    return out;
  }

  /** A stored story's size, its first document id and its candidate index (null when it has none). */
  async story(id: string): Promise<{ size: number; firstDocument: string; index: string | null } | null> {
    const records = await this.read(
      "MATCH (s:Story {id: $id})<-[:IN_STORY]-(d:Document) RETURN count(d) AS size, min(d.id) AS first, s.candidateIndex AS index",
      { id },
    );
    const r = records[0];
    if (!r || Number(r.get("size")) === 0) return null;
    return { size: Number(r.get("size")), firstDocument: r.get("first") as string, index: (r.get("index") as string | null) ?? null };
  }

  /** The documents that hold the claims `ids`. */
  async claimDocuments(ids: string[]): Promise<Set<string>> {
    const out = new Set<string>();
    const records = await this.readAll("UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN DISTINCT c.documentId AS id", "ids", ids);
    for (const r of records) out.add(r.get("id") as string);
    return out;
  }

  /** Outlet names of the stored documents other than `exclude`. */
  async outlets(exclude: Iterable<string>): Promise<string[]> {
    const records = await this.read("MATCH (s:Source) WHERE EXISTS { (s)-[:PUBLISHED]->(d:Document) WHERE $ex[d.id] IS NULL } OR EXISTS { (d:Document)-[:CITES]->(s) WHERE $ex[d.id] IS NULL } RETURN s.name AS name", { ex: asMap(exclude) });
    return records.map((r) => r.get("name") as string);
  }
}
