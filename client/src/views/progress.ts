/*
 * One progress indicator for everything that takes a while (a console query, an upload, the
 * layout): a spinner, what is going on, the seconds elapsed and, when the work can stop, a Cancel
 * button that aborts `signal`. done() removes it and stops its clock.
 */

import { h } from "./dom";

export interface Progress {
  /** Aborted by Cancel. */
  readonly signal: AbortSignal;
  /** Replaces the text beside the spinner. */
  say(text: string): void;
  /** Seconds since start, to one decimal. */
  elapsed(): string;
  done(): void;
}

export function startProgress(host: HTMLElement, text: string, options: { cancellable?: boolean } = {}): Progress {
  const aborter = new AbortController();
  const t0 = performance.now();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
  const label = h("span", { class: "progress-text" }, text);
  const clock = h("span", { class: "progress-clock" }, elapsed());
  const cancel =
    options.cancellable &&
    (h("button", { type: "button", class: "btn progress-cancel", onclick: () => aborter.abort() }, "Cancel") as HTMLButtonElement);
  const el = h("span", { class: "progress", role: "status" }, h("span", { class: "spinner", "aria-hidden": "true" }), label, clock, cancel);
  host.append(el);
  const tick = window.setInterval(() => (clock.textContent = elapsed()), 100);
  aborter.signal.addEventListener("abort", () => {
    if (cancel) cancel.disabled = true;
    label.textContent = `${label.textContent ?? ""} (cancelling…)`;
  });
  return {
    signal: aborter.signal,
    say: (next) => void (label.textContent = next),
    elapsed,
    done() {
      window.clearInterval(tick);
      el.remove();
    },
  };
}
