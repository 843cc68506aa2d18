// Every page of the app (issue 13): found by following the links a person can follow — signed
// out from the home page, then signed in as the demo owner from the home page and the menu —
// and checked in English and Welsh at 320, 375 and 1,280 px: the page is no wider than the
// screen, its `lang` is the chosen language, no chart or diagram text is under 12 px on screen,
// and axe-core (WCAG 2.2 A and AA, target size included) finds nothing.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

/** Pages of one kind (the same path with its numbers and tokens taken out) visited at most. */
const PER_KIND = 1;
/** Pages visited at most, signed in. */
const LIMIT = 70;

/** Links not to follow: leaving, downloads, machine formats, the language switch. */
function followable(url, origin) {
  if (url.origin !== origin) return false;
  const path = url.pathname;
  if (path.startsWith("/static/") || path.startsWith("/api/")) return false;
  if (/\.(csv|xlsx|json|svg|toml|zip|pdf|docx|xml|tar|gz|sav|dta)$/.test(path)) return false;
  if (/sign-out|\/export|\/download|\/problems|\/report\.|\/original/.test(path)) return false;
  return !url.searchParams.has("lang");
}

/** What makes pages the same kind: the path with ids and tokens replaced. */
function kind(url) {
  return url.pathname
    .split("/")
    .map((part) => (/\d/.test(part) || part.length > 20 ? "{}" : part))
    .join("/");
}

/** Visits pages breadth first from `starts`, returning up to `limit` paths (with queries). */
async function crawl(page, origin, starts, limit) {
  const seen = new Set();
  const kinds = new Map();
  const queue = starts.map((s) => new URL(s, origin));
  const found = [];
  while (queue.length > 0 && found.length < limit) {
    const url = queue.shift();
    url.hash = "";
    const key = url.pathname + url.search;
    if (seen.has(key)) continue;
    seen.add(key);
    const k = kind(url);
    if ((kinds.get(k) ?? 0) >= PER_KIND) continue;
    const response = await page.goto(url.href);
    if (!response || response.status() >= 400) continue;
    if (!(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
    found.push(key);
    const hrefs = await page.$$eval("a[href]", (links) => links.map((a) => a.href));
    for (const href of hrefs) {
      const next = new URL(href);
      if (followable(next, origin)) queue.push(next);
    }
  }
  // Pages the crawl skipped (a 4xx) left console errors that are not the pages checked.
  page.consoleErrors.length = 0;
  return found;
}

/** Loads `path` in `lang` (waiting out a results page still computing) and measures it. */
async function visit(page, origin, path, lang) {
  const url = `${origin}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
  await page.goto(url);
  for (let i = 0; i < 40 && (await page.locator("meta[http-equiv=refresh]").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.goto(url);
  }
  const layout = await page.evaluate(() => {
    const sizes = [...document.querySelectorAll("svg text")]
      .filter((t) => t.getBBox().width > 0 && t.closest("svg").getBoundingClientRect().width > 0)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
    return {
      lang: document.documentElement.lang,
      width: document.documentElement.scrollWidth,
      smallest: Math.min(Infinity, ...sizes),
    };
  });
  return { url, ...layout };
}

async function checkAll(page, origin, paths) {
  for (const lang of ["en", "cy"]) {
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        const seen = await visit(page, origin, path, lang);
        assert.equal(seen.lang, lang, seen.url);
        assert.ok(seen.width <= width, `${seen.url} is ${seen.width} px wide at ${width} px`);
        assert.ok(seen.smallest >= 12, `${seen.url} at ${width} px has text of ${seen.smallest} px`);
        // axe at the narrowest and widest screens (375 px only for width and text size).
        if (width !== 375) await checkPage(page, `${path} in ${lang} at ${width} px`);
      }
    }
  }
}

test("every page a signed-out visitor can reach fits every screen in both languages", async () => {
  const page = await newPage(app.browser);
  const origin = app.server.url;
  const paths = await crawl(page, origin, ["/", "/sign-in", "/password/forgot", "/frameworks", "/search?q=ESOL"], 16);
  assert.ok(paths.length >= 8, `only ${paths.length} public pages found: ${paths}`);
  await checkAll(page, origin, paths);
  await page.close();
});

test("every page the demo owner can reach fits every screen in both languages", async () => {
  const page = await newPage(app.browser, app.server);
  const origin = app.server.url;
  const paths = await crawl(page, origin, ["/", "/datasets", "/plans", "/participants", "/account", "/audit"], LIMIT);
  assert.ok(paths.length >= 30, `only ${paths.length} pages found: ${paths.join(" ")}`);
  await checkAll(page, origin, paths);
  await page.close();
});
