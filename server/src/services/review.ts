/*
 * Review use cases: verdicts on relations and claims, manual relations, the review queue, the
 * verdict history and its export, and the precision the verdicts measure. No Express, no Cypher.
 *
 * The queue's "disagreement" order puts first what a person's look is worth most on:
 *   disagreement = (method is 'judge' ? 1 : 0) + (1 − 2·|confidence − 0.5|)
 * An edge the judge made is one where no rule reached the threshold but the learned judge linked the
 * pair (arbitrate.ts): the rules and the judge disagree, so those come first; within each, the nearer
 * the confidence is to 0.5, the less sure the engine is. Ties go to the relation id, so pages are
 * stable. (The judge's opinion of a rule-found edge is not stored, so a rule edge the judge would
 * dispute cannot be told apart yet.) `sort=confidence` is simply the least confident first.
 */

import crypto from "node:crypto";
import {
  MANUAL_ID_PREFIX,
  MANUAL_METHOD,
  type ClaimStatusRequest,
  type ManualRelationRequest,
  type RelationVerdictRequest,
  type ReviewClaim,
  type ReviewCounts,
  type ReviewItem,
  type ReviewQuery,
  type ReviewQueue,
  type ReviewState,
  type Verdict,
  type VerdictExport,
  type VerdictList,
  type VerdictsQuery,
} from "../../../graph-schema";
import type { NewVerdict, QueueClaim, QueueRow, RelationFacts, ReviewStore } from "../db/review-store";
import { ClaimGraphError } from "../errors";

export interface ReviewServiceDeps {
  store: ReviewStore;
  /** The clock verdicts are stamped with (tests pin it). */
  now?: () => Date;
  /** Told after every stored decision: the explorer's cached reads carry review states and must not outlive one. */
  onWrite?: () => void;
}

/** Where a relation stands after a decision on it; a relabel that keeps the type only corrects the kind. */
export function stateAfter(decision: Verdict["decision"], relabelType: Verdict["type"], relationType: RelationFacts["type"]): ReviewState {
  if (decision === "reject") return "rejected";
  if (decision === "relabel") return relabelType === relationType ? "confirmed" : "relabelled";
  return "confirmed";
}

/** The queue's disagreement score (see the header): in [0, 2], higher first. */
export function disagreement(row: Pick<QueueRow, "confidence" | "method">): number {
  return (row.method === "judge" ? 1 : 0) + (1 - 2 * Math.abs(row.confidence - 0.5));
}

/** The id of a person's relation between two claims: like the engine's, from type and ends only. */
export function manualRelationId(type: string, source: string, target: string): string {
  return `${MANUAL_ID_PREFIX}${crypto.createHash("sha256").update(`${type}|${source}|${target}`).digest("hex").slice(0, 16)}`;
}

/** The paragraph around a span (paragraphs are separated by a blank line), with where it starts. */
export function paragraphAt(text: string, start: number, end: number): { start: number; text: string } {
  const before = text.lastIndexOf("\n\n", start);
  const from = before === -1 ? 0 : before + 2;
  const after = text.indexOf("\n\n", end);
  return { start: from, text: text.slice(from, after === -1 ? text.length : after) };
}

/** What a standing relation verdict teaches the judge: the relation it says holds between the two claims. */
export function trainingLabel(v: Verdict): VerdictExport["label"] {
  if (v.targetKind !== "relation" || v.relation === null) return null;
  const type = v.decision === "relabel" ? v.type : v.decision === "reject" ? "NONE" : v.relation.type;
  return type === "CONTRADICTS" ? "contradicts" : type === "SUPPORTS" ? "supports" : "discusses";
}

const notFound = (what: string, id: string) => new ClaimGraphError("NOT_FOUND", `review: no ${what} ${id}; nothing was changed.`);

export class ReviewService {
  private readonly store: ReviewStore;
  private readonly now: () => Date;
  private readonly onWrite: () => void;

  constructor(deps: ReviewServiceDeps) {
    this.store = deps.store;
    this.now = deps.now ?? (() => new Date());
    this.onWrite = deps.onWrite ?? (() => {});
  }

  private base(reviewer: string, note: string): Pick<NewVerdict, "id" | "reviewer" | "at" | "note" | "links" | "reason" | "status" | "type" | "kind" | "claimText" | "relation"> {
    return { id: `vrd-${crypto.randomUUID()}`, reviewer, at: this.now().toISOString(), note, links: [], reason: null, status: null, type: null, kind: null, claimText: null, relation: null };
  }

  async relationVerdict(id: string, body: RelationVerdictRequest, reviewer: string): Promise<{ verdict: Verdict; state: ReviewState }> {
    const relation = await this.store.relation(id);
    if (!relation) throw notFound("relation", id);
    const type = body.decision === "relabel" ? body.type : null;
    const kind = body.decision === "relabel" ? body.kind : null;
    const state = stateAfter(body.decision, type, relation.type);
    const verdict = await this.store.append({ ...this.base(reviewer, body.note), targetKind: "relation", targetId: id, decision: body.decision, type, kind, relation }, state);
    if (!verdict) throw notFound("relation", id);
    this.onWrite();
    return { verdict, state };
  }

