// For classrooms and host sites: practice mode, resume, share links,
// export and print, languages, and the text that does not look English.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { appForTests, ARTICLES, openApp } from "./harness.mjs";
import { join } from "node:path";

const app = appForTests();
let article;

before(async () => {
  article = await readFile(join(ARTICLES, "state-media-local-sources.txt"), "utf8");
});

async function start(page, text = article) {
  await page.getByTestId("article-input").fill(text);
  await page.getByTestId("start").click();
  await page.getByTestId("progress").waitFor();
}

const checked = (page) => page.$eval("input[type=radio]:checked", (r) => r.value).catch(() => null);

test("practice mode from the URL: answer first, then compare; the summary counts agreements", async () => {
  const { page, context } = await openApp(app.browser, app.server.url, { query: "?mode=practice" });
  assert.equal(await page.getByTestId("mode-practice").isChecked(), true);
  await start(page);
  assert.equal(await checked(page), null, "nothing pre-selected");
  assert.equal(await page.getByTestId("suggestion").count(), 0, "no suggestion before answering");
  assert.equal(await page.locator("mark").count(), 0, "no highlights before answering");
  assert.equal(await page.getByTestId("next").textContent(), "Check my answer");
  // Without an answer: a clear message, no move.
  await page.getByTestId("next").click();
  await page.getByTestId("missing-answer").waitFor();
  // Answer differently from the app (it suggests "unnamed people").
  await page.getByTestId("choice-source-named").check();
  await page.getByTestId("next").click();
  assert.match(await page.getByTestId("practice-verdict").textContent(), /The app's answer is different: Unnamed people/);
  assert.equal(await page.getByTestId("suggestion").count(), 1);
  assert.ok((await page.locator("mark").count()) > 0);
  await page.getByTestId("next").click();
  // Agree on the other four.
  for (const want of ["unnamed-vague", "corroborated-none", "reply-not-mentioned", "evidence-none"]) {
    await page.getByTestId(`choice-${want}`).check();
    await page.getByTestId("next").click();
    assert.equal(await page.getByTestId("practice-verdict").textContent(), "You and the app agree on this one.");
    await page.getByTestId("next").click();
  }
  await page.getByTestId("score").waitFor();
  assert.equal(await page.getByTestId("practice-summary").textContent(), "You agreed with the app on 4 of 5 questions.");
  assert.match(await page.getByTestId("differs-source").textContent(), /Unnamed people/);
  assert.equal(await page.getByTestId("agrees-named").count(), 1);
  await context.close();
});

test("work is saved as the reader goes and comes back after a reload", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await start(page);
  await page.getByTestId("choice-source-outlet").check();
  await page.getByTestId("next").click();
  await page.getByTestId("progress").filter({ hasText: "Question 2 of 5" }).waitFor();
  await page.waitForTimeout(600); // the text is saved once typing stops
  await page.reload();
  await page.getByTestId("notice-resumed").waitFor();
  await page.getByTestId("progress").filter({ hasText: "Question 2 of 5" }).waitFor();
  await page.getByTestId("back").click();
  assert.equal(await checked(page), "source-outlet", "the reader's answer came back");
  // Start over asks first; Cancel keeps everything.
  await page.getByTestId("start-over").click();
  assert.match(await page.getByTestId("confirm-start-over").textContent(), /Start over\?/);
  await page.getByTestId("confirm-cancel").click();
  assert.equal(await checked(page), "source-outlet");
  await page.getByTestId("start-over").click();
  await page.getByTestId("confirm-yes").click();
  assert.equal(await page.getByTestId("article-input").inputValue(), "");
  await page.reload();
  await page.getByTestId("article-input").waitFor();
  assert.equal(await page.getByTestId("article-input").inputValue(), "", "cleared from storage too");
  await context.close();
});

