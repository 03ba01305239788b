// The app end to end, keyboard only: paste each example article, walk the
// five questions, and check that the score and band shown are the score
// table's result for the answers given. Also: axe-core on every screen,
// no request beyond the app's own server, and the page's CSP.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import {
  appForTests,
  articleFiles,
  axeViolations,
  DIST,
  expectedScore,
  foreignRequests,
  openApp,
  scoreTable,
  scrollsSideways,
} from "./harness.mjs";

const app = appForTests();
let table;

before(async () => {
  table = scoreTable();
});

/** The id of the element that has the focus. */
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Pastes `text` into the text area using the keyboard only. */
async function pasteByKeyboard(page, text) {
  assert.equal(await focusedId(page), "paste-heading", "the paste heading has the focus");
  await page.keyboard.press("Tab");
  assert.equal(await focusedId(page), "article-input");
  await page.keyboard.insertText(text);
  // Past the choice of mode (guided stays selected) to the start button.
  const focused = () => page.evaluate(() => document.activeElement?.dataset.testid);
  for (let tabs = 0; tabs < 5 && (await focused()) !== "start"; tabs++) await page.keyboard.press("Tab");
  assert.equal(await focused(), "start");
  await page.keyboard.press("Enter");
}

/**
 * On a question screen: Tab into the radio group, select the choice at
 * `index` with the arrow keys, and press Enter to go on. Returns the
 * chosen choice id.
 */
async function answerByKeyboard(page, index) {
  assert.equal(await focusedId(page), "step-heading", "the question's heading has the focus");
  // Past the suggestion's sentences and the sources found, into the radios.
  const isRadio = () => page.evaluate(() => document.activeElement?.type === "radio");
  for (let tabs = 0; tabs < 40 && !(await isRadio()); tabs++) await page.keyboard.press("Tab");
  const radios = await page.$$eval("input[type=radio]", (rs) => rs.map((r) => r.value));
  let at = radios.indexOf(await page.evaluate(() => document.activeElement.value));
  assert.ok(at >= 0, "Tab reaches the radio group");
  await page.keyboard.press("Space");
  while (at !== index) {
    await page.keyboard.press("ArrowDown");
    at = (at + 1) % radios.length;
  }
  const chosen = await page.evaluate(() => document.activeElement.value);
  assert.equal(chosen, radios[index]);
  assert.ok(await page.evaluate(() => document.activeElement.checked));
  await page.keyboard.press("Enter");
  return chosen;
}

const articles = await articleFiles();

