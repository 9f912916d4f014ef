/*
 * The states a claim asserts: each class found by its cues, a negation just before a cue moving it
 * to the opposite class, the longest of overlapping cues kept, one word standing in two classes,
 * and compounds ("closed-door") not read as states.
 */

import { OPPOSITE, STATE_CLASSES, stateFeatures } from "../../../../server/src/nlp/claims/states";

const classes = (content: string) => stateFeatures(content).map((f) => f.cls);

describe("stateFeatures", () => {
  it.each([
    { content: "The festival has ended.", cls: ["end"] },
    { content: "Talks continue in the capital.", cls: ["ongoing"] },
    { content: "The launch was successful.", cls: ["success"] },
    { content: "The rescue attempt failed.", cls: ["failure"] },
    { content: "Rebels advanced towards the ridge.", cls: ["advance"] },
    { content: "The garrison withdrew overnight.", cls: ["retreat"] },
    { content: "Prices rose again.", cls: ["increase"] },
    { content: "Exports declined in spring.", cls: ["decrease"] },
    { content: "The old bridge is intact.", cls: ["intact"] },
    { content: "The bridge was destroyed.", cls: ["damaged"] },
    { content: "The crossing was reopened.", cls: ["open"] },
    { content: "The crossing remains open.", cls: ["open", "ongoing"] },
    { content: "The crossing was closed.", cls: ["closed"] },
    { content: "Officials reported a record turnout.", cls: ["turnout-high"] },
    { content: "Voters stayed away from the polls.", cls: ["turnout-low"] },
    { content: "Rebel units were violating the cease-fire.", cls: ["violated"] },
    { content: "The army is observing the truce.", cls: ["honoured"] },
    { content: "The army has not respected the ceasefire.", cls: ["violated"] },
    { content: "The band broke the attendance record.", cls: [] },
    { content: "The reporter was released on Monday.", cls: ["freed"] },
    { content: "The reporter remains in detention.", cls: ["held", "present", "ongoing"] },
    { content: "The reporter has not been released.", cls: ["held"] },
    { content: "Korvan forces have withdrawn from Lesk.", cls: ["left", "retreat"] },
    { content: "Korvan forces remain in Lesk.", cls: ["present", "ongoing"] },
  ])("should read $cls in “$content”", ({ content, cls }) => {
    expect(classes(content)).toEqual(cls);
  });

  it.each([
    { content: "The strike has not ended.", cls: ["ongoing"], cue: "ended" },
    { content: "The offensive was never successful.", cls: ["failure"], cue: "successful" },
    { content: "The road is not closed.", cls: ["open"], cue: "closed" },
  ])("should move a negated cue to the opposite class: $content", ({ content, cls, cue }) => {
    const [f] = stateFeatures(content);
    expect(stateFeatures(content)).toHaveLength(1);
    expect({ cls: f!.cls, cue: f!.cue, negated: f!.negated, at: f!.at }).toEqual({ cls: cls[0], cue, negated: true, at: content.indexOf(cue) });
  });

  it("should compare a negated end equal to ongoing", () => {
    expect(classes("The war is not over.")).toEqual(classes("The war is ongoing."));
  });

  it("should keep the longest of overlapping cues of one class", () => {
    expect(stateFeatures("The plan failed completely.").map((f) => f.cue)).toEqual(["failed completely"]);
    expect(stateFeatures("Troops were fully expelled.").map((f) => f.cue)).toEqual(["fully expelled"]);
  });

  it("should let one word stand in two classes", () => {
    expect(classes("The dam collapsed.").sort()).toEqual(["damaged", "failure"]);
  });

  it("should not read a compound or an unrelated use as a state", () => {
    expect(stateFeatures("They met in closed-door talks.")).toEqual([]);
    expect(stateFeatures("She wrote an open letter.")).toEqual([]);
  });

  it("should find every cue of a sentence in order of position", () => {
    const features = stateFeatures("Fighting continued after the bridge was destroyed and prices rose.");
    expect(features.map((f) => f.cls)).toEqual(["ongoing", "damaged", "increase"]);
    expect(features.map((f) => f.at)).toEqual([...features.map((f) => f.at)].sort((a, b) => a - b));
  });
});

describe("OPPOSITE", () => {
  it("should pair every class with another that pairs back", () => {
    for (const cls of STATE_CLASSES) {
      expect(OPPOSITE[OPPOSITE[cls]]).toBe(cls);
      expect(OPPOSITE[cls]).not.toBe(cls);
    }
    expect(Object.keys(OPPOSITE).sort()).toEqual([...STATE_CLASSES].sort());
  });
});
