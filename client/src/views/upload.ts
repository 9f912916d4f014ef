/*
 * Upload: the chosen files go to the server one at a time, each joined with the stored graph
 * (earlier files of the batch included), under a progress line that names the file and can cancel
 * before the next one; a file already sent is not taken back. The caller then reloads what the new
 * claims change, and the status line sums up what was added, refused or left out.
 */

import type { UploadResponse } from "../../../graph-schema/api";
import { api } from "../api";
import { byId, errorText } from "./dom";
import { startProgress } from "./progress";

export function mountUpload(input: HTMLInputElement, status: (text: string) => void, reload: () => Promise<void>): void {
  const upload = async (files: File[]) => {
    status("");
    const progress = startProgress(byId("status"), `Uploading ${files.length} file(s)…`, { cancellable: true });
    const added: UploadResponse[] = [];
    const refused: string[] = [];
    let sent = 0;
    try {
      for (const file of files) {
        if (progress.signal.aborted) break;
        progress.say(`Uploading ${sent + 1} of ${files.length}: ${file.name}`);
        // The server refuses names with folders in them; a browser may hand over a relative path.
        const document = { name: file.name.replace(/[/\\]/g, "_"), text: await file.text() };
        try {
          added.push(await api.upload({ documents: [document] }));
        } catch (e) {
          refused.push(`${file.name}: ${errorText(e)}`);
        }
        sent += 1;
      }
      if (added.length) {
        progress.say("Redrawing…");
        await reload();
      }
    } finally {
      progress.done();
    }
    const sum = (k: "documents" | "claims" | "relations") => added.reduce((n, r) => n + r[k], 0);
    const problems = [...added.flatMap((r) => r.diagnostics.filter((d) => d.severity === "error").map((d) => d.message)), ...refused];
    const left = files.length - sent;
    const cancelled = left ? `cancelled; ${left} of ${files.length} file(s) not sent` : "";
    // After the reload, which uses the status line for its own progress.
    if (!added.length) status([problems.length ? `Upload refused: ${problems.join(" ")}` : "Nothing uploaded", cancelled].filter(Boolean).join("; "));
    else
      status(
        [`Added ${sum("documents")} document(s), ${sum("claims")} claims, ${sum("relations")} relations with the stored graph`, problems.length ? `skipped: ${problems.join(" ")}` : "", cancelled]
          .filter(Boolean)
          .join("; "),
      );
  };
  input.addEventListener("change", () => {
    if (input.files?.length) void upload([...input.files]).finally(() => (input.value = ""));
  });
}
