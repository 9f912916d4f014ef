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

  it("should read what a denier goes on to say (\"and said that\") as asserted, not denied", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2023-06-02", text: "Traffic in Ostrava stalled.\n\nThe transport office said that the Halvard bridge was closed to traffic." },
      { outlet: "Coast Courier", published: "2023-06-03", text: "Traffic in Ostrava stalled.\n\nThe city council denied that the ferry had sunk and said that the Halvard bridge was closed to traffic." },
    ]);
    expectClaims(g, "transport office said", "denied that the ferry");
    expect(linkedBy(g, "transport office said", "denied that the ferry").filter((r) => r.type === "CONTRADICTS")).toEqual([]);
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

/*
 * One rally told by three outlets with opposite agendas, written the way wire copy, state media
 * and a partisan site write: datelines, trailing attributions with asides, crowd sizes as bounds,
 * a count of zero. Invented names; nothing here is in the seeds.
 */
describe("a rally told by three outlets", () => {
  const g = build([
    {
      outlet: "Valmora State News Agency",
      published: "2026-03-14",
      text:
        "Interior ministry says opposition rally drew fewer than 5,000 people\n\n" +
        "The interior ministry of Valmora said on Saturday that fewer than 5,000 people attended the opposition rally in Port Selin, and that police had detained no one.\n\n" +
        "\"The event passed peacefully and the numbers were modest,\" ministry spokesman Aleksei Dorn told reporters.\n\n" +
        "Deputy interior minister Marta Kol accused the opposition Unity Bloc of paying participants, a charge the bloc has not answered.",
    },
    {
      outlet: "Coastline Wire",
      published: "2026-03-15",
      text:
        "Tens of thousands rally in Port Selin; dozens detained, monitors say\n\n" +
        "PORT SELIN, March 15 (Coastline Wire) - More than 40,000 people marched through Port Selin on Saturday, independent monitors from the Civic Watch group said, in the largest protest the city has seen in a decade.\n\n" +
        "Police detained at least 60 protesters, Civic Watch said, citing lawyers for those held. The interior ministry denied that anyone had been detained.\n\n" +
        "Unity Bloc leader Irena Vasko rejected claims that participants had been paid, calling the accusation \"a lie meant to insult ordinary people\".",
    },
    {
      outlet: "The Selin Independent",
      published: "2026-03-15",
      text:
        "Organisers: 60,000 marched for free elections\n\n" +
        "Organisers of Saturday's march in Port Selin said more than 60,000 people took part, far more than the government admitted.\n\n" +
        "Vasko said at least 70 people had been detained by police, among them two journalists. Civic Watch said more than 40,000 people had joined the march.",
    },
  ]);
  const claim = (phrase: string) => g.claims.find((c) => c.text.includes(phrase))!;

  it("should read the wire's trailing attributions and leave the dateline and the aside out of the content", () => {
    expect(claim("at least 60 protesters")).toMatchObject({ speakerText: "Civic Watch", content: "Police detained at least 60 protesters" });
    expect(claim("More than 40,000 people marched")).toMatchObject({ content: "More than 40,000 people marched through Port Selin on Saturday" });
    expect(claim("numbers were modest").content).toBe("The event passed peacefully and the numbers were modest");
    expect(claim("joined the march").time).toBeNull();
    expect(g.entities.map((e) => e.name)).not.toContain("Police");
  });

  it("should flag the crowd sizes and the detentions the state agency denies as numeric conflicts", () => {
    for (const other of ["More than 40,000 people marched", "more than 60,000 people took part", "more than 40,000 people had joined", "at least 70 people had been detained", "at least 60 protesters"]) {
      expect(linkedBy(g, "fewer than 5,000 people attended", other).map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "numeric"]]);
    }
    const zero = linkedBy(g, "fewer than 5,000 people attended", "at least 70 people had been detained")[0]!;
    expect(zero.reason).toMatch(/detained.*detained no one/);
  });

  it("should read a denial as contradicting the accusation it answers, across outlets and in other words", () => {
    const found = linkedBy(g, "rejected claims that participants had been paid", "accused the opposition Unity Bloc of paying participants");
    expect(found.map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "denial"]]);
    expect(found[0]!.reason).toMatch(/Irena Vasko.*rejects what.*Marta Kol/);
    expect(linkedBy(g, "rejected claims that participants had been paid", "more than 60,000 people took part")).toEqual([]);
  });

  it("should read 'denied that anyone had been detained' as a count of zero", () => {
    expect(linkedBy(g, "denied that anyone had been detained", "at least 70 people had been detained").map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "numeric"]]);
    expect(linkedBy(g, "denied that anyone had been detained", "police had detained no one").map((r) => [r.type, r.kind])).toEqual([["SUPPORTS", "numeric"]]);
  });

  it("should read the two detention counts from opposition sources as compatible, not conflicting", () => {
    expect(linkedBy(g, "at least 60 protesters", "at least 70 people had been detained").map((r) => [r.type, r.kind])).toEqual([["SUPPORTS", "numeric"]]);
  });
});