test("storage that is off, full or unreadable: the app works and says so once", async () => {
  // Unreadable stored work.
  {
    const { page, context } = await openApp(app.browser, app.server.url);
    await page.evaluate(() => localStorage.setItem("evidence-checklist:state", "{not json"));
    await page.reload();
    await page.getByTestId("notice-saved-unreadable").waitFor();
    await start(page);
    await page.getByTestId("next").click();
    await context.close();
  }
  // Storage that throws (disabled, or full): every write fails.
  {
    const context = await app.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("full", "QuotaExceededError");
      };
    });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await start(page);
    await page.getByTestId("notice-saving-off").waitFor();
    await page.getByTestId("next").click();
    await page.getByTestId("next").click();
    assert.equal(await page.getByTestId("notice-saving-off").count(), 1, "said once");
    assert.equal(await page.getByTestId("progress").textContent(), "Question 3 of 5", "nothing lost on screen");
    await context.close();
  }
});

async function walkToSummary(page) {
  for (let i = 0; i < 5; i++) await page.getByTestId("next").click();
  await page.getByTestId("score").waitFor();
}

test("a link carries the work in its fragment and opens it again", async () => {
  const context = await app.browser.newContext();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.server.url).origin });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(app.server.url);
  await start(page, "Officials said the bridge was closed on Monday, according to the ministry.");
  await page.getByTestId("choice-source-unnamed").check();
  await walkToSummary(page);
  const score = await page.getByTestId("score").textContent();
  await page.getByTestId("copy-link").click();
  await page.getByTestId("share-status").filter({ hasText: "Link copied" }).waitFor();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#share=[A-Za-z0-9_-]+$/);
  // Nothing of the fragment was ever requested from a app.server.
  assert.ok(requests.every((r) => !r.includes("share=")));

  const other = await app.browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await reader.getByTestId("notice-link-opened").waitFor();
  await reader.getByTestId("score").waitFor();
  assert.equal(await reader.getByTestId("score").textContent(), score);
  assert.equal(new URL(reader.url()).hash, "", "the fragment is cleared once read");
  await reader.getByTestId("change-source").click();
  assert.equal(await checked(reader), "source-unnamed");
  assert.match(await reader.getByTestId("article-text").textContent(), /bridge was closed/);

  // Answers only: no article in the link.
  await page.getByTestId("copy-answers-link").click();
  await page.getByTestId("share-status").filter({ hasText: "answers only" }).waitFor();
  const answers = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(answers, /#answers=/);
  const third = await other.newPage();
  await third.goto(answers);
  await third.getByTestId("notice-link-answers-only").waitFor();
  await third.getByTestId("score").waitFor();
  assert.equal(await third.getByTestId("score").textContent(), score);
  await other.close();
  await context.close();
});

test("a long article's link is refused in plain words; a broken link opens a fresh checklist", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  // Varied text compresses badly: the link would be far too long.
  let seed = 12345;
  const letter = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return "abcdefghijklmnopqrstuvwxyz"[seed % 26];
  };
  const word = () => Array.from({ length: 6 }, letter).join("");
  const words = Array.from({ length: 3000 }, () => `the ${word()} of ${word()}`).join(" and ");
  await start(page, `Officials said ${words}.`);
  await walkToSummary(page);
  await page.getByTestId("copy-link").click();
  await page.getByTestId("share-status").filter({ hasText: "too long to paste comfortably" }).waitFor();
  await context.close();

  for (const broken of ["#share=AAAA", "#share=%%%", "#answers=bm90IGpzb24", "#share="]) {
    const { page: p, context: c, errors } = await openApp(app.browser, app.server.url, { query: broken });
    await p.getByTestId("notice-link-broken").waitFor();
    assert.equal(await p.getByTestId("article-input").inputValue(), "");
    assert.deepEqual(errors.filter((e) => !e.includes("Failed to load")), [], broken);
    await c.close();
  }
});

