// Embedding in a host page, and offline use after the first visit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ARTICLES, ROOT, launch, serve } from "./harness.mjs";

let app;
let host;
let other;
let browser;
let article;

before(async () => {
  app = await serve();
  // The host and another page: two more origins (ports) on 127.0.0.1.
  host = await serve(join(ROOT, "embed"));
  other = await serve(join(ROOT, "embed"));
  browser = await launch();
  article = await readFile(join(ARTICLES, "republished-with-denial.txt"), "utf8");
});

after(async () => {
  await browser?.close();
  await Promise.all([app, host, other].map((s) => s?.close()));
});

/** Walks the checklist inside the frame (practice mode: answer, check, go on). */
async function walk(frame) {
  await frame.getByTestId("article-input").fill(article);
  await frame.getByTestId("start").click();
  for (let step = 0; step < 5; step++) {
    await frame.getByTestId("progress").filter({ hasText: `${step + 1}` }).waitFor();
    await frame.locator("input[type=radio]").first().check();
    await frame.getByTestId("next").click(); // check my answer
    await frame.getByTestId("practice-verdict").waitFor();
    await frame.getByTestId("next").click(); // go on
  }
  await frame.getByTestId("score").waitFor();
}

test("the host page receives the result, from the app's origin, and sizes the frame", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host.url}host.html?app=${encodeURIComponent(app.url)}`);
  const frame = page.frameLocator("#checklist");
  await walk(frame);
  await page.waitForFunction(() => window.__results.length > 0);
  const results = await page.evaluate(() => window.__results);
  assert.equal(results.length, 1);
  const r = results[0];
  assert.equal(r.type, "evidence-checklist:result");
  assert.equal(r.version, 1);
  assert.equal(String(r.score), await frame.getByTestId("score").textContent());
  // The first choice of every question is the best: 100, well sourced.
  assert.equal(r.score, 100);
  assert.equal(r.band, "well-sourced");
  assert.deepEqual(Object.keys(r.answers).sort(), ["corroboration", "evidence", "named", "reply", "source"]);
  assert.equal(r.answers.source, "source-witnessed");
  // The content height was posted, and the host sized the frame with it.
  const heights = await page.evaluate(() => window.__heights);
  assert.ok(heights.length > 0 && heights.every((h) => h > 100));
  // Reaching the summary again posts again.
  await frame.getByTestId("change-evidence").click();
  await frame.getByTestId("to-summary").click().catch(() => frame.getByTestId("next").click());
  await frame.getByTestId("score").waitFor();
  await page.waitForFunction(() => window.__results.length === 2);
  await context.close();
});

test("a page with another origin receives nothing", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // This page embeds the app but claims to be the real host.
  const reportTo = new URL(host.url).origin;
  await page.goto(`${other.url}host.html?app=${encodeURIComponent(app.url)}&report-to=${encodeURIComponent(reportTo)}`);
  const frame = page.frameLocator("#checklist");
  await walk(frame);
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.__results), []);
  assert.deepEqual(await page.evaluate(() => window.__heights), []);
  await context.close();
});

test("messages from other origins are ignored; a height request from the host is answered", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${host.url}host.html?app=${encodeURIComponent(app.url)}`);
  const frame = page.frameLocator("#checklist");
  await frame.getByTestId("article-input").waitFor();
  await page.waitForFunction(() => window.__heights.length > 0);
  const before = await page.evaluate(() => window.__heights.length);
  // A message from another page's origin is ignored...
  const stranger = await context.newPage();
  await stranger.goto(`${other.url}host.html?app=${encodeURIComponent(app.url)}&report-to=${encodeURIComponent(new URL(host.url).origin)}`);
  await stranger.frameLocator("#checklist").getByTestId("article-input").waitFor();
  await stranger.evaluate(() => document.getElementById("checklist").contentWindow.postMessage({ type: "evidence-checklist:request-height" }, "*"));
  await stranger.waitForTimeout(200);
  assert.deepEqual(await stranger.evaluate(() => window.__heights), []);
  // ...a request from the host's own origin is answered.
  await page.evaluate(() => document.getElementById("checklist").contentWindow.postMessage({ type: "evidence-checklist:request-height" }, "*"));
  await page.waitForFunction((n) => window.__heights.length > n, before);
  // The app's own page, opened directly with a bad origin parameter, posts
  // nothing and works.
  const direct = await context.newPage();
  await direct.goto(`${app.url}?origin=*`);
  await direct.getByTestId("article-input").fill("Officials said so.");
  await direct.getByTestId("start").click();
  await direct.getByTestId("progress").waitFor();
  await context.close();
});

test("the page fits a frame from 360 to 1200 px wide", async () => {
  const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${host.url}host.html?app=${encodeURIComponent(app.url)}&mode=guided`);
  const frame = page.frameLocator("#checklist");
  await frame.getByTestId("article-input").fill(article);
  await frame.getByTestId("start").click();
  for (const width of [360, 800, 1200]) {
    await page.evaluate((w) => (document.getElementById("checklist").style.width = `${w}px`), width);
    await page.waitForTimeout(50);
    const handle = await page.$("#checklist");
    const inner = await handle.contentFrame();
    const wide = await inner.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
    assert.equal(wide, false, `no sideways scroll at ${width}px`);
  }
  await context.close();
});

test("offline after the first visit: load, go offline, reload, walk the checklist", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId("article-input").waitFor();
  // Wait until the service worker has cached the files and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener("controllerchange", ok, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await page.getByTestId("article-input").waitFor();
  await page.getByTestId("article-input").fill(article);
  await page.getByTestId("start").click();
  for (let i = 0; i < 5; i++) await page.getByTestId("next").click();
  await page.getByTestId("score").waitFor();
  // Only the app's own files are cached.
  const cached = await page.evaluate(async () => {
    const keys = await (await caches.open("evidence-checklist-v1")).keys();
    return keys.map((r) => r.url);
  });
  const origin = new URL(app.url).origin;
  assert.ok(cached.length >= 5, cached.join());
  assert.ok(cached.every((u) => u.startsWith(origin)), cached.join());
  assert.ok(cached.some((u) => u.endsWith(".wasm")));
  await context.close();
});
