/*
 * The filters: outlet, relation, minimum confidence and publication dates, applied together with
 * one button, plus the entity and the story (a removable chip) the graph is narrowed to. The form
 * is redrawn whenever those fields of the state change, so Back, a matrix cell, a search pick or a
 * story pick show up in it too.
 */

import type { RelationFilter, UiState } from "../state";
import { changed, type Store } from "../store";
import { clear, h } from "./dom";

const FILTER_FIELDS = ["outlet", "entity", "relation", "minConfidence", "from", "to", "story"] as const satisfies readonly (keyof UiState)[];
const RELATIONS: readonly RelationFilter[] = ["any", "CONTRADICTS", "SUPPORTS"];

export interface FiltersController {
  /** Sets the outlets offered (from the stats). */
  setOutlets(outlets: readonly string[]): void;
  /** Names stories for the story chip (from the stories list or the drawn graph). */
  nameStories(stories: ReadonlyArray<{ id: string; title: string }>): void;
}

/** Called after the state took the change: Apply changes the graph and the lists, clearing the entity only the graph. */
export interface FilterHandlers {
  onApply(): void;
  onEntityCleared(): void;
  /** The story chip was removed: the graph and the lists widen again. */
  onStoryCleared(): void;
}

export function mountFilters(el: HTMLElement, store: Store, on: FilterHandlers): FiltersController {
  let outlets: readonly string[] = [];
  const storyTitles = new Map<string, string>();
  const render = () => {
    const state = store.get();
    const select = h("select", { id: "f-outlet" }, h("option", { value: "" }, "All outlets"), ...outlets.map((o) => h("option", { value: o }, o))) as HTMLSelectElement;
    select.value = state.outlet ?? "";
    const rel = h("select", { id: "f-rel" }, ...RELATIONS.map((r) => h("option", { value: r }, r === "any" ? "All claims" : `Only ${r.toLowerCase()}`))) as HTMLSelectElement;
    rel.value = state.relation;
    const conf = h("input", { id: "f-conf", type: "number", min: "0", max: "1", step: "0.05", value: String(state.minConfidence) }) as HTMLInputElement;
    const from = h("input", { id: "f-from", type: "date", value: state.from ?? "" }) as HTMLInputElement;
    const to = h("input", { id: "f-to", type: "date", value: state.to ?? "" }) as HTMLInputElement;
    const apply = () => {
      store.set({ outlet: select.value || null, relation: RELATIONS.find((r) => r === rel.value) ?? "any", minConfidence: Number(conf.value) || 0, from: from.value || null, to: to.value || null });
      on.onApply();
    };
    const clearEntity = () => {
      store.set({ entity: null });
      on.onEntityCleared();
    };
    const clearStory = () => {
      store.set({ story: null });
      on.onStoryCleared();
    };
    clear(
      el,
      h("h3", {}, "Filters"),
      h("label", {}, "Outlet"),
      select,
      h("label", {}, "Relations"),
      rel,
      h("label", {}, "Min confidence"),
      conf,
      h("label", {}, "Published from"),
      from,
      h("label", {}, "to"),
      to,
      state.entity ? h("p", { class: "muted" }, `Entity: ${state.entity} `, h("a", { class: "link", onclick: clearEntity }, "clear")) : null,
      state.story
        ? h(
            "p",
            { class: "chip", id: "story-chip", "data-story": state.story, title: state.story },
            `Story: ${storyTitles.get(state.story) ?? state.story}`,
            h("button", { class: "chip-x", "aria-label": "Remove the story filter", onclick: clearStory }, "×"),
          )
        : null,
      h("p", {}, h("button", { class: "btn", id: "apply", onclick: apply }, "Apply")),
    );
  };
  store.subscribe((state, before) => {
    if (changed(state, before, FILTER_FIELDS)) render();
  });
  render();
  return {
    setOutlets(list) {
      outlets = list;
      render();
    },
    nameStories(stories) {
      for (const st of stories) storyTitles.set(st.id, st.title);
      const { story } = store.get();
      if (story && stories.some((st) => st.id === story)) render();
    },
  };
}
