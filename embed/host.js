// The host page's side: point the iframe at the app with our origin, then
// listen only to messages from the app's origin.
const params = new URLSearchParams(location.search);
const app = new URL(params.get("app") ?? "../dist/index.html", location.href);
const mode = params.get("mode") ?? "practice";
const lang = params.get("lang") ?? "en";
// Who the app should report to: this page, unless the test says otherwise.
const reportTo = params.get("report-to") ?? location.origin;
app.searchParams.set("origin", reportTo);
app.searchParams.set("mode", mode);
app.searchParams.set("lang", lang);

const frame = document.getElementById("checklist");
frame.src = app.href;

window.__results = [];
window.__heights = [];
window.addEventListener("message", (event) => {
  if (event.origin !== app.origin) return; // only the app may talk to us
  const data = event.data ?? {};
  if (data.type === "evidence-checklist:height") {
    window.__heights.push(data.height);
    frame.style.height = `${data.height}px`;
  }
  if (data.type === "evidence-checklist:result") {
    window.__results.push(data);
    document.getElementById("result").textContent =
      `Score ${data.score} (${data.band}) — answers: ${Object.values(data.answers).join(", ")}`;
  }
});
