/*
 * How graph elements look: one colour and size per node kind, strong colours for CONTRADICTS
 * and SUPPORTS, lighter ones for the judge's article stances (DISPUTES, ECHOES), quiet grey for
 * structural edges. A claim-to-claim edge an analyst confirmed is drawn bolder and darker than one
 * only the machine found; a rejected one, drawn only when asked for, is grey. Shared by the renderer
 * and the legend.
 */

export const NODE_STYLE: Record<string, { color: string; size: number; label: string }> = {
  Source: { color: "#5c4d7d", size: 12, label: "Outlets" },
  Document: { color: "#8d99ae", size: 8, label: "Documents" },
  Claim: { color: "#f4a259", size: 6, label: "Claims" },
  Entity: { color: "#3a86ff", size: 5, label: "Entities" },
};

export const EDGE_STYLE: Record<string, { color: string; size: number; label: string }> = {
  CONTRADICTS: { color: "#d7263d", size: 3, label: "Contradicts" },
  SUPPORTS: { color: "#1b998b", size: 2.5, label: "Supports" },
  DISPUTES: { color: "#f28482", size: 2, label: "Article disputes" },
  ECHOES: { color: "#84c7bd", size: 1.5, label: "Article echoes" },
  PUBLISHED: { color: "#d5d8de", size: 1, label: "Published" },
  CITES: { color: "#b9a8e0", size: 1, label: "Cites" },
  CONTAINS: { color: "#e1e4ea", size: 0.8, label: "Contains" },
  ATTRIBUTED_TO: { color: "#c3d3f5", size: 1, label: "Said by" },
  MENTIONS: { color: "#e8edf7", size: 0.6, label: "Mentions" },
};

/** Review states of CONTRADICTS and SUPPORTS edges, in legend order (RelationReviewSchema's states). */
export const REVIEW_STYLE: Record<string, { label: string; sizeFactor: number }> = {
  confirmed: { label: "Confirmed by an analyst", sizeFactor: 1.8 },
  relabelled: { label: "Relabelled by an analyst", sizeFactor: 1.8 },
  unreviewed: { label: "Found by the engine", sizeFactor: 1 },
  rejected: { label: "Rejected by an analyst", sizeFactor: 0.8 },
};
/** Confirmed edges in a darker shade of their type's colour, so machine edges read as the lighter ones. */
export const CONFIRMED_COLOR: Record<string, string> = { CONTRADICTS: "#8c0f20", SUPPORTS: "#0b5e55" };
export const REJECTED_COLOR = "#b4b9c2";

export function shorten(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
