/*
 * The explorer's composition root: one state (kept in the URL), one renderer, and the views that
 * read and write them, wired together here and nowhere else.
 */

import { api } from "./api";
import { createRenderer } from "./renderer";
import { changed, createStore } from "./store";
import { mountDetail } from "./views/detail";
import { byId, errorText } from "./views/dom";
import { mountFigures } from "./views/figures";
import { mountFilters } from "./views/filters";
import { mountLegend } from "./views/legend";
import { mountPanel } from "./views/panel";
import { mountReader } from "./views/reader";
import { mountReview } from "./views/review";
import { mountSearch } from "./views/search";
import { mountStage } from "./views/stage";
import { mountTabs } from "./views/tabs";
import { mountUpload } from "./views/upload";

const status = (text: string) => void (byId("status").textContent = text);
const store = createStore(location.pathname, location.search, history);
const renderer = createRenderer(byId("sigma"), {
  hidden: store.get().hidden,
  onClickNode: (id, kind) => {
    if (stage.drill(id)) return void panel.load();
    if (kind === "Claim" || kind === "Entity") void detail.open({ kind, id });
    else if (kind === "Source") detail.openOutlet(id);
    else if (kind === "Document") store.set({ doc: id });
  },
});
store.subscribe((state, before) => {
  if (changed(state, before, ["hidden"])) renderer.setHidden(state.hidden);
});

const detail = mountDetail(byId("detail"), store, renderer);
const reader = mountReader(byId("reader"), store, { openClaim: (id) => void detail.open({ kind: "Claim", id }) });
const legend = mountLegend(byId("legend"), store);
const stage = mountStage(store, renderer, legend, status, (payload) => filters.nameStories(payload.stories));
// The server's read cache takes up to a second to see a verdict (it keys answers on the graph's
// node count, asked at most once a second), so the graph is redrawn once verdicts pause.
let redraw: ReturnType<typeof setTimeout> | undefined;
const review = mountReview(byId("panel"), store, () => {
  clearTimeout(redraw);
  redraw = setTimeout(() => void loadGraph(), 1_500);
});
const panel = mountPanel(byId("panel"), store, {
  onPick: (item) => {
    void detail.open({ kind: "Claim", id: item.a.id });
    renderer.focus([item.a.id, item.b.id]);
  },
  onCell: (a, b) => {
    store.set({ tab: "conflicts", outlet: a });
    void loadGraph();
    void panel.load(b);
  },
  onCypherGraph: (r) => stage.showCypherResult(r),
  onStory: (story) => {
    filters.nameStories([story]);
    store.set({ story: story.id, tab: "conflicts" });
    void loadGraph();
    void panel.load();
  },
}, review);
// A figure opens its claim; the figures of every story are shown until a story is picked.
mountFigures(byId("stage"), store, { onPick: (id) => void detail.open({ kind: "Claim", id }), story: () => store.get().story });
store.subscribe((state, before) => {
  if (changed(state, before, ["mode"])) void loadGraph();
  if (!changed(state, before, ["rejected"])) return;
  void loadGraph();
  void panel.load();
});

/** Draws the filtered graph, then reopens the URL's selection against it. */
async function loadGraph(): Promise<void> {
  if (!(await stage.load())) return;
  const { selected } = store.get();
  if (selected) void detail.open(selected, "replace");
}

const filters = mountFilters(byId("filters"), store, {
  onApply: () => void Promise.all([loadGraph(), panel.load()]),
  onEntityCleared: () => void loadGraph(),
  onStoryCleared: () => void Promise.all([loadGraph(), panel.load()]),
});
const refreshOutlets = () =>
  api
    .stats()
    .then((s) => filters.setOutlets(s.outlets.map((o) => o.outlet)))
    .catch(() => undefined);

mountTabs(byId("tabs"), store, () => void panel.load());
mountSearch(byId("search") as HTMLInputElement, byId("suggestions"), {
  onEntity: (id) => {
    store.set({ entity: id });
    void loadGraph();
    void detail.open({ kind: "Entity", id });
  },
  onClaim: (id) => void detail.open({ kind: "Claim", id }),
});
mountUpload(byId("upload") as HTMLInputElement, status, async () => {
  await refreshOutlets();
  await Promise.all([loadGraph(), panel.load()]);
});

window.addEventListener("popstate", () => {
  store.load(location.search);
  void loadGraph();
  void panel.load();
});

async function boot(): Promise<void> {
  try {
    const health = await api.health();
    if (!health.ok) status(`Neo4j is down: ${health.message ?? ""}`);
  } catch (e) {
    status(`Server unreachable: ${errorText(e)}`);
  }
  await refreshOutlets();
  await Promise.all([loadGraph(), panel.load(), reader.sync()]);
  document.body.dataset.ready = "true";
}

void boot();