describe("figures that are not one total against another", () => {
  it("should not set a part, a yearly count or a loose floor against a total", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2024-05-02", text: "The Red Hand militia attacked again.\n\nThe Red Hand militia has killed some 2,000 civilians this year, the monitoring group said.\n\nAbout 50 people have been arrested over the Red Hand militia attacks, the ministry said." },
      { outlet: "Coast Courier", published: "2024-05-03", text: "The Red Hand militia attacked again.\n\nThe Red Hand militia has killed 13,000 civilians since 2011, the monitoring group said.\n\nPolice said 30 people, including 22 officers, had been arrested over the Red Hand militia attacks.\n\nA bomb blamed on the Red Hand militia killed at least 10 people at a market, officials said." },
    ]);
    expectClaims(g, "some 2,000 civilians this year", "13,000 civilians since 2011", "About 50 people", "including 22 officers", "at least 10 people");
    expect(linkedBy(g, "some 2,000 civilians this year", "13,000 civilians since 2011")).toEqual([]);
    expect(linkedBy(g, "About 50 people", "including 22 officers").filter((r) => r.type === "CONTRADICTS").map((r) => r.reason)).not.toContainEqual(expect.stringMatching(/“22”/));
    expect(linkedBy(g, "at least 10 people", "13,000 civilians since 2011")).toEqual([]);
    expect(linkedBy(g, "at least 10 people", "some 2,000 civilians this year")).toEqual([]);
  });
});

describe("a dam breach told by three outlets", () => {
  const g = build([
    {
      outlet: "Norvan State Television",
      published: "2026-05-08",
      text:
        "Government: Kessel dam intact, flooding caused by heavy rain\n\n" +
        "The Ministry of Emergency Situations said on Thursday that the Kessel dam was intact and that flooding in the lower Ardan valley was caused by record rainfall.\n\n" +
        "Eleven people were killed and about 2,300 residents were evacuated, the ministry said.\n\n" +
        "\"There is no threat to the city of Varna,\" Emergency Minister Pavel Strom told a briefing.\n\n" +
        "The main road bridge at Lenz remained open to traffic, officials said.",
    },
    {
      outlet: "Meridian Press",
      published: "2026-05-08",
      text:
        "Dam breach floods valley towns, at least 40 dead\n\n" +
        "VARNA, May 8 (Meridian Press) - A section of the Kessel dam collapsed early on Thursday, sending a wall of water into towns in the lower Ardan valley, local officials and witnesses said.\n\n" +
        "At least 40 people were killed and more than 15,000 were forced from their homes, the regional governor's office said, contradicting the national ministry's toll of 11.\n\n" +
        "Police closed the Lenz bridge on Thursday afternoon after water reached its deck.",
    },
    {
      outlet: "Ardan Voice",
      published: "2026-05-09",
      text:
        "Engineers warned of cracks in the Kessel dam for years\n\n" +
        "Engineers at the state water company warned in 2023 that the Kessel dam had cracks, according to documents seen by Ardan Voice.\n\n" +
        "Opposition lawmaker Ilse Marek said the death toll was at least 60 and accused the government of hiding the scale of the disaster.",
    },
  ]);
  const claim = (phrase: string) => g.claims.find((c) => c.text.includes(phrase))!;

  it("should read the trailing attribution past a participle aside, and type the city and the outlet", () => {
    expect(claim("At least 40 people")).toMatchObject({ speakerText: "the regional governor's office", content: "At least 40 people were killed and more than 15,000 were forced from their homes" });
    const types = new Map(g.entities.map((e) => [e.name, e.type]));
    expect(types.get("Varna")).toBe("PLACE");
    expect(types.get("Ardan Voice")).toBe("ORG");
  });

  it("should set a structure's condition and a crossing's state against their opposites", () => {
    expect(linkedBy(g, "the Kessel dam was intact", "A section of the Kessel dam collapsed").map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "opposite"]]);
    expect(linkedBy(g, "bridge at Lenz remained open", "Police closed the Lenz bridge").map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "opposite"]]);
  });

  it("should compare the tolls and the displaced as figures", () => {
    expect(linkedBy(g, "about 2,300 residents", "more than 15,000").map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "numeric"]]);
    expect(linkedBy(g, "At least 40 people", "the death toll was at least 60").map((r) => [r.type, r.kind])).toEqual([["SUPPORTS", "numeric"]]);
  });
});

