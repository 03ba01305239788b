// Takes the README's screenshots: `node e2e/screenshot.mjs` after a release
// build. Not a test; run by hand when the interface changes.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ARTICLES, ROOT, launch, openApp, serve } from "./harness.mjs";

const server = await serve();
const browser = await launch();
try {
  const text = await readFile(join(ARTICLES, "republished-with-denial.txt"), "utf8");
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 1280, height: 860 } });
  await page.getByTestId("article-input").fill(text);
  await page.getByTestId("start").click();
  await page.getByTestId("progress").waitFor();
  await page.screenshot({ path: join(ROOT, "docs/screenshot.png") });
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
