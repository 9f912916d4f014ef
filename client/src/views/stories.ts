/*
 * The Stories tab: the engine's stories under the current outlet and date filters, each with its
 * headline, most-named entities, outlets, dates and counts of conflicts and echoes. Picking one
 * narrows the graph and the conflict list to it; the picked story is marked.
 */

import type { StoryList, StoryListItem } from "../../../graph-schema/stories";
import { h } from "./dom";

const dates = (s: StoryListItem) => (s.firstPublished === s.lastPublished ? (s.firstPublished ?? "undated") : `${s.firstPublished ?? "?"} – ${s.lastPublished ?? "?"}`);

function storyCard(s: StoryListItem, picked: boolean, onPick: (s: StoryListItem) => void): HTMLElement {
  return h(
    "div",
    { class: `story-card${picked ? " selected" : ""}`, "data-story": s.id, onclick: () => onPick(s) },
    h("div", { class: "story-title" }, s.title),
    s.entities.length ? h("div", { class: "muted" }, s.entities.join(" · ")) : null,
    h("div", { class: "story-outlets" }, s.outlets.join(", ")),
    h(
      "div",
      { class: "meta" },
      h("span", {}, `${dates(s)} · ${s.documents} documents · ${s.claims} claims`),
      h(
        "span",
        {},
        h("span", { class: "count conflicts", title: "conflicts (CONTRADICTS)" }, `${s.contradicts} ≠`),
        " ",
        h("span", { class: "count echoes", title: "echoes (SUPPORTS and article echoes)" }, `${s.supports + s.echoes} =`),
      ),
    ),
  );
}

export function storiesView(list: StoryList, picked: string | null, onPick: (s: StoryListItem) => void): HTMLElement {
  return h(
    "div",
    { id: "stories" },
    h("h3", {}, `Stories (${list.items.length}${list.truncated ? ` of ${list.total}` : ""})`),
    ...list.items.map((s) => storyCard(s, s.id === picked, onPick)),
    list.items.length === 0 ? h("p", { class: "muted" }, "No stories with these filters.") : null,
  );
}
