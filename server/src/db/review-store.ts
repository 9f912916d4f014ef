/*
 * The review records in Neo4j: (:Verdict) nodes, one per decision, and one (:ReviewTarget) per judged
 * relation or claim holding the head of its history. Neither is linked to the claim graph, and the
 * writer touches neither label, so an ingest, a relink or an engine upgrade leaves them as they are;
 * a target the graph no longer holds is reported as orphaned, never deleted. Manual relations are
 * claim-to-claim relationships with method 'manual', which the writer's cleanup never deletes.
 */

import neo4j, { type Driver, type ManagedTransaction } from "neo4j-driver";
import { MANUAL_METHOD, type ClaimStatus, type OrphanedVerdict, type ReviewState, type Verdict } from "../../../graph-schema";

type Row = Record<string, unknown>;

/** The engine or manual relation a verdict is given on, as the graph holds it now. */
export interface RelationFacts {
  id: string;
  type: "CONTRADICTS" | "SUPPORTS";
  kind: string;
  method: string;
  detector: string;
  confidence: number;
  source: string;
  target: string;
  sourceText: string;
  targetText: string;
}

/** A verdict before it is stored: the store adds its sequence number. */
export type NewVerdict = Omit<Verdict, "seq">;

/** One relation of the queue before paging: enough to count, filter and order it. */
export interface QueueRow {
  id: string;
  confidence: number;
  method: string;
  state: ReviewState;
}

/** One side of a queue item, with its document's text for the paragraph around it. */
export interface QueueClaim {
  id: string;
  text: string;
  speaker: string | null;
  speakerId: string | null;
  outlet: string | null;
  via: string | null;
  published: string | null;
  documentId: string;
  documentTitle: string | null;
  start: number;
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  documentText: string;
}

export interface QueueDetail extends Omit<RelationFacts, "sourceText" | "targetText"> {
  reason: string;
  engine: string | null;
  a: QueueClaim;
  b: QueueClaim;
}

/** A verdict with whether it stands (the latest on its target) and the texts its claims have now. */
export interface StoredVerdict {
  verdict: Verdict;
  standing: boolean;
  orphaned: boolean;
  sourceTextNow: string | null;
  targetTextNow: string | null;
  sourceContentNow: string | null;
  targetContentNow: string | null;
}

/** Both claim relation types, one branch each so that each uses its own id index. */
const RELATION_BY_ID = `CALL (id) {
    MATCH (a:Claim)-[r:CONTRADICTS {id: id}]->(b:Claim) RETURN r, a, b, 'CONTRADICTS' AS type
    UNION
    MATCH (a:Claim)-[r:SUPPORTS {id: id}]->(b:Claim) RETURN r, a, b, 'SUPPORTS' AS type
  }`;

const RELATION_FACTS = `{id: r.id, type: type, kind: r.kind, method: r.method, detector: r.detector, confidence: r.confidence,
  source: a.id, target: b.id, sourceText: a.text, targetText: b.text}`;

/**
 * Takes the target's write lock before reading its sequence number (a SET on the node does), so
 * concurrent verdicts on one target queue up and each gets the next number: none is lost, and the
 * one committed last stands.
 */
const APPEND_VERDICT = `MERGE (t:ReviewTarget {id: $v.targetId}) ON CREATE SET t.kind = $v.targetKind, t.seq = 0
  SET t.locked = true
  WITH t, t.seq + 1 AS seq
  SET t.seq = seq, t.state = $state, t.status = $v.status, t.at = $v.at
  REMOVE t.locked
  CREATE (v:Verdict) SET v = $props, v.seq = seq
  RETURN v`;

/** Flattens a verdict into node properties (Neo4j stores no maps). */
function verdictProps(v: NewVerdict): Row {
  const { relation, ...rest } = v;
  return {
    ...rest,
    relType: relation?.type ?? null,
    relKind: relation?.kind ?? null,
    relMethod: relation?.method ?? null,
    relDetector: relation?.detector ?? null,
    relConfidence: relation?.confidence ?? null,
    relSource: relation?.source ?? null,
    relTarget: relation?.target ?? null,
    sourceText: relation?.sourceText ?? null,
    targetText: relation?.targetText ?? null,
  };
}