test("copy as text gives a Markdown report; download gives the JSON result", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(app.server.url).origin });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await start(page);
  await walkToSummary(page);
  await page.getByTestId("copy-text").click();
  await page.getByTestId("share-status").filter({ hasText: "Markdown" }).waitFor();
  const md = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(md, /^# Evidence checklist: report/);
  assert.match(md, /## 1\. Who is the source of the main claim\?/);
  assert.match(md, /> The U\.S\. is evacuating ISIS commanders/);
  assert.match(md, new RegExp(`Score: ${await page.getByTestId("score").textContent()} out of 100`));

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-json").click()]);
  const json = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(json.format_version, 1);
  assert.equal(json.answers.source, "source-unnamed");
  assert.ok(json.sources.some((s) => s.text === "local sources"));
  assert.equal(typeof json.body.start, "number");
  await context.close();
});

test("where the clipboard is refused, the text is shown to copy by hand", async () => {
  const context = await app.browser.newContext();
  await context.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  const page = await context.newPage();
  await page.goto(app.server.url);
  await start(page);
  await walkToSummary(page);
  await page.getByTestId("copy-text").click();
  const manual = page.getByTestId("copy-by-hand");
  await manual.waitFor();
  assert.match(await manual.inputValue(), /^# Evidence checklist: report/);
  await context.close();
});

test("printing gives a clean worksheet: the article, the answers, the score, no buttons", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  await start(page);
  await walkToSummary(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator("button:visible").count(), 0, "no buttons in print");
  assert.equal(await page.locator("select:visible").count(), 0);
  assert.ok(await page.getByTestId("score").isVisible());
  assert.ok(await page.locator(".summary__table").isVisible());
  const printed = page.locator(".summary__article");
  assert.ok(await printed.isVisible(), "the article is printed");
  assert.match(await printed.textContent(), /evacuating ISIS commanders/);
  assert.doesNotMatch(await printed.textContent(), /Notify of/, "without the comment thread");
  const pdf = await page.pdf({ format: "A4" });
  assert.equal(pdf.subarray(0, 5).toString(), "%PDF-");
  assert.ok(pdf.length > 10_000);
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator(".summary__article").isVisible(), false, "only in print");
  await context.close();
});

test("languages: URL parameter, browser language, the switch; Arabic is right to left", async () => {
  {
    const { page, context } = await openApp(app.browser, app.server.url, { query: "?lang=es" });
    assert.equal(await page.getAttribute("html", "lang"), "es");
    assert.equal(await page.getByTestId("start").textContent(), "Revisar este artículo");
    await context.close();
  }
  {
    const context = await app.browser.newContext({ locale: "ar-EG" });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByTestId("article-input").waitFor();
    assert.equal(await page.getAttribute("html", "dir"), "rtl");
    assert.equal(await page.getAttribute("html", "lang"), "ar");
    // The layout is mirrored: the language switch sits on the left.
    const box = await page.getByTestId("language").boundingBox();
    assert.ok(box.x < 640, `switch at x=${box.x}`);
    await start(page);
    // The article keeps its own direction.
    assert.equal(await page.$eval("[data-testid=article-text]", (e) => getComputedStyle(e).unicodeBidi), "plaintext");
    // Switch to English on the page.
    await page.getByTestId("language").selectOption("en");
    assert.equal(await page.getAttribute("html", "dir"), "ltr");
    assert.equal(await page.getByTestId("next").textContent(), "Next");
    await context.close();
  }
  {
    const context = await app.browser.newContext({ locale: "fr-FR" });
    const page = await context.newPage();
    await page.goto(app.server.url);
    await page.getByTestId("article-input").waitFor();
    assert.equal(await page.getAttribute("html", "lang"), "en", "unsupported languages fall back to English");
    await context.close();
  }
});

test("text that does not look English: the app says so and the checklist works by hand", async () => {
  const { page, context } = await openApp(app.browser, app.server.url);
  const spanish =
    "Los funcionarios dijeron que el puente fue cerrado el lunes después de la inundación, y que las reparaciones tardarán semanas según el ministerio.";
  await start(page, spanish);
  await page.getByTestId("english-only").waitFor();
  assert.equal(await page.getByTestId("suggestion").count(), 0);
  assert.equal(await checked(page), null);
  await page.getByTestId("choice-source-named").check();
  await page.getByTestId("next").click();
  await page.getByTestId("progress").filter({ hasText: "Question 2 of 5" }).waitFor();
  await context.close();
});
