/*
 * The reader's text layout: paragraphs between blank lines, runs cut at claim edges (overlapping
 * claims give each run to the innermost claim), and the flag that colours a claim.
 */

import { headlineIndex, highlightFlag, paragraphs, runs, type Run } from "../../client/src/highlights";

const counts = (c: number, s: number, d = 0, e = 0) => ({ counts: { CONTRADICTS: c, SUPPORTS: s, DISPUTES: d, ECHOES: e } });
/** The runs as "text|claim" strings, a "*" marking the run that ends its claim. */
const show = (text: string, rs: Run[]) => rs.map((r) => `${text.slice(r.start, r.end)}|${r.claim ?? "-"}${r.last ? "*" : ""}`);
const at = (text: string, id: string, part: string) => ({ id, start: text.indexOf(part), end: text.indexOf(part) + part.length });

describe("paragraphs", () => {
  it.each([
    { text: "Head\n\nOne. Two.\n\nLast", parts: ["Head", "One. Two.", "Last"] },
    { text: "\n\n  Lead  \n \n\n\nNext line\nsame paragraph\n", parts: ["Lead", "Next line\nsame paragraph"] },
    { text: "", parts: [] },
    { text: " \n\n \n", parts: [] },
  ])("should split $text at blank lines", ({ text, parts }) => {
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(parts);
  });
});

describe("headlineIndex", () => {
  it.each([
    { text: "Ferries halted\n\nBody.", title: "Ferries halted", at: 0 },
    { text: "https://example.org/a\n\nThe port’s “last” ferry\n\nBody.", title: "The port's \"last\"  Ferry", at: 1 },
    { text: "Body first.\n\nMore.", title: "Ferries halted", at: -1 },
    { text: "a\n\nb\n\nc\n\nFerries halted", title: "Ferries halted", at: -1 },
    { text: "\n\nBody.", title: "", at: -1 },
  ])("should find the title $title at $at", ({ text, title, at }) => {
    expect(headlineIndex(text, paragraphs(text), title)).toBe(at);
  });
});

describe("runs", () => {
  const text = "The mayor said 40 ferries ran. The company said 4 ferries ran. Rain fell.";
  const whole = { start: 0, end: text.length };

  it("should cut plain text around separate claims and mark each claim's last run", () => {
    const claims = [at(text, "clm-a", "The mayor said 40 ferries ran."), at(text, "clm-b", "The company said 4 ferries ran.")];
    expect(show(text, runs(whole, claims))).toEqual(["The mayor said 40 ferries ran.|clm-a*", " |-", "The company said 4 ferries ran.|clm-b*", " Rain fell.|-"]);
  });

  it("should give a nested claim its own run inside the outer one, which continues after it", () => {
    const claims = [at(text, "clm-outer", "The mayor said 40 ferries ran."), at(text, "clm-inner", "40 ferries")];
    expect(show(text, runs(whole, claims))).toEqual(["The mayor said |clm-outer", "40 ferries|clm-inner*", " ran.|clm-outer*", " The company said 4 ferries ran. Rain fell.|-"]);
  });

  it("should split partly overlapping claims at the overlap, giving it to the shorter", () => {
    const claims = [at(text, "clm-a", "The mayor said 40 ferries ran. The"), at(text, "clm-b", "ran. The company said 4")];
    expect(show(text, runs(whole, claims))).toEqual(["The mayor said 40 ferries |clm-a*", "ran. The company said 4|clm-b*", " ferries ran. Rain fell.|-"]);
  });

  it("should clip a claim to the paragraph and leave empty spans out", () => {
    const claims = [{ id: "clm-x", start: 5, end: 40 }, { id: "clm-empty", start: 12, end: 12 }];
    expect(show(text, runs({ start: 10, end: 20 }, claims))).toEqual(["said 40 fe|clm-x*"]);
  });
});

describe("highlightFlag", () => {
  it.each([
    { c: counts(1, 3), flag: "conflict" },
    { c: counts(0, 0, 1, 0), flag: "conflict" },
    { c: counts(0, 2), flag: "echo" },
    { c: counts(0, 0, 0, 1), flag: "echo" },
    { c: counts(0, 0), flag: "none" },
  ])("should flag $c.counts as $flag", ({ c, flag }) => {
    expect(highlightFlag(c)).toBe(flag);
  });
});