const str = (x: unknown): string | null => (x === null || x === undefined ? null : String(x));

/** Maps a (:Verdict) node's properties back to a Verdict, at the boundary. */
export function verdictOf(p: Row): Verdict {
  return {
    id: String(p.id),
    targetKind: p.targetKind as Verdict["targetKind"],
    targetId: String(p.targetId),
    decision: p.decision as Verdict["decision"],
    type: (str(p.type) as Verdict["type"]) ?? null,
    kind: (str(p.kind) as Verdict["kind"]) ?? null,
    status: (str(p.status) as Verdict["status"]) ?? null,
    links: Array.isArray(p.links) ? p.links.map(String) : [],
    reason: str(p.reason),
    note: String(p.note ?? ""),
    reviewer: String(p.reviewer),
    at: String(p.at),
    seq: Number(p.seq),
    relation:
      p.relType === null || p.relType === undefined
        ? null
        : {
            type: p.relType as "CONTRADICTS" | "SUPPORTS",
            kind: String(p.relKind),
            method: String(p.relMethod),
            detector: String(p.relDetector),
            confidence: Number(p.relConfidence),
            source: String(p.relSource),
            target: String(p.relTarget),
            sourceText: String(p.sourceText),
            targetText: String(p.targetText),
          },
    claimText: str(p.claimText),
  };
}

function claimOf(p: Row): QueueClaim {
  return {
    id: String(p.id),
    text: String(p.text),
    speaker: str(p.speaker),
    speakerId: str(p.speakerId),
    outlet: str(p.outlet),
    via: str(p.via),
    published: str(p.published),
    documentId: String(p.documentId),
    documentTitle: str(p.documentTitle),
    start: Number(p.start),
    end: Number(p.end),
    sentenceStart: Number(p.sentenceStart ?? p.start),
    sentenceEnd: Number(p.sentenceEnd ?? p.end),
    documentText: String(p.documentText ?? ""),
  };
}

const CLAIM_SIDE = (c: string, d: string) =>
  `{id: ${c}.id, text: ${c}.text, speaker: ${c}.speakerText, speakerId: ${c}.speakerId, outlet: ${c}.outlet, via: ${d}.via, published: ${c}.published, documentId: ${c}.documentId,
    documentTitle: ${d}.title, start: ${c}.start, end: ${c}.end, sentenceStart: ${c}.sentenceStart, sentenceEnd: ${c}.sentenceEnd, documentText: ${d}.text}`;

/** Whether the target of a standing verdict is gone from the graph, and why. */
const ORPHAN_REASON = `CASE
    WHEN t.kind = 'claim' THEN CASE WHEN EXISTS { MATCH (:Claim {id: t.id}) } THEN null ELSE 'claim-missing' END
    WHEN EXISTS { MATCH ()-[:CONTRADICTS {id: t.id}]->() } OR EXISTS { MATCH ()-[:SUPPORTS {id: t.id}]->() } THEN null
    WHEN EXISTS { MATCH (:Claim {id: v.relSource}) } AND EXISTS { MATCH (:Claim {id: v.relTarget}) } THEN 'relation-missing'
    ELSE 'claim-missing' END`;

