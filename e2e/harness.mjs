// Shared set-up for the end-to-end tests: a static server for the release
// build on 127.0.0.1, Debian's Chromium driven by playwright-core, and
// helpers that read the app the way a reader (or a host site) would.
import { before, after } from "node:test";
import { createServer } from "node:http";
import { readFile, readdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
export const DIST = join(ROOT, "dist");
// The example articles: verbatim copies of ../shared/articles, kept in the
// repository so the tests run from a clone anywhere.
export const ARTICLES = join(ROOT, "tests/articles/shared");
export const OWN_ARTICLES = join(ROOT, "tests/articles");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".webmanifest": "application/manifest+json",
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serve(dir = DIST) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = normalize(join(dir, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const url = `http://127.0.0.1:${server.address().port}/`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

export function chromiumPath() {
  return execFileSync("sh", ["-c", "command -v chromium"]).toString().trim();
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * For a test file: starts the built app's server and a browser before its
 * tests, and stops both after them. Read `app.server` and `app.browser`
 * inside the tests (they are set once `before` has run).
 */
export function appForTests() {
  const app = { server: undefined, browser: undefined };
  before(async () => {
    app.server = await serve();
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/**
 * Opens the app in a new page and records every request it makes, so a
 * test can assert that nothing goes anywhere but the app's own server.
 */
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(url + (options.query ?? ""));
  await page.getByTestId("article-input").waitFor();
  return { page, context, requests, errors };
}

/** The points table and bands, from the same Rust table the app uses. */
export function scoreTable() {
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "checklist", "--", "table"], {
    cwd: ROOT,
  });
  return JSON.parse(out.toString());
}

/** The score and band name the table gives for a list of choice ids. */
export function expectedScore(table, choiceIds) {
  let total = 0;
  for (const step of table.steps) {
    for (const c of step.choices) if (choiceIds.includes(c.id)) total += c.points;
  }
  const band = table.bands.find((b) => total >= b.min);
  return { total, band: band.name };
}

export async function articleFiles() {
  const out = [];
  for (const dir of [ARTICLES]) {
    for (const name of (await readdir(dir)).sort()) {
      if (name.endsWith(".txt")) out.push({ name, path: join(dir, name) });
    }
  }
  return out;
}

/** Runs axe-core in the page and returns its violations. */
export async function axeViolations(page) {
  const source = await readFile(join(ROOT, "e2e/node_modules/axe-core/axe.min.js"), "utf8");
  // Evaluated through the DevTools protocol, which the page's CSP does not
  // govern; an injected <script> would (rightly) be blocked.
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}

/** True when the page scrolls sideways. */
export async function scrollsSideways(page) {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );
}

/** Every request URL that is not on the app's own origin. */
export function foreignRequests(requests, url) {
  const origin = new URL(url).origin;
  return requests.filter((r) => new URL(r).origin !== origin);
}
