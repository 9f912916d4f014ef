/*
 * Pipeline options, in the manner of sigma's settings: one interface, grouped defaults, and
 * resolve() that merges a partial override and validates it with a readable error.
 */

import { ClaimGraphError } from "../errors";
import { DEFAULT_RELATION_OPTIONS, type RelationOptions } from "./relations/detect";

export interface PipelineOptions {
  documents: {
    /** Files over this many bytes are refused with INPUT_TOO_LARGE. */
    maxFileBytes: number;
  };
  relations: RelationOptions;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  documents: { maxFileBytes: 20 * 1024 * 1024 },
  relations: DEFAULT_RELATION_OPTIONS,
};

export type PipelineOverrides = { documents?: Partial<PipelineOptions["documents"]>; relations?: Partial<RelationOptions> };

export function resolvePipelineOptions(overrides: PipelineOverrides = {}): PipelineOptions {
  const options: PipelineOptions = {
    documents: { ...DEFAULT_PIPELINE_OPTIONS.documents, ...overrides.documents },
    relations: { ...DEFAULT_PIPELINE_OPTIONS.relations, ...overrides.relations },
  };
  const problems: string[] = [];
  if (!(options.documents.maxFileBytes > 0)) problems.push("documents.maxFileBytes must be positive");
  if (!(options.relations.maxBlockSize >= 2)) problems.push("relations.maxBlockSize must be at least 2");
  for (const k of ["minConfidence", "echoSimilarity"] as const) {
    const v = options.relations[k];
    if (!(v >= 0 && v <= 1)) problems.push(`relations.${k} must be between 0 and 1`);
  }
  if (problems.length > 0) throw new ClaimGraphError("CONFIG_INVALID", `pipeline: invalid options: ${problems.join("; ")}.`);
  return options;
}
