/*
 * Pipeline options, in the manner of sigma's settings: one interface, grouped defaults, and
 * resolve() that merges a partial override and validates it with a readable error.
 */

import { ClaimGraphError } from "../errors";
import { DEFAULT_RELATION_OPTIONS, type RelationOptions } from "./relations/detect";
import { RULE_FAMILIES } from "./relations/registry";
import { DEFAULT_STANCE_OPTIONS, type StanceOptions } from "./relations/stances";

export interface PipelineOptions {
  documents: {
    /** Files over this many bytes are refused with INPUT_TOO_LARGE. */
    maxFileBytes: number;
  };
  relations: RelationOptions;
  stances: StanceOptions;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  documents: { maxFileBytes: 20 * 1024 * 1024 },
  relations: DEFAULT_RELATION_OPTIONS,
  stances: DEFAULT_STANCE_OPTIONS,
};

export type PipelineOverrides = {
  documents?: Partial<PipelineOptions["documents"]>;
  /** Confidences merge per family and name: `{ confidences: { "numeric-interval": { conflict: 0.75 } } }`. */
  relations?: Partial<Omit<RelationOptions, "confidences">> & { confidences?: Record<string, Record<string, number>> };
  stances?: Partial<StanceOptions>;
};

export function resolvePipelineOptions(overrides: PipelineOverrides = {}): PipelineOptions {
  const options: PipelineOptions = {
    documents: { ...DEFAULT_PIPELINE_OPTIONS.documents, ...overrides.documents },
    relations: {
      ...DEFAULT_PIPELINE_OPTIONS.relations,
      ...overrides.relations,
      confidences: mergeConfidences(DEFAULT_PIPELINE_OPTIONS.relations.confidences, overrides.relations?.confidences),
    },
    stances: { ...DEFAULT_PIPELINE_OPTIONS.stances, ...overrides.stances },
  };
  const problems: string[] = [];
  if (!(options.documents.maxFileBytes > 0)) problems.push("documents.maxFileBytes must be positive");
  if (!(options.relations.maxBlockSize >= 2)) problems.push("relations.maxBlockSize must be at least 2");
  for (const k of ["minConfidence", "echoSimilarity", "judgeConfidence", "judgeOverlap", "judgeNewsDispute"] as const) {
    const v = options.relations[k];
    if (!(v >= 0 && v <= 1)) problems.push(`relations.${k} must be between 0 and 1`);
  }
  problems.push(...confidenceProblems(overrides.relations?.confidences ?? {}));
  if (!(options.stances.minConfidence >= 0 && options.stances.minConfidence <= 1)) problems.push("stances.minConfidence must be between 0 and 1");
  if (!(options.stances.maxDocumentsPerClaim >= 0)) problems.push("stances.maxDocumentsPerClaim must not be negative");
  if (problems.length > 0) throw new ClaimGraphError("CONFIG_INVALID", `pipeline: invalid options: ${problems.join("; ")}.`);
  return options;
}

function mergeConfidences(defaults: RelationOptions["confidences"], overrides: RelationOptions["confidences"] = {}): RelationOptions["confidences"] {
  const merged: RelationOptions["confidences"] = {};
  for (const id of new Set([...Object.keys(defaults), ...Object.keys(overrides)])) merged[id] = { ...defaults[id], ...overrides[id] };
  return merged;
}

/** Every overridden confidence names a known family and one of its confidences, and lies in [0, 1]. */
function confidenceProblems(overrides: RelationOptions["confidences"]): string[] {
  const problems: string[] = [];
  for (const [id, values] of Object.entries(overrides)) {
    const family = RULE_FAMILIES.find((f) => f.id === id);
    if (!family) {
      problems.push(`relations.confidences.${id} is not a rule family (known: ${RULE_FAMILIES.map((f) => f.id).join(", ")})`);
      continue;
    }
    const known = Object.keys(family.confidences);
    for (const [name, v] of Object.entries(values ?? {})) {
      if (!known.includes(name)) problems.push(`relations.confidences.${id}.${name} is not a confidence of ${id} (known: ${known.join(", ") || "none"})`);
      else if (!(typeof v === "number" && v >= 0 && v <= 1)) problems.push(`relations.confidences.${id}.${name} must be between 0 and 1`);
    }
  }
  return problems;
}
