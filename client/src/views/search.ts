/*
 * Search as you type: claims and entities suggested under the box; a pick is handed to the caller.
 * Only the answer to the latest keystroke is shown.
 */

import { api } from "../api";
import { clear, h } from "./dom";

export interface SearchHandlers {
  onEntity(id: string): void;
  onClaim(id: string): void;
}

export function mountSearch(input: HTMLInputElement, list: HTMLElement, on: SearchHandlers): void {
  let seq = 0;
  input.addEventListener("input", async () => {
    const q = input.value.trim();
    const mine = (seq += 1);
    if (q.length < 2) return clear(list);
    try {
      const r = await api.search(q);
      if (mine !== seq) return;
      const pick = (fn: () => void) => () => {
        clear(list);
        input.value = "";
        fn();
      };
      clear(
        list,
        ...r.entities.map((e) => h("li", { onclick: pick(() => on.onEntity(e.id)) }, h("span", { class: "kind" }, e.type), e.name)),
        ...r.claims.map((c) => h("li", { onclick: pick(() => on.onClaim(c.id)) }, h("span", { class: "kind" }, c.outlet ?? "claim"), c.text)),
      );
    } catch {
      clear(list);
    }
  });
  document.addEventListener("click", (e) => {
    if (!(e.target as HTMLElement).closest(".search")) clear(list);
  });
}
