/*
 * Relations on invented articles from other domains: the rules must generalise beyond the seeds.
 * Each case is a small corpus; the expectation names the pair by phrases and the kind.
 */

import type { ClaimGraph } from "../../../../graph-schema";
import { buildClaimGraph } from "../../../../server/src/nlp/pipeline";

interface Article {
  outlet: string;
  published: string;
  text: string;
}

const build = (articles: Article[]): ClaimGraph =>
  buildClaimGraph(
    articles.map((a, i) => ({
      name: `a${i}.txt`,
      bytes: new TextEncoder().encode(a.text),
      manifest: { file: `a${i}.txt`, outlet: a.outlet, published: a.published, precision: "day", url: null, title: null, via: null, language: "en" },
    })),
  );

const linkedBy = (g: ClaimGraph, a: string, b: string) =>
  g.relations.filter((r) => {
    const x = g.claims.find((c) => c.id === r.source)!.text;
    const y = g.claims.find((c) => c.id === r.target)!.text;
    return (x.includes(a) && y.includes(b)) || (x.includes(b) && y.includes(a));
  });

/** Negative cases must not pass because a claim went missing: both phrases must be claims. */
const expectClaims = (g: ClaimGraph, ...phrases: string[]) => {
  for (const p of phrases) expect(g.claims.filter((c) => c.text.includes(p))).toHaveLength(1);
};

describe("detectRelations through the pipeline", () => {
  it("should flag incompatible counts of the same thing as a numeric conflict", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2023-06-02", text: "Flooding hit the Marrow valley this week.\n\nThe regional governor said that about 3,000 residents were evacuated from the Marrow valley." },
      { outlet: "Coast Courier", published: "2023-06-02", text: "Floods struck the Marrow valley.\n\nVolunteers in the Marrow valley said more than 20,000 residents fled their homes." },
    ]);
    const found = linkedBy(g, "about 3,000 residents", "more than 20,000 residents");
    expect(found.map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "numeric"]]);
    expect(found[0]!.evidence.length).toBeGreaterThanOrEqual(2);
  });

  it("should not link close numbers about different owners", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2023-06-02", text: "The border talks stalled.\n\nThe Freedonian defence ministry said that Sylvanian troops numbered up to 40,000 along the border." },
      { outlet: "Coast Courier", published: "2023-06-02", text: "The border talks stalled.\n\nThe Sylvanian army said that Freedonian troops numbered 40,000-45,000 along the border." },
    ]);
    expectClaims(g, "up to 40,000", "40,000-45,000");
    expect(linkedBy(g, "up to 40,000", "40,000-45,000")).toEqual([]);
  });

  it("should not link compatible intervals", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2023-06-02", text: "The strike widened.\n\nThe union said that more than 900 workers joined the strike at Halvard Steel." },
      { outlet: "Coast Courier", published: "2023-06-02", text: "The strike widened.\n\nHalvard Steel said that about 1,200 workers joined the strike at Halvard Steel." },
    ]);
    expectClaims(g, "more than 900", "about 1,200");
    expect(linkedBy(g, "more than 900", "about 1,200").filter((r) => r.type === "CONTRADICTS")).toEqual([]);
  });

  it("should read a denial as contradicting the claim it denies", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2023-06-02", text: "Negotiations in Ostrava continued.\n\nThe Halvard Steel board announced that the strike at Halvard Steel had ended." },
      { outlet: "Coast Courier", published: "2023-06-03", text: "Negotiations in Ostrava continued.\n\nThe steelworkers union rejected claims that the strike at Halvard Steel had ended, insisting pickets remain in place." },
    ]);
    const found = linkedBy(g, "strike at Halvard Steel had ended", "rejected claims that the strike");
    expect(found.map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "denial"]]);
    expect(found[0]!.reason).toMatch(/reject/);
  });

  it("should not call two periods' states a contradiction", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2021-02-10", text: "Work on the Halvard bridge went on.\n\nThe city council said that construction of the Halvard bridge is ongoing." },
      { outlet: "Coast Courier", published: "2023-09-01", text: "The Halvard bridge opened.\n\nThe city council announced that construction of the Halvard bridge had ended." },
    ]);
    expectClaims(g, "is ongoing", "had ended");
    expect(linkedBy(g, "is ongoing", "had ended").filter((r) => r.type === "CONTRADICTS")).toEqual([]);
  });

  it("should give every relation a reason, a confidence and a method", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2023-06-02", text: "Flooding hit the Marrow valley this week.\n\nThe regional governor said that about 3,000 residents were evacuated from the Marrow valley." },
      { outlet: "Coast Courier", published: "2023-06-02", text: "Floods struck the Marrow valley.\n\nVolunteers in the Marrow valley said more than 20,000 residents fled their homes." },
    ]);
    expect(g.relations.length).toBeGreaterThan(0);
    for (const r of g.relations) {
      expect(r.reason.length).toBeGreaterThan(20);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.method).toBe("rule");
    }
  });
});
