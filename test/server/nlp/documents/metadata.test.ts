import { cleanText, isFurnitureLine } from "../../../../server/src/nlp/documents/clean";
import { findDateline, readTextMetadata } from "../../../../server/src/nlp/documents/metadata";
import { normaliseDate } from "../../../../server/src/nlp/documents/parse";

describe("readTextMetadata", () => {
  it.each([
    ["a URL line", "https://example.org/a/b.html\n\nTitle here\n\nBody.", { url: "https://example.org/a/b.html", title: "Title here" }],
    ["a dateline", "Headline\n\n08 January 2025, 23:41 | Policy\nBody text.", { published: "2025-01-08", precision: "day" }],
    ["a US-style date", "Headline\nMarch 3, 2024\nBody.", { published: "2024-03-03" }],
    ["a relay formula", "Title\n\nThe Times writes about this, Daily Report informs.\nBody.", { via: "The Times", outlet: "Daily Report" }],
    ["a based-on line", "Title\nBody.\nBased on materials: example.com", { via: "example.com" }],
  ])("should read %s", (_name, text, expected) => {
    expect(readTextMetadata(text)).toMatchObject(expected);
  });

  it("should find no date where there is none", () => {
    expect(findDateline("No date in this heading")).toBeNull();
  });
});

describe("cleanText", () => {
  it.each(["5491 visitors online", "Text Size:", "Add a comment", ":D :lol: :-) ;-) 8) :-|", "Comments", "Enter the correct answer", "4 165 5"])(
    "should flag %j as page furniture",
    (line) => expect(isFurnitureLine(line)).toBe(true),
  );

  it.each(["Officials estimate that about 150,000 residents fled.", "Comments by the minister were brief and pointed."])("should keep %j", (line) =>
    expect(isFurnitureLine(line)).toBe(false),
  );

  it("should drop furniture lines and keep the article text", () => {
    const { text, removed } = cleanText("12 visitors online\nTitle\n\n\n\nBody line.\nAdd a comment\n");
    expect(text).toBe("Title\n\nBody line.");
    expect(removed).toEqual(["12 visitors online", "Add a comment"]);
  });
});

describe("normaliseDate", () => {
  it.each([
    ["2025-04-26T10:00:00Z", "2025-04-26"],
    ["2025-04", "2025-04"],
    ["26-FEB-1987 15:01:01.79", "1987-02-26"],
    ["26 February 1987", "1987-02-26"],
    ["February 26, 1987", "1987-02-26"],
    ["Thu, 26 Feb 1987 15:01:01 GMT", "1987-02-26"],
    ["Sept. 3, 2024", "2024-09-03"],
    ["next Tuesday", null],
    ["32 May 2020", null],
    ["", null],
  ])("should read %j as %j", (value, expected) => {
    expect(normaliseDate(value)).toBe(expected);
  });
});
