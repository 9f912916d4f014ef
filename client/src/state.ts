/*
 * UI state ⇄ URL, as a pure codec with a normaliser: a link reproduces what the analyst saw
 * (tab, selection, filters, hidden types). Unknown or malformed values fall back to defaults; ids,
 * dates, selection kinds and type names are checked against graph-schema, not against copies.
 */

import { EDGE_TYPES, NODE_KINDS, type GraphQuery } from "../../graph-schema/api";
import { labelOfId, PARTIAL_DATE_PATTERN, selectionOf, STORY_ID_PATTERN, type Selection } from "../../graph-schema/ids";
import type { ConflictFilters, GraphFilters } from "./api";
import { COLLAPSE_MODES, type CollapseMode } from "./graph/collapse";

export const TABS = ["conflicts", "echoes", "review", "overview", "stories", "figures", "cypher"] as const;
export type Tab = (typeof TABS)[number];
export type RelationFilter = GraphQuery["relation"];
/** How the graph is drawn: every claim, or collapsed into outlets or stories (overview mode). */
export type GraphMode = "claims" | CollapseMode;
/**
 * Overview mode collapses more claims than the explorer draws one by one: the 2,000 most involved
 * in conflicts. The API's largest cap (5,000) needs more than its read timeout on a 10× FNC-1 graph
 * with a cold database on a loaded two-core machine.
 */
export const OVERVIEW_LIMIT = 2000;

export interface UiState {
  tab: Tab;
  selected: Selection | null;
  outlet: string | null;
  entity: string | null;
  relation: RelationFilter;
  minConfidence: number;
  from: string | null;
  to: string | null;
  /** Node kinds and edge types the legend has switched off. */
  hidden: string[];
  /** Also draw and list relations an analyst rejected. */
  rejected: boolean;
  /** The document open in the article reader; the selection, when one of its claims, is marked there. */
  doc: string | null;
  /** The story the graph and the lists are narrowed to. */
  story: string | null;
  mode: GraphMode;
}

export const DEFAULT_STATE: UiState = { tab: "conflicts", selected: null, outlet: null, entity: null, relation: "any", minConfidence: 0, from: null, to: null, hidden: [], rejected: false, doc: null, story: null, mode: "claims" };

const HIDEABLE = new Set<string>([...NODE_KINDS, ...EDGE_TYPES]);

export function cleanState(raw: Partial<Record<keyof UiState, unknown>>): UiState {
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, 200) : null);
  const date = (v: unknown) => {
    const s = str(v);
    return s && PARTIAL_DATE_PATTERN.test(s) ? s : null;
  };
  const tab = TABS.find((t) => t === raw.tab) ?? DEFAULT_STATE.tab;
  const relation = raw.relation === "CONTRADICTS" || raw.relation === "SUPPORTS" ? raw.relation : "any";
  const conf = Number(raw.minConfidence);
  const selected = str(typeof raw.selected === "object" && raw.selected !== null ? (raw.selected as { id?: unknown }).id : raw.selected);
  const entity = str(raw.entity);
  const doc = str(raw.doc);
  const story = str(raw.story);
  const mode = COLLAPSE_MODES.find((m) => m === raw.mode) ?? "claims";
  const hidden = Array.isArray(raw.hidden) ? raw.hidden.filter((h): h is string => typeof h === "string" && HIDEABLE.has(h)) : [];
  return {
    tab,
    selected: selected ? selectionOf(selected) : null,
    outlet: str(raw.outlet),
    entity: entity && selectionOf(entity)?.kind === "Entity" ? entity : null,
    relation,
    minConfidence: Number.isFinite(conf) ? Math.min(1, Math.max(0, conf)) : 0,
    from: date(raw.from),
    to: date(raw.to),
    hidden: [...new Set(hidden)].sort(),
    rejected: raw.rejected === true || raw.rejected === "1",
    doc: doc && labelOfId(doc) === "Document" ? doc : null,
    story: story && STORY_ID_PATTERN.test(story) ? story : null,
    mode,
  };
}

export function encodeState(s: UiState): string {
  const p = new URLSearchParams();
  if (s.tab !== DEFAULT_STATE.tab) p.set("tab", s.tab);
  if (s.selected) p.set("sel", s.selected.id);
  if (s.outlet) p.set("outlet", s.outlet);
  if (s.entity) p.set("entity", s.entity);
  if (s.relation !== "any") p.set("rel", s.relation);
  if (s.minConfidence > 0) p.set("conf", String(s.minConfidence));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.hidden.length) p.set("hide", s.hidden.join(","));
  if (s.rejected) p.set("rejected", "1");
  if (s.doc) p.set("doc", s.doc);
  if (s.story) p.set("story", s.story);
  if (s.mode !== DEFAULT_STATE.mode) p.set("mode", s.mode);
  const out = p.toString();
  return out ? `?${out}` : "";
}

export function decodeState(search: string): UiState {
  const p = new URLSearchParams(search);
  return cleanState({
    tab: p.get("tab"),
    selected: p.get("sel"),
    outlet: p.get("outlet"),
    entity: p.get("entity"),
    relation: p.get("rel"),
    minConfidence: p.get("conf") ?? 0,
    from: p.get("from"),
    to: p.get("to"),
    hidden: p.get("hide")?.split(",") ?? [],
    rejected: p.get("rejected"),
    doc: p.get("doc"),
    story: p.get("story"),
    mode: p.get("mode"),
  });
}

/** The graph the state asks for; the export link uses the same filters, so it saves what is shown. */
export function graphFilters(s: UiState): GraphFilters {
  return {
    outlet: s.outlet,
    entity: s.entity,
    relation: s.relation,
    linkedOnly: s.relation !== "any",
    minConfidence: s.minConfidence || undefined,
    from: s.from,
    to: s.to,
    rejected: s.rejected || undefined,
    story: s.story ?? undefined,
    limit: s.mode === "claims" ? undefined : OVERVIEW_LIMIT,
    overview: s.mode === "claims" ? undefined : true,
  };
}

/** The Conflicts or Echoes list the state asks for; `against` narrows it to one cell of the outlet matrix. */
export function conflictFilters(s: UiState, against?: string): ConflictFilters {
  return { type: s.tab === "echoes" ? "SUPPORTS" : "CONTRADICTS", outlet: s.outlet, against, minConfidence: s.minConfidence || undefined, rejected: s.rejected || undefined, story: s.story ?? undefined };
}