export class ReviewStore {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
  ) {}

  private async read(cypher: string, params: Row = {}): Promise<Row[]> {
    const { records } = await this.driver.executeQuery(cypher, params, { database: this.database, routing: neo4j.routing.READ });
    return records.map((r) => r.toObject() as Row);
  }

  private async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.database });
    try {
      return await session.executeWrite(work);
    } finally {
      await session.close();
    }
  }

  async relation(id: string): Promise<RelationFacts | null> {
    const rows = await this.read(`WITH $id AS id ${RELATION_BY_ID} RETURN ${RELATION_FACTS} AS f`, { id });
    return rows.length === 0 ? null : (rows[0]!.f as RelationFacts);
  }

  async claimText(id: string): Promise<string | null> {
    const rows = await this.read("MATCH (c:Claim {id: $id}) RETURN c.text AS text", { id });
    return rows.length === 0 ? null : String(rows[0]!.text);
  }

  /**
   * Appends a verdict on a relation or a claim, if the target still exists when the transaction
   * runs; null when it does not (it was removed since it was looked up).
   */
  async append(v: NewVerdict, state: ReviewState | null): Promise<Verdict | null> {
    const exists =
      v.targetKind === "claim"
        ? "MATCH (c:Claim {id: $v.targetId}) WITH count(c) AS n WHERE n > 0"
        : `WITH $v.targetId AS id ${RELATION_BY_ID} WITH count(r) AS n WHERE n > 0`;
    return this.write(async (tx) => {
      const res = await tx.run(`${exists} ${APPEND_VERDICT}`, { v, state, props: verdictProps(v) });
      const node = res.records[0]?.get("v") as { properties: Row } | undefined;
      return node ? verdictOf(node.properties) : null;
    });
  }

  /**
   * Creates (or, for the same two claims and type, updates) a manual relation and appends its
   * verdict, in one transaction. Null when either claim does not exist.
   */
  async addManualRelation(v: NewVerdict & { relation: RelationFacts }, evidence: string): Promise<Verdict | null> {
    const rel = v.relation;
    // One statement per type: relationship types are static so that the id indexes apply.
    const create = (type: "CONTRADICTS" | "SUPPORTS") => `MATCH (a:Claim {id: $source}) MATCH (b:Claim {id: $target})
      MERGE (a)-[r:${type} {id: $id}]->(b)
      SET r.kind = $kind, r.confidence = 1.0, r.reason = $reason, r.method = $method, r.detector = $method,
          r.evidence = $evidence, r.quotes = [a.text, b.text], r.reviewer = $reviewer, r.at = $at
      RETURN a.text AS sourceText, b.text AS targetText`;
    return this.write(async (tx) => {
      const made = await tx.run(create(rel.type), {
        source: rel.source,
        target: rel.target,
        id: v.targetId,
        kind: rel.kind,
        reason: v.reason,
        method: MANUAL_METHOD,
        evidence,
        reviewer: v.reviewer,
        at: v.at,
      });
      const row = made.records[0];
      if (!row) return null;
      const withTexts: NewVerdict = { ...v, relation: { ...rel, sourceText: String(row.get("sourceText")), targetText: String(row.get("targetText")) } };
      const res = await tx.run(APPEND_VERDICT, { v: withTexts, state: "confirmed", props: verdictProps(withTexts) });
      return verdictOf((res.records[0]!.get("v") as { properties: Row }).properties);
    });
  }

  /** Every verdict on these targets, newest first. */
  async histories(targetIds: string[]): Promise<Map<string, Verdict[]>> {
    const rows = await this.read("UNWIND $ids AS id MATCH (v:Verdict {targetId: id}) RETURN v ORDER BY v.seq DESC", { ids: targetIds });
    const out = new Map<string, Verdict[]>();
    for (const r of rows) {
      const v = verdictOf((r.v as { properties: Row }).properties);
      const list = out.get(v.targetId);
      if (list) list.push(v);
      else out.set(v.targetId, [v]);
    }
    return out;
  }

  /**
   * Verdicts given after `since` (every one when null), on `target` only when one is given, oldest
   * first, at most `limit` + 1 of them.
   */
  async since(since: string | null, limit: number, target: string | null = null): Promise<Verdict[]> {
    const rows = await this.read(
      "MATCH (v:Verdict) WHERE ($since IS NULL OR v.at > $since) AND ($target IS NULL OR v.targetId = $target) RETURN v ORDER BY v.at, v.targetId, v.seq LIMIT $limit",
      { since, target, limit: neo4j.int(limit + 1) },
    );
    return rows.map((r) => verdictOf((r.v as { properties: Row }).properties));
  }

  /** Every claim-to-claim relation the graph holds, with its review state. */
  async queueRows(): Promise<QueueRow[]> {
    const rows = await this.read(
      `MATCH (:Claim)-[r:CONTRADICTS|SUPPORTS]->(:Claim)
       OPTIONAL MATCH (t:ReviewTarget {id: r.id})
       RETURN r.id AS id, r.confidence AS confidence, r.method AS method, coalesce(t.state, 'unreviewed') AS state`,
    );
    return rows.map((r) => ({ id: String(r.id), confidence: Number(r.confidence), method: String(r.method), state: r.state as ReviewState }));
  }

  /** The relations `ids`, with both claims and their documents, in no particular order. */
  async queueDetails(ids: string[]): Promise<QueueDetail[]> {
    const rows = await this.read(
      `UNWIND $ids AS id ${RELATION_BY_ID}
       MATCH (da:Document)-[:CONTAINS]->(a) MATCH (db:Document)-[:CONTAINS]->(b)
       RETURN ${RELATION_FACTS} AS f, r.reason AS reason, r.engine AS engine, ${CLAIM_SIDE("a", "da")} AS a, ${CLAIM_SIDE("b", "db")} AS b`,
      { ids },
    );
    return rows.map((r) => {
      const { sourceText, targetText, ...f } = r.f as RelationFacts;
      void sourceText;
      void targetText;
      return { ...f, reason: String(r.reason), engine: str(r.engine), a: claimOf(r.a as Row), b: claimOf(r.b as Row) };
    });
  }

  /** The standing status of each claim in `ids` that has one. */
  async claimStatuses(ids: string[]): Promise<Map<string, ClaimStatus>> {
    const rows = await this.read("UNWIND $ids AS id MATCH (t:ReviewTarget {id: id}) WHERE t.kind = 'claim' RETURN t.id AS id, t.status AS status", { ids });
    return new Map(rows.map((r) => [String(r.id), r.status as ClaimStatus]));
  }

  /** The standing verdict of every target the graph no longer holds, with why and how many verdicts it has. */
  async orphaned(): Promise<OrphanedVerdict[]> {
    const rows = await this.read(
      `MATCH (t:ReviewTarget) MATCH (v:Verdict {targetId: t.id}) WHERE v.seq = t.seq
       WITH t, v, ${ORPHAN_REASON} AS reason WHERE reason IS NOT NULL
       RETURN v, reason, t.seq AS history ORDER BY v.at, t.id`,
    );
    return rows.map((r) => ({ verdict: verdictOf((r.v as { properties: Row }).properties), reason: r.reason as OrphanedVerdict["reason"], history: Number(r.history) }));
  }

  /** Every verdict, oldest first, with whether it stands, whether its target is gone, and its claims' texts now. */
  async all(): Promise<StoredVerdict[]> {
    const rows = await this.read(
      `MATCH (t:ReviewTarget) MATCH (v:Verdict {targetId: t.id})
       WITH t, v, ${ORPHAN_REASON} AS reason
       OPTIONAL MATCH (a:Claim {id: coalesce(v.relSource, v.targetId)})
       OPTIONAL MATCH (b:Claim {id: v.relTarget})
       RETURN v, v.seq = t.seq AS standing, reason IS NOT NULL AS orphaned, a.text AS a, b.text AS b, a.content AS ac, b.content AS bc
       ORDER BY v.at, v.targetId, v.seq`,
    );
    return rows.map((r) => ({
      verdict: verdictOf((r.v as { properties: Row }).properties),
      standing: Boolean(r.standing),
      orphaned: Boolean(r.orphaned),
      sourceTextNow: str(r.a),
      targetTextNow: str(r.b),
      sourceContentNow: str(r.ac),
      targetContentNow: str(r.bc),
    }));
  }
}
