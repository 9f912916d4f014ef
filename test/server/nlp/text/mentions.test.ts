/*
 * Mentions, table-driven: titles before names, organisation and place heads, sentence-initial
 * common words, and headline case where capitals carry no signal.
 */

import { findMentions, isTitleCase, lowercaseVocabulary } from "../../../../server/src/nlp/text/mentions";
import { splitSentences } from "../../../../server/src/nlp/text/sentences";

const mentionsIn = (text: string) => findMentions(text, splitSentences(text), lowercaseVocabulary(text)).map((x) => `${x.text}/${x.type}`);

describe("findMentions", () => {
  it.each([
    { text: "Meanwhile, President Amara Osei met the envoy in the capital.", expected: ["Amara Osei/PERSON"] },
    { text: "The talks were held in the Tarvia region on Friday.", expected: ["Tarvia/PLACE"] },
    { text: "The Ministry of Transport said the road was open.", expected: ["Ministry of Transport/ORG"] },
    { text: "Officials said the strike was over, and officials said so again.", expected: [] },
    // A weekday after a connector is a date, not part of the name.
    { text: "A crane collapsed at the port in Port Valmora on Monday, the harbour office said.", expected: ["Port Valmora/PLACE"] },
    // "The city of X" and a wire dateline name places, whatever a lone capitalised word suggests.
    { text: "There is no threat to the city of Tarvel, he said.", expected: ["Tarvel/PLACE"] },
    // An organisation head after a name of two words makes an organisation, unless it is a leader's.
    { text: "Voters backed the Civic Renewal party on Sunday.", expected: ["Civic Renewal/ORG"] },
    { text: "Voters backed the Amara Osei administration on Sunday.", expected: ["Amara Osei/PERSON"] },
    { text: "TARVEL, May 8 (Coastline Wire) - The dam held overnight.", expected: ["TARVEL/PLACE", "Coastline Wire/ORG"] },
    // Names with a lower-case particle are one person's name, the particle written apart or joined.
    { text: "Karim al-Nadiri said the talks had failed.", expected: ["Karim al-Nadiri/PERSON"] },
    { text: "Hendrik van der Berg told reporters the dyke would hold.", expected: ["Hendrik van der Berg/PERSON"] },
    { text: "Pieter van Houten of the Harbor Council said the dyke would hold.", expected: ["Pieter van Houten/PERSON"] },
    { text: "The envoy met Aziz bin-Rashid al-Tamimi in the capital.", expected: ["Aziz bin-Rashid al-Tamimi/PERSON"] },
    // A person's forces, and a surname on its own with its particle.
    { text: "Troops loyal to President Karim al-Nadiri's forces held the bridge, and al-Nadiri said so.", expected: ["Karim al-Nadiri/PERSON", "al-Nadiri/PERSON"] },
    { text: "Bin Nadir chairs the committee that Karim bin Nadir founded.", expected: ["Bin Nadir/PERSON", "Karim bin Nadir/PERSON"] },
    // An initialism keeps its last dot; a weekday after a name of two words is the date.
    { text: "The U.N. said the talks would resume.", expected: ["U.N./ORG"] },
    { text: "Aid reached the Harbor Relief Council Friday, officials said.", expected: ["Harbor Relief Council/ORG"] },
    // An abbreviated title, a wire slug and "I'm" are no names.
    { text: "The ward was full, said Dr. Amara Osei, and Gov. Lena Varga agreed.", expected: ["Amara Osei/PERSON", "Lena Varga/PERSON"] },
    { text: "UPDATE 2: Valmora port reopens after the storm", expected: ["Valmora/OTHER"] },
    { text: "Osei said: “I'm not leaving Valmora.”", expected: ["Valmora/OTHER"] },
    // A full name, then "of" and one word more: the person of a firm; of a country, a title or a state.
    { text: "The fine was too high, said Tomas Varela of Ferrosur, who would appeal.", expected: ["Tomas Varela/PERSON"] },
    {
      // A name opening a headline keeps its first word when the prose writes the same name mid-sentence.
      text: "Nurses Without Limits: 40 died in port blast\n\nSome 40 people died in the blast, Nurses Without Limits said. The nurses worked all night.",
      expected: ["Nurses Without Limits/OTHER", "Nurses Without Limits/PERSON"],
    },
    {
      // Headline case: only the names the prose also capitalises survive ("Osei", not "Help Topple Osei").
      text: "Port Strike May Help Topple Osei Cabinet\n\nThe strike in Valmora grew on Monday, and Osei said little about it in Valmora.",
      expected: ["Osei/OTHER", "Valmora/PLACE", "Osei/PERSON", "Valmora/PLACE"],
    },
  ])("should find exactly the mentions in: $text", ({ text, expected }) => {
    expect(mentionsIn(text)).toEqual(expected);
  });
});

describe("isTitleCase", () => {
  const headline = "Liberation May Help Trigger Ouster Of Governor";
  const prose = "The governor may be ousted after the vote, officials said.";

  it.each([
    { sentence: headline, expected: true },
    { sentence: prose, expected: false },
  ])("should read $sentence as headline case: $expected, whatever document findMentions read last", ({ sentence, expected }) => {
    const fresh = isTitleCase(sentence);
    for (const text of [`${headline}\n\n${prose}`, "Nothing of either here.", ""]) {
      findMentions(text, splitSentences(text), lowercaseVocabulary(text));
      expect(isTitleCase(sentence)).toBe(expected);
    }
    expect(fresh).toBe(expected);
  });
});
