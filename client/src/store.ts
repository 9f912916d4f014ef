/*
 * The explorer's one UI state, kept in step with the URL: every change is normalised by the codec
 * (state.ts), written to the history and announced to the subscribers, so the renderer, the legend
 * and the panels follow the state instead of each other. The history is passed in for tests.
 */

import { cleanState, decodeState, encodeState, type UiState } from "./state";

/** The part of window.history used; spelled out so the module also compiles without the DOM types. */
export interface HistoryWriter {
  pushState(data: unknown, unused: string, url: string): void;
  replaceState(data: unknown, unused: string, url: string): void;
}
export type StateListener = (state: UiState, before: UiState) => void;

export interface Store {
  get(): UiState;
  /** Merges the patch; "push" adds a history entry (a step Back undoes), "replace" does not. */
  set(patch: Partial<UiState>, mode?: "push" | "replace"): UiState;
  /** Takes the state from a URL query (Back and Forward) without writing the history. */
  load(search: string): UiState;
  subscribe(listener: StateListener): () => void;
}

export function createStore(pathname: string, search: string, history: HistoryWriter): Store {
  let state = decodeState(search);
  const listeners = new Set<StateListener>();
  const commit = (next: UiState) => {
    const before = state;
    state = next;
    for (const l of [...listeners]) l(state, before);
    return state;
  };
  return {
    get: () => state,
    set(patch, mode = "push") {
      const next = cleanState({ ...state, ...patch });
      const url = `${pathname}${encodeState(next)}`;
      if (mode === "push") history.pushState(null, "", url);
      else history.replaceState(null, "", url);
      return commit(next);
    },
    load: (query) => commit(decodeState(query)),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Whether any of these fields differ between two states; listeners react to their own fields only. */
export function changed(a: UiState, b: UiState, keys: readonly (keyof UiState)[]): boolean {
  return keys.some((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
