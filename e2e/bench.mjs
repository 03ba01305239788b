// The browser half of `./x bench`: sizes of the built files, first-render
// time, analysis speed in WebAssembly, paste-to-suggestions time, a 10 MB
// paste, and the NLP library a web developer would reach for (compromise)
// side by side with the app's analysis. Prints figures; asserts nothing.
import { readFile, readdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { DIST, ROOT, ARTICLES, launch, serve } from "./harness.mjs";

const OWN = join(ROOT, "tests/articles");
const expected = JSON.parse(await readFile(join(OWN, "expected.json"), "utf8"));
const cases = [...expected.test_articles, ...expected.held_out];
/** Where an article of the expectations lives, and its text. */
async function article(file) {
  for (const dir of [ARTICLES, OWN]) {
    try {
      const path = join(dir, file);
      return { path, text: await readFile(path, "utf8") };
    } catch {}
  }
  throw new Error(`no article ${file}`);
}

const kb = (n) => (n / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = (rows) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  for (const r of rows) console.log(r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  "));
};

// 1. Transfer sizes.
export async function sizes() {
  const rows = [["file", "raw KB", "gzip -9 KB", "brotli KB"]];
  let total = [0, 0, 0];
  for (const name of (await readdir(DIST)).sort()) {
    const bytes = await readFile(join(DIST, name));
    const gz = gzipSync(bytes, { level: 9 }).length;
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    rows.push([name, kb(bytes.length), kb(gz), kb(br)]);
    total = [total[0] + bytes.length, total[1] + gz, total[2] + br];
  }
  rows.push(["total", kb(total[0]), kb(total[1]), kb(total[2])]);
  return { rows, total };
}

async function main() {
  console.log("\n== sizes of the built app (dist/)");
  const { rows, total } = await sizes();
  table(rows);
  const gzipKb = total[1] / 1024;
  console.log(
    `budget: 150 KB gzip for the whole app (KB = 1024 bytes): ` +
      (gzipKb <= 150 ? "met" : `not met, ${(gzipKb - 150).toFixed(1)} KB over (see README, "Measured")`),
  );

  const server = await serve();
  const browser = await launch();
  try {
    // 2. First render: navigation to the paste screen, 10 cold loads.
    const renders = [];
    for (let i = 0; i < 10; i++) {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector("[data-testid=article-input]")) {
            window.__firstRender = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => window.__firstRender !== undefined);
      renders.push(await page.evaluate(() => window.__firstRender));
      await context.close();
    }
    console.log("\n== first rendered screen, 10 cold loads (ms from navigation start)");
    table([
      ["median", "min", "max"],
      [median(renders).toFixed(1), Math.min(...renders).toFixed(1), Math.max(...renders).toFixed(1)],
    ]);

    // 3. Analysis speed in the browser, against native (cargo bench prints
    // the native table), and compromise side by side.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByTestId("article-input").waitFor();
    await page.evaluate(await readFile(join(ROOT, "e2e/node_modules/compromise/builds/compromise.js"), "utf8"));
    const wasm = (text, runs) =>
      page.evaluate(
        async ([text, runs]) => (await import(document.getElementById("boot").dataset.js)).benchAnalyze(text, runs),
        [text, runs],
      );
    const nlp = (text, runs) =>
      page.evaluate(
        ([text, runs]) => {
          const times = [];
          let out;
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            const doc = window.nlp(text);
            out = {
              people: doc.people().out("array"),
              organizations: doc.organizations().out("array"),
              quotations: doc.quotations().out("array"),
            };
            times.push(performance.now() - t0);
          }
          times.sort((a, b) => a - b);
          return { ms: times[Math.floor(times.length / 2)], out };
        },
        [text, runs],
      );
    const rowsSpeed = [["input", "bytes", "wasm ms", "MB/s", "compromise ms", "ratio"]];
    const found = [["article", "expected", "app finds", "compromise finds"]];
    let totals = [0, 0, 0];
    let all = "";
    for (const c of cases) {
      const { path, text } = await article(c.file);
      // Long inputs are made of articles without a comment thread (a
      // thread sets everything after it aside).
      if (!path.startsWith(ARTICLES) && !c.file.includes("comment") && !c.file.startsWith("held-out")) all += text + "\n\n";
      const ours = await wasm(text, 200);
      const theirs = await nlp(text, 5);
      rowsSpeed.push([c.file, text.length, ours.toFixed(3), (text.length / 1048576 / (ours / 1000)).toFixed(1), theirs.ms.toFixed(2), (theirs.ms / ours).toFixed(1)]);
      // Which expected sources each one finds.
      const app = JSON.parse(execFileSync(join(ROOT, "target/release/checklist"), ["analyze", path]).toString());
      const appTexts = app.sources.map((s) => s.text);
      const entities = [...theirs.out.people, ...theirs.out.organizations].map((e) => e.toLowerCase());
      const want = [...new Set(c.sources.map(([t]) => t))];
      const appHits = want.filter((w) => appTexts.includes(w)).length;
      const nlpHits = want.filter((w) => entities.some((e) => e.includes(w.toLowerCase()) || (e.length > 3 && w.toLowerCase().includes(e)))).length;
      found.push([c.file, want.length, appHits, nlpHits]);
      totals = [totals[0] + want.length, totals[1] + appHits, totals[2] + nlpHits];
    }
    let mb = all;
    while (mb.length < 1048576) mb += all;
    const oursMb = await wasm(mb, 10);
    const theirsMb = await nlp(mb, 1);
    rowsSpeed.push(["1 MB of article text", mb.length, oursMb.toFixed(1), (mb.length / 1048576 / (oursMb / 1000)).toFixed(1), theirsMb.ms.toFixed(0), (theirsMb.ms / oursMb).toFixed(1)]);
    console.log("\n== analysis in the browser (WebAssembly, median), and compromise 14 on the same text");
    console.log("   (compromise: people, organisations and quotations; ratio = its time / ours)");
    table(rowsSpeed);
    found.push(["total", totals[0], totals[1], totals[2]]);
    console.log("\n== expected sources found (tests/articles/expected.json); compromise counts a source when one of its people or organisations contains it");
    table(found);

    // 4. Paste to suggestions, 100 KB; and a 10 MB paste.
    let hundred = all;
    while (hundred.length < 100 * 1024) hundred += all;
    hundred = hundred.slice(0, 100 * 1024);
    const pasteToSuggestions = async (text) => {
      const p = await context.newPage();
      await p.goto(server.url);
      await p.getByTestId("article-input").waitFor();
      return p
        .evaluate(async (text) => {
          const longest = [];
          new PerformanceObserver((list) => longest.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask", buffered: false });
          const area = document.querySelector("[data-testid=article-input]");
          const t0 = performance.now();
          area.value = text;
          area.dispatchEvent(new Event("input", { bubbles: true }));
          await new Promise((ok) => setTimeout(ok));
          const tInput = performance.now();
          document.querySelector("[data-testid=start]").click();
          while (!document.querySelector("mark")) await new Promise((ok) => setTimeout(ok, 5));
          await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
          const t1 = performance.now();
          await new Promise((ok) => setTimeout(ok, 50));
          return { total: t1 - t0, input: tInput - t0, longest: Math.max(0, ...longest) };
        }, text)
        .finally(() => p.close());
    };
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await pasteToSuggestions(hundred));
    const ten = (all.repeat(Math.ceil((10 * 1048576) / all.length))).slice(0, 10 * 1048576);
    const big = await pasteToSuggestions(ten);
    console.log("\n== paste to highlighted suggestions (ms: input event, then Check this article, until the highlights are painted)");
    table([
      ["input", "median total", "min", "max", "longest task"],
      ["100 KB article", median(runs.map((r) => r.total)).toFixed(0), Math.min(...runs.map((r) => r.total)).toFixed(0), Math.max(...runs.map((r) => r.total)).toFixed(0), median(runs.map((r) => r.longest)).toFixed(0)],
      ["10 MB paste (reads the first 2 MB)", big.total.toFixed(0), "", "", big.longest.toFixed(0)],
    ]);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