  async manualRelation(body: ManualRelationRequest, reviewer: string): Promise<{ id: string; verdict: Verdict }> {
    const id = manualRelationId(body.type, body.source, body.target);
    const [sourceText, targetText] = await Promise.all([this.store.claimText(body.source), this.store.claimText(body.target)]);
    if (sourceText === null) throw notFound("claim", body.source);
    if (targetText === null) throw notFound("claim", body.target);
    const relation: RelationFacts = { id, type: body.type, kind: body.kind, method: MANUAL_METHOD, detector: MANUAL_METHOD, confidence: 1, source: body.source, target: body.target, sourceText, targetText };
    const evidence = JSON.stringify([
      { claimId: body.source, quote: sourceText },
      { claimId: body.target, quote: targetText },
    ]);
    const verdict = await this.store.addManualRelation(
      { ...this.base(reviewer, body.note), targetKind: "relation", targetId: id, decision: "manual", type: body.type, kind: body.kind, reason: body.reason, relation },
      evidence,
    );
    if (!verdict) throw notFound("claim", `${body.source} or ${body.target}`);
    this.onWrite();
    return { id, verdict };
  }

  async claimStatus(id: string, body: ClaimStatusRequest, reviewer: string): Promise<{ verdict: Verdict; state: null }> {
    const claimText = await this.store.claimText(id);
    if (claimText === null) throw notFound("claim", id);
    const verdict = await this.store.append({ ...this.base(reviewer, body.note), targetKind: "claim", targetId: id, decision: "status", status: body.status, links: body.links, claimText }, null);
    if (!verdict) throw notFound("claim", id);
    this.onWrite();
    return { verdict, state: null };
  }

  async queue(q: ReviewQuery): Promise<ReviewQueue> {
    const [rows, orphaned] = await Promise.all([this.store.queueRows(), this.store.orphaned()]);
    const counts: ReviewCounts = { unreviewed: 0, confirmed: 0, relabelled: 0, rejected: 0, orphaned: orphaned.length };
    for (const r of rows) counts[r.state] += 1;
    const score = q.sort === "disagreement" ? (r: QueueRow) => -disagreement(r) : (r: QueueRow) => r.confidence;
    const chosen = rows
      .filter((r) => r.state === q.state)
      .map((r) => ({ r, key: score(r) }))
      .sort((x, y) => x.key - y.key || (x.r.id < y.r.id ? -1 : 1))
      .map((x) => x.r);
    const page = chosen.slice(q.offset, q.offset + q.limit);
    const ids = page.map((r) => r.id);
    const [details, histories] = await Promise.all([this.store.queueDetails(ids), this.store.histories(ids)]);
    const statuses = await this.store.claimStatuses(details.flatMap((d) => [d.a.id, d.b.id]));
    const byId = new Map(details.map((d) => [d.id, d]));
    const side = (c: QueueClaim): ReviewClaim => {
      const { documentText, ...rest } = c;
      return { ...rest, paragraph: paragraphAt(documentText, c.start, c.end), status: statuses.get(c.id) ?? null };
    };
    const items: ReviewItem[] = [];
    for (const row of page) {
      // A relation removed between the two reads is left out of this page.
      const d = byId.get(row.id);
      if (!d) continue;
      items.push({
        id: d.id,
        type: d.type,
        kind: d.kind,
        confidence: d.confidence,
        reason: d.reason,
        method: d.method,
        detector: d.detector,
        engine: d.engine,
        disagreement: Math.round(disagreement(row) * 1000) / 1000,
        state: row.state,
        a: side(d.a),
        b: side(d.b),
        history: histories.get(d.id) ?? [],
      });
    }
    return { items, total: chosen.length, counts };
  }

  async verdicts(q: VerdictsQuery): Promise<VerdictList> {
    const since = q.since === undefined ? null : new Date(q.since).toISOString();
    const [list, orphaned] = await Promise.all([this.store.since(since, q.limit, q.target ?? null), this.store.orphaned()]);
    return { verdicts: list.slice(0, q.limit), truncated: list.length > q.limit, orphaned };
  }

  /** Every verdict, oldest first, with the two claims' texts as they are now (as judged, when gone). */
  async exportAll(): Promise<VerdictExport[]> {
    return (await this.store.all()).map(({ verdict, standing, orphaned, sourceTextNow, targetTextNow, sourceContentNow, targetContentNow }) => ({
      ...verdict,
      standing,
      orphaned,
      label: standing ? trainingLabel(verdict) : null,
      a: sourceTextNow ?? verdict.relation?.sourceText ?? verdict.claimText,
      b: verdict.targetKind === "relation" ? targetTextNow ?? verdict.relation?.targetText ?? null : null,
      aContent: sourceContentNow,
      bContent: verdict.targetKind === "relation" ? targetContentNow : null,
    }));
  }
}
