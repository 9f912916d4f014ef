/*
 * manifest.json: metadata a user supplies beside a folder of articles. Every field but `file` is
 * optional; what the manifest leaves out is read from the text or defaulted by the pipeline.
 */

import { z } from "zod";
import { DatePrecisionSchema } from "./labels";
import { PartialDateSchema } from "./graph";

export const ManifestEntrySchema = z.object({
  file: z.string().min(1),
  outlet: z.string().min(1).nullish(),
  url: z.string().nullish(),
  title: z.string().nullish(),
  published: PartialDateSchema.nullish(),
  precision: DatePrecisionSchema.nullish(),
  via: z.string().min(1).nullish(),
  language: z.string().nullish(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

export const ManifestSchema = z.object({
  about: z.string().optional(),
  documents: z.array(ManifestEntrySchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;
