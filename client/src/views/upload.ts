/*
 * Upload: the chosen files are sent as one batch and joined with the stored graph; the caller
 * reloads what the new claims change, then the status line reports what was added or refused.
 */

import { api } from "../api";
import { errorText } from "./dom";

export function mountUpload(input: HTMLInputElement, status: (text: string) => void, reload: () => Promise<void>): void {
  const upload = async (files: FileList) => {
    // The server refuses names with folders in them; a browser may hand over a relative path.
    const documents = await Promise.all([...files].map(async (f) => ({ name: f.name.replace(/[/\\]/g, "_"), text: await f.text() })));
    status(`Uploading ${documents.length} file(s)…`);
    try {
      const r = await api.upload({ documents });
      const problems = r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
      await reload();
      // After the reload, which uses the status line for its own progress.
      status(`Added ${r.documents} document(s), ${r.claims} claims, ${r.relations} relations with the stored graph${problems.length ? `; skipped: ${problems.join(" ")}` : ""}`);
    } catch (e) {
      status(`Upload refused: ${errorText(e)}`);
    }
  };
  input.addEventListener("change", () => {
    if (input.files?.length) void upload(input.files).finally(() => (input.value = ""));
  });
}