for (const [n, article] of articles.entries()) {
  test(`keyboard walk-through: ${article.name}`, async () => {
    const { page, context, requests, errors } = await openApp(app.browser, app.server.url);
    const text = await readFile(article.path, "utf8");
    await pasteByKeyboard(page, text);

    const chosen = [];
    for (let step = 0; step < 5; step++) {
      await page.getByTestId("progress").filter({ hasText: `Question ${step + 1} of 5` }).waitFor();
      const count = await page.locator("input[type=radio]").count();
      // A different pattern of answers for each article.
      chosen.push(await answerByKeyboard(page, (n + step * 2) % count));
    }

    await page.getByTestId("score").waitFor();
    const want = expectedScore(table, chosen);
    assert.equal(await page.getByTestId("score").textContent(), String(want.total), chosen.join());
    assert.equal(await page.getByTestId("band").textContent(), want.band);
    assert.equal(await focusedId(page), "summary-heading");

    assert.deepEqual(foreignRequests(requests, app.server.url), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("axe finds no violations on the paste screen, a question and the summary, light and dark", async () => {
  const text = await readFile(articles[0].path, "utf8");
  for (const colorScheme of ["light", "dark"]) {
    const { page, context } = await openApp(app.browser, app.server.url, { colorScheme });
    assert.deepEqual(await axeViolations(page), [], `paste screen, ${colorScheme}`);
    await page.getByTestId("article-input").fill(text);
    await page.getByTestId("start").click();
    await page.getByTestId("progress").waitFor();
    assert.deepEqual(await axeViolations(page), [], `question screen, ${colorScheme}`);
    for (let i = 0; i < 5; i++) {
      await page.locator("input[type=radio]").first().check();
      await page.getByTestId("next").click();
    }
    await page.getByTestId("score").waitFor();
    assert.deepEqual(await axeViolations(page), [], `summary, ${colorScheme}`);
    await context.close();
  }
});

test("no horizontal scrolling at 320 px wide and at 200% zoom", async () => {
  const text = await readFile(articles[0].path, "utf8");
  // 200% zoom of a 1280 px window is a 640 px wide CSS viewport.
  for (const viewport of [{ width: 320, height: 640 }, { width: 640, height: 450 }]) {
    const { page, context } = await openApp(app.browser, app.server.url, { viewport });
    assert.equal(await scrollsSideways(page), false, `paste, ${viewport.width}`);
    await page.getByTestId("article-input").fill(text);
    await page.getByTestId("start").click();
    await page.getByTestId("article-toggle").click();
    assert.equal(await scrollsSideways(page), false, `question, ${viewport.width}`);
    for (let i = 0; i < 5; i++) {
      await page.locator("input[type=radio]").first().check();
      await page.getByTestId("next").click();
    }
    await page.getByTestId("score").waitFor();
    assert.equal(await scrollsSideways(page), false, `summary, ${viewport.width}`);
    await context.close();
  }
});

test("the start button is disabled for blank text and says why", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const start = page.getByTestId("start");
  assert.equal(await start.isDisabled(), true);
  assert.match(await page.locator("#start-reason").textContent(), /empty/);
  await page.getByTestId("article-input").fill("   \n\t ");
  assert.equal(await start.isDisabled(), true);
  await page.getByTestId("article-input").fill("Officials said so.");
  assert.equal(await start.isDisabled(), false);
  assert.equal(await page.getByTestId("word-count").textContent(), "3 words");
  await context.close();
});

test("a 1 MB paste keeps the text area responsive", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const para = "Officials said the bridge was closed on Monday, according to local sources. ";
  const big = para.repeat(Math.ceil(1_048_576 / para.length));
  const input = page.getByTestId("article-input");
  await input.focus();
  await page.keyboard.insertText(big);
  await page.keyboard.type(" end");
  const value = await input.inputValue();
  assert.equal(value.length, big.length + 4);
  assert.ok(value.endsWith(" end"));
  const words = Number((await page.getByTestId("word-count").textContent()).split(" ")[0]);
  assert.equal(words, (big.match(/[\p{L}\p{N}']+/gu) ?? []).length + 1);
  await context.close();
});

test("pasted markup is shown as text, never run", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  await page.getByTestId("article-input").fill(payload);
  await page.getByTestId("start").click();
  const shown = await page.getByTestId("article-text").textContent();
  assert.ok(shown.includes(payload));
  assert.equal(await page.locator("[data-testid=article-text] b, [data-testid=article-text] img").count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await context.close();
});

test("the built page allows only its own files, with no inline script", async () => {
  const html = await readFile(join(DIST, "index.html"), "utf8");
  // The built page is minified: attributes may come in any order, unquoted
  // where they can be.
  const meta = html.match(/<meta\b[^>]*http-equiv="?Content-Security-Policy"?[^>]*>/i)?.[0];
  const csp = meta?.match(/\scontent="([^"]+)"/)?.[1];
  assert.ok(csp, "index.html carries a CSP");
  const directives = Object.fromEntries(
    csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]),
  );
  assert.deepEqual(directives["default-src"], ["'self'"]);
  assert.deepEqual(directives["script-src"], ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(directives["style-src"], ["'self'"]);
  // Every <script> has a src; no inline handlers.
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) assert.match(tag, /\ssrc=/);
  assert.doesNotMatch(html, /\son[a-z]+=/i);
  assert.doesNotMatch(html, /https?:\/\//, "no absolute URL: nothing loads from elsewhere");
});
