/*
 * The right-hand panel below the detail: the tab's content (Conflicts, Echoes, Review, Overview,
 * Stories or the Cypher console). Only the latest load is shown, so a slow list cannot overwrite a newer tab.
 */

import type { Conflict, CypherResponse } from "../../../graph-schema/api";
import type { StoryListItem } from "../../../graph-schema/stories";
import { api } from "../api";
import { conflictFilters } from "../state";
import type { Store } from "../store";
import { conflictListView } from "./conflicts";
import { clear, showError } from "./dom";
import { overviewView } from "./overview";
import type { ReviewController } from "./review";
import { storiesView } from "./stories";

export interface PanelHandlers {
  onPick(item: Conflict): void;
  /** A cell of the outlet matrix: outlet `a`'s conflicts with outlet `b`. */
  onCell(a: string, b: string): void;
  onCypherGraph(r: CypherResponse): void;
  /** A story picked in the Stories tab. */
  onStory(story: StoryListItem): void;
}

export interface PanelController {
  /** Shows the state's tab; `against` narrows a Conflicts list to the state's outlet × that outlet. */
  load(against?: string): Promise<void>;
}

export function mountPanel(el: HTMLElement, store: Store, on: PanelHandlers, review: ReviewController): PanelController {
  let latest = 0;
  return {
    async load(against) {
      const mine = (latest += 1);
      const state = store.get();
      if (state.tab === "review") return review.load();
      try {
        if (state.tab === "cypher") {
          // The editor and its Cypher grammar are most of the client's code: loaded on first use.
          const { consoleView } = await import("./console");
          if (mine === latest) clear(el, ...consoleView(on.onCypherGraph));
          return;
        }
        if (state.tab === "overview") {
          const o = await api.overview();
          if (mine === latest) clear(el, ...overviewView(o, on.onCell));
          return;
        }
        if (state.tab === "stories") {
          const list = await api.stories({ outlet: state.outlet, from: state.from, to: state.to });
          if (mine === latest) clear(el, storiesView(list, state.story, on.onStory));
          return;
        }
        const query = conflictFilters(state, against);
        const list = await api.conflicts(query);
        const pair: [string, string] | null = against && state.outlet ? [state.outlet, against] : null;
        if (mine === latest) clear(el, conflictListView(list, query.type ?? "CONTRADICTS", pair, on.onPick));
      } catch (e) {
        if (mine === latest) showError(el, e);
      }
    },
  };
}
