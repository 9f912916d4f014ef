/*
 * Pipeline options: rule confidences merge per family and name, and are validated.
 */

import { ClaimGraphError } from "../../../server/src/errors";
import { resolvePipelineOptions, type PipelineOverrides } from "../../../server/src/nlp/options";

describe("resolvePipelineOptions", () => {
  it("should default every family's confidences", () => {
    expect(resolvePipelineOptions().relations.confidences["numeric-frame"]).toMatchObject({ bounds: 0.8, support: 0.6 });
  });

  it("should merge an override into a family's defaults", () => {
    const { confidences } = resolvePipelineOptions({ relations: { confidences: { "numeric-frame": { bounds: 0.75 } } } }).relations;
    expect(confidences["numeric-frame"]).toMatchObject({ bounds: 0.75, support: 0.6 });
    expect(confidences["counter-claim"]).toEqual({ sharedMeasure: 0.8, sharedEntity: 0.65 });
  });

  it.each<{ name: string; overrides: PipelineOverrides; problem: RegExp }>([
    { name: "a confidence over 1", overrides: { relations: { confidences: { "echo-overlap": { max: 1.2 } } } }, problem: /relations\.confidences\.echo-overlap\.max/ },
    { name: "a negative confidence", overrides: { relations: { confidences: { "opposite-state": { denial: -0.1 } } } }, problem: /relations\.confidences\.opposite-state\.denial/ },
    { name: "an unknown family", overrides: { relations: { confidences: { "numeric-range": { conflict: 0.7 } } } }, problem: /relations\.confidences\.numeric-range/ },
    { name: "an unknown confidence name", overrides: { relations: { confidences: { "counter-claim": { shared: 0.7 } } } }, problem: /relations\.confidences\.counter-claim\.shared/ },
  ])("should refuse $name with CONFIG_INVALID", ({ overrides, problem }) => {
    let error: unknown;
    try {
      resolvePipelineOptions(overrides);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClaimGraphError);
    expect((error as ClaimGraphError).code).toBe("CONFIG_INVALID");
    expect((error as Error).message).toMatch(problem);
  });
});
