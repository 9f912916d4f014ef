/*
 * HTML to main text: the article's blocks one per line, page furniture (scripts, menus, share and
 * comment widgets) dropped, and metadata from the usual meta tags.
 */

import { extractHtml } from "../../../../server/src/nlp/documents/html";

const PAGE = `<!doctype html><html><head>
<title>Ferries idle | Harbour Gazette</title>
<meta property="og:title" content="Ferries idle at Tessaly">
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2031-03-02T08:00:00Z">
<link rel="canonical" href="https://gazette.example/ferries">
<script>var tracking = "do not read";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/port">Port</a></nav>
<article>
  <h1>Ferries idle at Tessaly</h1>
  <p>The port authority said 40 ferries were idle on Monday.</p>
  <div class="share-buttons">Share on every network</div>
  <p>Unions said the strike would <b>continue</b>.</p>
</article>
<aside class="related">Read also: other news</aside>
<footer>Copyright</footer>
</body></html>`;

describe("extractHtml", () => {
  it("should keep the article's blocks, one per line, and drop the furniture", () => {
    const { text } = extractHtml(PAGE);
    const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
    expect(lines).toEqual(["Ferries idle at Tessaly", "The port authority said 40 ferries were idle on Monday.", "Unions said the strike would continue."]);
    for (const furniture of ["tracking", "Home", "Share on", "Read also", "Copyright"]) expect(text).not.toContain(furniture);
  });

  it("should read title, canonical URL, date and site from the meta tags", () => {
    expect(extractHtml(PAGE)).toMatchObject({ title: "Ferries idle at Tessaly", url: "https://gazette.example/ferries", siteName: "Harbour Gazette", published: expect.stringMatching(/^2031-03-02/) });
  });

  it("should read a page without an article element from its body", () => {
    const { text, title } = extractHtml("<html><body><p>One paragraph.</p><p>Another.</p></body></html>");
    expect(text.split("\n").map((l) => l.trim()).filter(Boolean)).toEqual(["One paragraph.", "Another."]);
    expect(title).toBeNull();
  });
});
