// The app reads the article with the reader: each question pre-selects the
// analysis's suggestion (the same as `checklist analyze`), the sentences
// behind it are highlighted and reachable, noise can be put back, and the
// summary shows where the reader and the app differ.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { appForTests, articleFiles, openApp, ROOT } from "./harness.mjs";

const app = appForTests();

/** What the command line's analysis suggests for a file. */
function cliAnalysis(path) {
  const out = execFileSync("cargo", ["run", "--quiet", "--bin", "checklist", "--", "analyze", path], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString());
}

async function start(page, text) {
  await page.getByTestId("article-input").fill(text);
  await page.getByTestId("start").click();
  await page.getByTestId("progress").waitFor();
}

const articles = await articleFiles();

for (const article of articles) {
  test(`pre-selected suggestions match the analysis: ${article.name}`, async () => {
    const want = cliAnalysis(article.path);
    const { page, context } = await openApp(app.browser, app.server.url);
    await start(page, await readFile(article.path, "utf8"));
    for (const [i, s] of want.suggested.answers.entries()) {
      await page.getByTestId("progress").filter({ hasText: `Question ${i + 1} of 5` }).waitFor();
      const checked = await page.$eval("input[type=radio]:checked", (r) => r.value);
      assert.equal(checked, s.choice, `question ${i + 1}`);
      assert.equal(await page.getByTestId("suggestion-reason").textContent(), s.reason_text);
      // The suggested choice carries a visible mark, and only it.
      const badges = await page.getByTestId("suggested-badge").count();
      assert.equal(badges, 1);
      // Every sentence behind the suggestion is highlighted in the article.
      assert.equal(await page.locator("mark.article-panel__mark").count(), s.sentences.length);
      await page.getByTestId("next").click();
    }
    await page.getByTestId("score").waitFor();
    assert.equal(await page.getByTestId("score").textContent(), String(want.suggested.score));
    assert.equal(await page.getByTestId("agree").count(), 1);
    await context.close();
  });
}

test("a sentence behind the suggestion scrolls into view and takes the focus", async () => {
  const { page, context } = await openApp(app.browser, app.server.url, { viewport: { width: 1280, height: 700 } });
  await start(page, await readFile(articles.find((a) => a.name.startsWith("republished")).path, "utf8"));
  const buttons = page.getByTestId("behind-sentence");
  const last = buttons.last();
  await last.click();
  const focused = await page.evaluate(() => ({
    tag: document.activeElement.tagName,
    id: document.activeElement.id,
    text: document.activeElement.textContent,
  }));
  assert.equal(focused.tag, "MARK");
  assert.match(focused.id, /^mark-\d+$/);
  assert.ok(await page.locator(`#${focused.id}`).isVisible());
  await context.close();
});

test("on a narrow screen, showing a sentence opens the article first", async () => {
  const { page, context } = await openApp(app.browser, app.server.url, { viewport: { width: 360, height: 700 } });
  await start(page, await readFile(articles[0].path, "utf8"));
  assert.equal(await page.getByTestId("article-text").isVisible(), false);
  await page.getByTestId("behind-sentence").first().click();
  assert.equal(await page.getByTestId("article-text").isVisible(), true);
  assert.equal(await page.evaluate(() => document.activeElement.tagName), "MARK");
  await context.close();
});

test("noise is set aside, and putting it back changes the analysis", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const text = [
    "Bridge closed after flood",
    "",
    "The bridge was closed on Monday, the mayor said.",
    "",
    "Notify of",
    "",
    "Jane: The council denied that the bridge was unsafe.",
  ].join("\n");
  await start(page, text);
  assert.match(await page.getByTestId("set-aside-summary").textContent(), /Set aside: 2 lines/);
  assert.match(await page.getByTestId("article-text").textContent(), /Comments: 2 lines set aside/);
  assert.doesNotMatch(await page.getByTestId("article-text").textContent(), /council denied/);
  // Step 4 suggests no reply; put the comments back and it finds one.
  for (let i = 0; i < 3; i++) await page.getByTestId("next").click();
  assert.equal(await page.$eval("input[type=radio]:checked", (r) => r.value), "reply-nobody-accused");
  await page.getByTestId("noise-toggle").click();
  await page.getByTestId("noise-0").click();
  assert.equal(await page.$eval("input[type=radio]:checked", (r) => r.value), "reply-reported");
  assert.match(await page.getByTestId("article-text").textContent(), /council denied/);
  assert.match(await page.getByTestId("set-aside-summary").textContent(), /Set aside: 0 lines/);
  await context.close();
});

test("the reader can disagree; the summary shows where", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await start(page, await readFile(articles[0].path, "utf8"));
  // One click on a source the app found answers the first question.
  const found = page.getByTestId("found-source").first();
  const name = await found.locator(".source-picker__name").textContent();
  await found.click();
  assert.equal(await page.getByTestId("source-name").inputValue(), name);
  assert.equal(await found.getAttribute("aria-pressed"), "true");
  await page.getByTestId("next").click();
  // Disagree on question 2.
  await page.getByTestId("choice-named-with-role").check();
  for (let i = 0; i < 4; i++) await page.getByTestId("next").click();
  await page.getByTestId("score").waitFor();
  assert.equal(await page.getByTestId("agree").count(), 0);
  assert.match(await page.getByTestId("differs-named").textContent(), /The app suggested: Unnamed and vague/);
  assert.equal(await page.getByTestId("differs-source").count(), 0);
  await context.close();
});