describe("figures in words", () => {
  const g = build([
    { outlet: "Daily Ledger", published: "2024-05-02", text: "The Red Hand militia attacked again.\n\nThe Red Hand militia has killed more than 2,000 people, the monitoring group said.\n\nThe army said it had killed hundreds of Red Hand militia fighters.\n\nThe interior ministry said fewer than 5,000 people attended the Red Hand militia rally in the capital." },
    { outlet: "Coast Courier", published: "2024-05-03", text: "The Red Hand militia attacked again.\n\nEight soldiers were killed in a Red Hand militia ambush in the north on Wednesday, the army said.\n\nThe Red Hand militia has killed thousands of people, the monitoring group said.\n\nTens of thousands attended the Red Hand militia rally in the capital, organisers said." },
  ]);

  it("should not set a spelled-out incident toll or one order of magnitude against a total", () => {
    expectClaims(g, "Eight soldiers were killed", "more than 2,000 people", "hundreds of Red Hand", "thousands of people");
    expect(linkedBy(g, "Eight soldiers were killed", "more than 2,000 people").filter((r) => r.type === "CONTRADICTS")).toEqual([]);
    expect(linkedBy(g, "hundreds of Red Hand", "thousands of people")).toEqual([]);
  });

  it("should set an order of magnitude against a ceiling", () => {
    expect(linkedBy(g, "fewer than 5,000 people attended", "Tens of thousands attended").map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "numeric"]]);
  });
});

describe("a claim that tells both states", () => {
  it("should not oppose a change of state to itself told again", () => {
    const g = build([
      { outlet: "Daily Ledger", published: "2024-05-02", text: "The Harbor Grill reopened.\n\nThe Harbor Grill eventually closed down but reopened under a new name, the owners said." },
      { outlet: "Coast Courier", published: "2024-05-03", text: "The Harbor Grill reopened.\n\nThe Harbor Grill was closed down but reopened under a new name, according to the city." },
    ]);
    expectClaims(g, "eventually closed down", "was closed down");
    expect(linkedBy(g, "eventually closed down", "was closed down").filter((r) => r.type === "CONTRADICTS")).toEqual([]);
  });
});

describe("an election told by a state agency and the opposition", () => {
  const g = build([
    {
      outlet: "Central News Service",
      published: "2026-09-14",
      text:
        "Election commission: turnout 71%, ruling party wins majority\n\n" +
        "The Central Election Commission said turnout reached 71 percent and that the ruling National Unity party won 54 percent of the vote.\n\n" +
        "Observers from the Commonwealth Monitoring Mission praised the vote as orderly, the commission said.",
    },
    {
      outlet: "Atlas Wire",
      published: "2026-09-15",
      text:
        "Opposition disputes turnout\n\n" +
        "KORVIN, Sept 15 (Atlas Wire) - Independent observers put turnout at about 48 percent, far below the official figure of 71 percent.\n\n" +
        "The Civic Vote monitoring group said it recorded more than 1,200 violations.",
    },
    {
      outlet: "Free Korvin",
      published: "2026-09-15",
      text:
        "Hale lied: the vote was rigged\n\n" +
        "Opposition leader Dana Ruel said the election was rigged and that National Unity had received no more than 35 percent.\n\n" +
        "Ruel said National Unity had won 52 percent in the last election, when turnout was 64 percent.",
    },
  ]);

  it("should set two shares of the same vote against each other", () => {
    const found = linkedBy(g, "won 54 percent of the vote", "no more than 35 percent");
    expect(found.map((r) => [r.type, r.kind])).toEqual([["CONTRADICTS", "numeric"]]);
    expect(found[0]!.reason).toMatch(/“54”.*“no more than 35”/);
  });

  it("should not set shares of different things, or close shares, against each other", () => {
    expectClaims(g, "won 52 percent in the last election", "put turnout at about 48 percent");
    expect(linkedBy(g, "won 54 percent of the vote", "won 52 percent in the last election").filter((r) => r.type === "CONTRADICTS")).toEqual([]);
    expect(linkedBy(g, "won 54 percent of the vote", "Observers from the Commonwealth")).toEqual([]);
  });

  it("should type the parties, groups, missions and the dateline's city", () => {
    const types = new Map(g.entities.map((e) => [e.name, e.type]));
    expect([types.get("National Unity"), types.get("Civic Vote"), types.get("Commonwealth Monitoring Mission"), types.get("KORVIN")]).toEqual(["ORG", "ORG", "ORG", "PLACE"]);
    expect(g.entities.map((e) => e.name)).not.toContain("Independent");
    expect(g.entities.map((e) => e.name)).not.toContain("Sept");
  });
});
