/*
 * A relation's review as the explorer's reads show it: the (:ReviewTarget {id}) that heads its
 * verdicts (db/review-store.ts writes them) and the standing (:Verdict), matched by the relation's
 * stable id. Nothing links verdicts to the claim graph, so a relation found again by a re-ingest
 * picks up its review here; a rejected relation stays rejected.
 */

/** `r`'s review as a RelationReview map; a relation no one has judged is unreviewed. Needs `r` bound. */
export const RELATION_REVIEW = `coalesce(COLLECT {
    MATCH (t:ReviewTarget {id: r.id}) OPTIONAL MATCH (v:Verdict {targetId: t.id}) WHERE v.seq = t.seq
    RETURN {state: t.state, reviewer: v.reviewer, at: v.at, relabel: v.type} }[0],
  {state: 'unreviewed', reviewer: null, at: null, relabel: null})`;

/**
 * `r`'s type as its review leaves it: the type a standing relabel gives (CONTRADICTS, SUPPORTS or
 * NONE), else the engine's. Lists of one type use it, so a contradiction relabelled an echo is
 * listed with the echoes. Needs `r` bound.
 */
export const REVIEWED_TYPE = `coalesce(COLLECT {
    MATCH (t:ReviewTarget {id: r.id}) WHERE t.state = 'relabelled' MATCH (v:Verdict {targetId: t.id}) WHERE v.seq = t.seq
    RETURN v.type }[0], type(r))`;

/** True unless `r` stands rejected, or `$rejected` asks for rejected relations too. */
export const UNLESS_REJECTED = `($rejected OR NOT EXISTS { MATCH (t:ReviewTarget {id: r.id}) WHERE t.state = 'rejected' })`;

/** `c`'s standing status from review (CLAIM_STATUSES), or null when no one has set one. Needs `c` bound. */
export const CLAIM_STATUS = "COLLECT { MATCH (t:ReviewTarget {id: c.id}) WHERE t.kind = 'claim' RETURN t.status }[0]";
