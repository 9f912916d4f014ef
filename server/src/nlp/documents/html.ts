/*
 * HTML to main text, readability-style: scripts, styles, menus, share and comment widgets are
 * dropped; the article (or main, or body) is read block by block, one paragraph per line.
 * Metadata comes from the usual meta tags (Open Graph, article:*, canonical link, <time>).
 */

import { parseDocument } from "htmlparser2";
import type { AnyNode, Element } from "domhandler";
import * as du from "domutils";

export interface HtmlExtract {
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  siteName: string | null;
}

const DROP_TAGS = new Set([
  "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "input", "select",
  "textarea", "nav", "header", "footer", "aside", "menu", "dialog", "object", "embed", "head",
]);
const BLOCK_TAGS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "th", "dd", "dt",
  "div", "section", "article", "main", "br", "tr", "ul", "ol", "table",
]);
// Class or id words that mark page furniture rather than article text.
const FURNITURE = /(^|[\s_-])(comments?|share|sharing|social|related|promo|advert|ads?|banner|menu|navbar|nav|breadcrumbs?|footer|sidebar|cookie|subscribe|newsletter|popup|modal|widget|tags?)([\s_-]|$)/i;

export function extractHtml(html: string): HtmlExtract {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const meta = (key: string): string | null => {
    const el = du.findOne(
      (e) => e.name === "meta" && (e.attribs.property === key || e.attribs.name === key || e.attribs.itemprop === key),
      dom.children,
    );
    const content = el?.attribs.content?.trim();
    return content ? content : null;
  };
  const titleEl = du.findOne((e) => e.name === "title", dom.children);
  const h1 = du.findOne((e) => e.name === "h1", dom.children);
  const canonical = du.findOne((e) => e.name === "link" && /\bcanonical\b/i.test(e.attribs.rel ?? ""), dom.children);
  const time = du.findOne((e) => e.name === "time" && Boolean(e.attribs.datetime), dom.children);

  const root =
    du.findOne((e) => e.name === "article", dom.children) ??
    du.findOne((e) => e.name === "main" || e.attribs.role === "main", dom.children) ??
    du.findOne((e) => e.name === "body", dom.children) ??
    dom;
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = current.replace(/\s+/g, " ").trim();
    if (line) lines.push(line);
    current = "";
  };
  const walk = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        current += (node as unknown as { data: string }).data;
      } else if (node.type === "tag" || node.type === "script" || node.type === "style") {
        const el = node as Element;
        if (DROP_TAGS.has(el.name) || isFurniture(el)) continue;
        const block = BLOCK_TAGS.has(el.name);
        if (block) flush();
        walk(el.children);
        if (block) flush();
      }
    }
  };
  walk("children" in root ? root.children : []);
  flush();

  const title = meta("og:title") ?? (h1 ? du.textContent(h1).trim() : null) ?? (titleEl ? du.textContent(titleEl).trim() : null);
  const published = meta("article:published_time") ?? meta("datePublished") ?? meta("date") ?? time?.attribs.datetime ?? null;
  return {
    text: lines.join("\n\n"),
    title: title || null,
    url: canonical?.attribs.href ?? meta("og:url"),
    published,
    siteName: meta("og:site_name"),
  };
}

function isFurniture(el: Element): boolean {
  if (el.attribs.hidden !== undefined || el.attribs["aria-hidden"] === "true") return true;
  const names = `${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`;
  return names.trim() !== "" && FURNITURE.test(names) && el.name !== "article" && el.name !== "main" && el.name !== "body";
}
