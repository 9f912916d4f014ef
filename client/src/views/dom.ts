/*
 * A tiny element builder. Text always goes in as textContent: claim text is untrusted input and
 * must never be parsed as HTML.
 */

type Child = Node | string | null | undefined | false;

export function h(tag: string, attrs: Record<string, string | ((e: Event) => void) | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue;
    if (typeof v === "function") el.addEventListener(k.replace(/^on/, ""), v);
    else el.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

export function clear(el: HTMLElement, ...children: Child[]): void {
  el.replaceChildren();
  for (const c of children) if (c !== null && c !== undefined && c !== false) el.append(typeof c === "string" ? document.createTextNode(c) : c);
}

/** An element of index.html; a missing one is a broken page, said so at once rather than later as a null. */
export function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`explorer: #${id} is missing from index.html; the views and the page are out of step.`);
  return el;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function showError(where: HTMLElement, error: unknown): void {
  clear(where, h("div", { class: "error" }, errorText(error)));
}
