/*
 * Short claim labels: speaker and key figure, else speaker and verb with the claim's key words, a
 * denial said as "denies", pronoun speakers left out, long speaker phrases cut to the name, and the
 * claim's first words when nothing else is known. Table-driven over invented claims.
 */

import { keyWords, SHORT_LABEL_MAX, shortLabel, shortSpeaker, type ClaimLabelFields } from "../../../client/src/graph/short-label";

const TEXT = "placeholder sentence";

describe("shortLabel", () => {
  const cases: Array<[string, ClaimLabelFields, string]> = [
    ["speaker and figure with its measure", { text: TEXT, speaker: "the harbour authority", verb: "said", figure: "about 3,000", figureUnit: "workers" }, "Harbour authority: about 3,000 workers"],
    ["figure with its unit", { text: TEXT, speaker: "Rescue teams", verb: "reported", figure: "10-12", figureUnit: "km" }, "Rescue teams: 10-12 km"],
    ["a figure without unit", { text: TEXT, speaker: "Guild", figure: "40" }, "Guild: 40"],
    ["a denial as 'denies' with key words", { text: TEXT, speaker: "The dockers guild", verb: "rejected claims that", content: "the strike had ended" }, "Dockers guild: denies strike ended"],
    ["verb and key words", { text: TEXT, speaker: "Governor Ilsa Varnholt", verb: "said", content: "the water was receding along the river" }, "Governor Ilsa Varnholt: said water receding along"],
    ["negations kept", { text: TEXT, speaker: "Port council", verb: "stated", content: "it cannot reopen the docks" }, "Port council: stated cannot reopen docks"],
    ["pronoun speaker left out", { text: TEXT, speaker: "he", verb: "added", content: "the talks will not resume" }, "Added talks not resume"],
    ["nothing but text", { text: "Roughly 120 people were evacuated from the lower town on Friday morning.", speaker: null, verb: null }, "Roughly 120 people were evacuated from the lower …"],
  ];
  it.each(cases)("should label %s", (_name, fields, want) => {
    expect(shortLabel(fields)).toBe(want);
  });

  it("should never exceed the maximum length", () => {
    const label = shortLabel({ text: TEXT, speaker: "Spokesperson", verb: "insisted", content: "extraordinarily complicated negotiations continue indefinitely everywhere" });
    expect(label.length).toBeLessThanOrEqual(SHORT_LABEL_MAX);
    expect(label.endsWith("…")).toBe(true);
  });
});

describe("shortSpeaker", () => {
  it.each([
    ["international affairs expert Corran Hale", "Corran Hale"],
    ["The Eldmoor town council", "Eldmoor town council"],
    ["they", null],
    ["", null],
    [null, null],
  ])("should shorten %p to %p", (raw, want) => {
    expect(shortSpeaker(raw)).toBe(want);
  });

  it("should cut a long phrase with no trailing name", () => {
    const s = shortSpeaker("a spokesperson for the regional water and sewage utility")!;
    expect(s.length).toBeLessThanOrEqual(26);
    expect(s.startsWith("A spokesperson")).toBe(true);
  });
});

describe("keyWords", () => {
  it("should skip function words and keep numbers, names and negations", () => {
    expect(keyWords("the 14 people were not found in Eldmoor", 5)).toEqual(["14", "people", "not", "found", "Eldmoor"]);
  });
});
