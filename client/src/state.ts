/*
 * UI state ⇄ URL, as a pure codec with a normaliser: a link reproduces what the analyst saw
 * (tab, selection, filters). Unknown or malformed values fall back to defaults.
 */

export type Tab = "conflicts" | "echoes" | "overview" | "cypher";

export interface UiState {
  tab: Tab;
  selected: string | null;
  outlet: string | null;
  entity: string | null;
  relation: "any" | "CONTRADICTS" | "SUPPORTS";
  minConfidence: number;
  from: string | null;
  to: string | null;
  hidden: string[];
}

export const DEFAULT_STATE: UiState = { tab: "conflicts", selected: null, outlet: null, entity: null, relation: "any", minConfidence: 0, from: null, to: null, hidden: [] };

const ID = /^[a-z]{3}-[a-z0-9-]{1,80}$/;
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function cleanState(raw: Partial<Record<keyof UiState, unknown>>): UiState {
  const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim().slice(0, 200) : null);
  const tab = raw.tab === "echoes" || raw.tab === "cypher" || raw.tab === "overview" ? raw.tab : "conflicts";
  const relation = raw.relation === "CONTRADICTS" || raw.relation === "SUPPORTS" ? raw.relation : "any";
  const conf = Number(raw.minConfidence);
  const selected = str(raw.selected);
  const entity = str(raw.entity);
  const from = str(raw.from);
  const to = str(raw.to);
  const hidden = Array.isArray(raw.hidden) ? raw.hidden.filter((h): h is string => typeof h === "string" && /^[A-Za-z_]{1,20}$/.test(h)) : [];
  return {
    tab,
    selected: selected && ID.test(selected) ? selected : null,
    outlet: str(raw.outlet),
    entity: entity && ID.test(entity) ? entity : null,
    relation,
    minConfidence: Number.isFinite(conf) ? Math.min(1, Math.max(0, conf)) : 0,
    from: from && DATE.test(from) ? from : null,
    to: to && DATE.test(to) ? to : null,
    hidden: [...new Set(hidden)].sort(),
  };
}

export function encodeState(s: UiState): string {
  const p = new URLSearchParams();
  if (s.tab !== DEFAULT_STATE.tab) p.set("tab", s.tab);
  if (s.selected) p.set("sel", s.selected);
  if (s.outlet) p.set("outlet", s.outlet);
  if (s.entity) p.set("entity", s.entity);
  if (s.relation !== "any") p.set("rel", s.relation);
  if (s.minConfidence > 0) p.set("conf", String(s.minConfidence));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.hidden.length) p.set("hide", s.hidden.join(","));
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
  });
}
