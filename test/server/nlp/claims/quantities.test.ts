/*
 * Quantities, table-driven: intervals from qualifiers, the measured thing, whose it is, and the
 * numbers that are not quantities (years, days of a month, clock times).
 */

import { findQuantities } from "../../../../server/src/nlp/claims/quantities";
import { ownerOf } from "../../../../server/src/nlp/claims/extract";

const find = (text: string) => findQuantities(text, 0, text.length, { ownerOf });

describe("findQuantities", () => {
  it("should read a craft shot down as one, and none of them shot down as a zero", () => {
    expect(find("Air defences shot down an enemy drone over the city.")).toEqual([expect.objectContaining({ text: "an enemy drone", low: 1, high: 1, measure: "drones" })]);
    expect(find("The ministry said none of its drones had been shot down.")).toEqual([expect.objectContaining({ low: 0, high: 0, measure: "drones" })]);
    expect(find("None of the witnesses were hurt.").filter((q) => q.measure === "drones")).toEqual([]);
  });

  it("should read a multiple of the figure before it, named by a demonstrative", () => {
    const text = "Police said 6,000 people marched. Organisers said twice that number took part.";
    const q = findQuantities(text, text.indexOf("Organisers"), text.length, { ownerOf });
    expect(q).toEqual([expect.objectContaining({ text: "twice that number", low: 10800, high: 13200, qualifier: "about", measure: "participants" })]);
  });

  it.each(["Two people said the road was closed.", "One of the two sides walked out.", "Officials from both sides met.", "Thousands of dollars were at stake for the team."])(
    "should read no count of people from words where none was counted: %s",
    (text) => {
      expect(find(text).filter((q) => q.measure !== "money")).toEqual([]);
    },
  )

  it.each([
    { text: "Officials said over 4,500 dead and injured.", low: 4500, high: null, qualifier: "over", measure: "casualties" },
    { text: "Between them, 300-400 troops crossed.", low: 300, high: 400, qualifier: "range", measure: "troops" },
    { text: "Roughly 2,000 people were evacuated.", low: 1800, high: 2200, qualifier: "about", measure: "displaced" },
    { text: "Up to 60 tanks were lost.", low: 0, high: 60, qualifier: "up to", measure: "tanks" },
    { text: "The army lost 1.5 million dollars.", low: 1500000, high: 1500000, qualifier: "exact", measure: "money" },
    { text: "Turnout reached 61%.", low: 61, high: 61, qualifier: "exact", measure: "percent" },
    { text: "Brazilian losses exceeded 9,000.", low: 9000, high: null, qualifier: "over", measure: "casualties", owner: "Brazil" },
    { text: "Some 12,000 Chilean soldiers arrived.", low: 10800, high: 13200, qualifier: "about", measure: "troops", owner: "Chile" },
    { text: "The front moved 15 km east.", low: 15, high: 15, qualifier: "exact", measure: "distance" },
    { text: "They hold 428 square kilometers.", low: 428, high: 428, qualifier: "exact", measure: "area" },
    // Crowds and the events that refine a count of people.
    { text: "More than 40,000 people marched through the capital.", low: 40000, high: null, qualifier: "over", measure: "participants" },
    { text: "About 5,000 people took part in the rally.", low: 4500, high: 5500, qualifier: "about", measure: "participants" },
    { text: "At least 70 people had been detained by police.", low: 70, high: null, qualifier: "at least", measure: "prisoners" },
    { text: "Police detained at least 60 protesters.", low: 60, high: null, qualifier: "at least", measure: "prisoners" },
    { text: "Some 2,000 soldiers marched into the town.", low: 1800, high: 2200, qualifier: "about", measure: "troops" },
    // A count of events is not a crowd.
    { text: "Police broke up 3 protests on Sunday.", low: 3, high: 3, qualifier: "exact", measure: "protests" },
    // "between X and Y" is a range; "X and Y" without it two figures.
    { text: "Between 40 and 50 civilians were killed.", low: 40, high: 50, qualifier: "range", measure: "casualties" },
    // Zero counts: an event that did not happen to anyone.
    { text: "The ministry said police had detained no one.", low: 0, high: 0, qualifier: "exact", measure: "prisoners" },
    { text: "No one was killed in the blast.", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    { text: "Officials said no casualties were reported.", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    { text: "The army said the raid did not kill anyone.", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    { text: "Officials said not a single person died in the landslide.", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    { text: "Not one passenger was injured when the ferry ran aground.", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    { text: "Nobody died when the roof fell in.", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    { text: "The ministry said the attack caused no casualties", low: 0, high: 0, qualifier: "exact", measure: "casualties" },
    // A vague count right after a harm verb counts casualties, whoever they were.
    { text: 'The raid hit the hills, killing "a very large number of ... gunmen and their trainers".', low: 10, high: 10000000, qualifier: "range", measure: "casualties" },
    // The measure before the figure, past a qualifier; and the events phrases name.
    { text: "She said the death toll was at least 60.", low: 60, high: null, qualifier: "at least", measure: "casualties" },
    { text: "More than 15,000 were forced from their homes.", low: 15000, high: null, qualifier: "over", measure: "displaced" },
    // Counts in words: a cardinal, a multiplied one, an order of magnitude.
    { text: "Eleven people were killed in the flood.", low: 11, high: 11, qualifier: "exact", measure: "casualties" },
    { text: "Nearly forty soldiers were wounded.", low: 36, high: 40, qualifier: "under", measure: "casualties" },
    { text: "More than two million residents fled the coast.", low: 2000000, high: null, qualifier: "over", measure: "displaced" },
    { text: "Tens of thousands rally in the capital.", low: 20000, high: 99999, qualifier: "range", measure: "participants" },
    { text: "The army sent thousands of troops north.", low: 2000, high: 9999, qualifier: "range", measure: "troops" },
    // "No more than" is a ceiling, not "more than"; a figure's measure is not read past the next figure.
    { text: "The party received no more than 35 percent.", low: 0, high: 35, qualifier: "up to", measure: "percent" },
    { text: "The population of 177 million is 50 percent rural.", low: 177000000, high: 177000000, qualifier: "exact", measure: null },
  ])("should read $text", (row) => {
    const [q] = find(row.text);
    expect(q).toBeDefined();
    expect([q!.low, q!.high, q!.qualifier, q!.measure]).toEqual([row.low, row.high, row.qualifier, row.measure]);
    if (row.owner) expect(q!.owner).toBe(row.owner);
    expect(row.text.slice(q!.start, q!.end)).toBe(q!.text);
  });

  it.each(["The war began in 2014.", "On March 3 the talks began.", "The meeting began at 14:30.", "No one knows how many were hurt in the crush.", "No one knows how many died in the landslide."])("should find no quantity in %s", (text) => {
    expect(find(text)).toEqual([]);
  });
});
