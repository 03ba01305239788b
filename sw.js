// Offline use: after the first visit the app works with no network. The
// service worker caches the app's own files (same origin) and nothing
// else. Network first, so a new version shows as soon as it is online.
const CACHE = "evidence-checklist-v1";

// The page's files have hashed names: read them from index.html.
async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch("./index.html", { cache: "no-cache" });
  const html = await response.clone().text();
  await cache.put("./index.html", response);
  await cache.put("./", new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } }));
  const files = new Set();
  // The built page is minified: attribute values may be unquoted.
  for (const m of html.matchAll(/(?:href|src|data-js|data-wasm)=["']?(\.\/[^"'\s>#?]+)/g)) files.add(m[1]);
  await cache.addAll([...files]);
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(async () => {
        const cached = await caches.match(request, { ignoreSearch: true });
        if (cached) return cached;
        if (request.mode === "navigate") return caches.match("./index.html");
        return Response.error();
      }),
  );
});
