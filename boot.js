// Starts the app. Kept out of index.html so the Content-Security-Policy can
// forbid inline scripts; Trunk fills in the hashed file names as data-*.
const boot = document.getElementById("boot");

try {
  const { default: init } = await import(boot.dataset.js);
  await init({ module_or_path: boot.dataset.wasm });
  // Offline use after this first visit (see sw.js). Quietly skipped where
  // service workers are not available.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("./sw.js").catch(() => {});
  }
} catch (error) {
  const note = document.createElement("p");
  note.className = "boot-error";
  note.setAttribute("role", "alert");
  note.textContent =
    "The checklist could not start in this browser (" + String(error) + "). " +
    "It needs WebAssembly; try reloading, or another browser.";
  document.body.append(note);
}
