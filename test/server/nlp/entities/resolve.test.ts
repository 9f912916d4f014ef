/*
 * Entity resolution, table-driven over invented and non-seed names: transliteration variants,
 * surname to full name, "X region" forms, reordered organisation names, and names that must stay apart.
 */

import type { EntityType } from "../../../../graph-schema";
import { resolveEntities, skeleton, type MentionInput } from "../../../../server/src/nlp/entities/resolve";

let n = 0;
const m = (text: string, type: EntityType, documentId = "d1", extra: Partial<MentionInput> = {}): MentionInput => ({
  key: `k${(n += 1)}`,
  text,
  type,
  typeConfidence: 0.8,
  country: null,
  documentId,
  ...extra,
});

/** Groups of surface forms that ended up in one entity. */
function clusters(mentions: MentionInput[]): string[][] {
  const { entityOf } = resolveEntities(mentions);
  const by = new Map<string, Set<string>>();
  for (const x of mentions) {
    const id = entityOf.get(x.key)!;
    by.set(id, (by.get(id) ?? new Set()).add(x.text));
  }
  return [...by.values()].map((s) => [...s].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

describe("skeleton", () => {
  it.each([
    ["Odessa", "Odesa"],
    ["Lvov", "Lviv"],
    ["Chernigov", "Chernihiv"],
    ["Tchaikovsky", "Chaikovskiy"],
  ])("should give %s and %s one key", (a, b) => expect(skeleton(a)).toBe(skeleton(b)));

  it.each([
    ["Paris", "Perm"],
    ["Minsk", "Omsk"],
  ])("should keep %s and %s apart", (a, b) => expect(skeleton(a)).not.toBe(skeleton(b)));
});

describe("resolveEntities", () => {
  it.each<{ name: string; mentions: MentionInput[]; expected: string[][] }>([
    {
      name: "transliteration variants across documents",
      mentions: [m("Odessa", "PLACE", "d1"), m("Odesa", "PLACE", "d2")],
      expected: [["Odesa", "Odessa"]],
    },
    {
      name: "a lone surname joins the one full name",
      mentions: [m("Amara Osei", "PERSON", "d1"), m("Osei", "OTHER", "d1")],
      expected: [["Amara Osei", "Osei"]],
    },
    {
      name: "first-name transliterations of one person",
      mentions: [m("Dmitry Volkov", "PERSON", "d1"), m("Dmitriy Volkov", "PERSON", "d2")],
      expected: [["Dmitriy Volkov", "Dmitry Volkov"]],
    },
    {
      name: "two people with one surname stay apart; the lone surname goes to the one in its document",
      mentions: [m("Amara Osei", "PERSON", "d1"), m("Kwame Osei", "PERSON", "d2"), m("Osei", "OTHER", "d2")],
      expected: [["Amara Osei"], ["Kwame Osei", "Osei"]],
    },
    {
      name: "\"X region\" and the place",
      mentions: [m("Tarvia Region", "PLACE", "d1"), m("Tarvia", "PLACE", "d2")],
      expected: [["Tarvia", "Tarvia Region"]],
    },
    {
      name: "reordered organisation names with a demonym",
      mentions: [m("Brazilian Defence Ministry", "ORG", "d1"), m("Defence Ministry of Brazil", "ORG", "d2")],
      expected: [["Brazilian Defence Ministry", "Defence Ministry of Brazil"]],
    },
    {
      name: "different organisations stay apart",
      mentions: [m("Brazilian Defence Ministry", "ORG", "d1"), m("Brazilian Health Ministry", "ORG", "d2")],
      expected: [["Brazilian Defence Ministry"], ["Brazilian Health Ministry"]],
    },
    {
      name: "a name with a particle, without it, and the surname with or without the particle",
      mentions: [m("Karim al-Nadiri", "PERSON", "d1"), m("Karim Nadiri", "PERSON", "d2"), m("al-Nadiri", "OTHER", "d2"), m("Nadiri", "ORG", "d3")],
      expected: [["Karim Nadiri", "Karim al-Nadiri", "Nadiri", "al-Nadiri"]],
    },
    {
      name: "a Dutch particle left out, and the surname with its particle",
      mentions: [m("Pieter van Houten", "PERSON", "d1"), m("Pieter Houten", "PERSON", "d2"), m("van Houten", "OTHER", "d3")],
      expected: [["Pieter Houten", "Pieter van Houten", "van Houten"]],
    },
    {
      name: "a capitalised leading article is not a particle: a channel does not join a person",
      mentions: [m("Samir Qamar", "PERSON", "d1"), m("Al Qamar", "PERSON", "d2")],
      expected: [["Al Qamar"], ["Samir Qamar"]],
    },
    {
      name: "after \"bin\" the last name is the father's: the son's \"bin Nadir\" joins him, a bare \"Nadir\" does not",
      mentions: [m("Karim bin Nadir", "PERSON", "d1"), m("bin Nadir", "OTHER", "d2"), m("Nadir", "PERSON", "d3")],
      expected: [["Karim bin Nadir", "bin Nadir"], ["Nadir"]],
    },
    {
      name: "a father's and grandfather's names: the man and his father name him",
      mentions: [m("Karim bin Nadir bin Yusuf", "PERSON", "d1"), m("Karim bin Nadir", "PERSON", "d2")],
      expected: [["Karim bin Nadir", "Karim bin Nadir bin Yusuf"]],
    },
    {
      name: "an acronym in capitals and the one name whose initials it spells",
      mentions: [m("Harbor Workers Federation", "ORG", "d1"), m("HWF", "ORG", "d2")],
      expected: [["HWF", "Harbor Workers Federation"]],
    },
    {
      name: "a two-letter acronym only where some document writes the name beside it",
      mentions: [m("Tarvian Navy", "ORG", "d1"), m("TN", "ORG", "d1"), m("TN", "ORG", "d2"), m("Coastal Police", "ORG", "d3"), m("CP", "ORG", "d4")],
      expected: [["Coastal Police"], ["CP"], ["TN", "Tarvian Navy"]],
    },
    {
      name: "names of one skeleton but far apart in spelling stay apart",
      mentions: [m("Jomo Kentata", "PERSON", "d1"), m("Kanuto", "PERSON", "d1"), m("Kentata", "PERSON", "d2")],
      expected: [["Jomo Kentata", "Kentata"], ["Kanuto"]],
    },
    {
      name: "a short acronym is not a surname",
      mentions: [m("Kwesi Annor", "PERSON", "d1"), m("ANR", "ORG", "d2")],
      expected: [["ANR"], ["Kwesi Annor"]],
    },
  ])("should resolve $name", ({ mentions, expected }) => {
    expect(clusters(mentions)).toEqual(expected);
  });

  it("should type an outlet the corpus reads as an organisation, whatever the sentence suggested", () => {
    const { entities } = resolveEntities([m("Ardan Voice", "PERSON"), m("Ardan Voice", "PERSON", "d2"), m("Ilse Marek", "PERSON")], ["Ardan Voice"]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([["Ardan Voice", "ORG"], ["Ilse Marek", "PERSON"]]);
    expect(resolveEntities([m("Ardan Voice", "PERSON")]).entities[0]!.type).toBe("PERSON");
  });

  it("should type a person by its full name even when the lone surname looked like something else", () => {
    const { entities } = resolveEntities([m("Amara Osei", "PERSON"), m("Osei", "OTHER"), m("Osei", "OTHER"), m("Osei", "OTHER")]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([["Amara Osei", "PERSON"]]);
  });
});
