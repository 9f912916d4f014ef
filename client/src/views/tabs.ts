/* The tab bar: marks the state's tab and switches it; the caller loads the new tab's panel. */

import { TABS, type Tab } from "../state";
import { changed, type Store } from "../store";

export function mountTabs(nav: HTMLElement, store: Store, onSwitch: () => void): void {
  const buttons = [...nav.querySelectorAll<HTMLButtonElement>("button[data-tab]")];
  const render = () => {
    for (const b of buttons) b.classList.toggle("active", b.dataset.tab === store.get().tab);
  };
  for (const b of buttons) {
    const tab = TABS.find((t): t is Tab => t === b.dataset.tab);
    if (!tab) throw new Error(`explorer: the tab button "${b.dataset.tab}" names no tab; use one of ${TABS.join(", ")}.`);
    b.addEventListener("click", () => {
      store.set({ tab });
      onSwitch();
    });
  }
  store.subscribe((state, before) => {
    if (changed(state, before, ["tab"])) render();
  });
  render();
}
