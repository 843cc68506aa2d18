// A new user's walk through the framework explorer: home → a domain → an indicator → search,
// with axe-core on every page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

test("home, a domain, an indicator and search work and pass axe-core", async () => {
  const page = await newPage(app.browser);

  await page.goto(app.server.url + "/");
  assert.equal(await page.locator("h1").innerText(), "Plan, measure and evaluate integration");
  await checkPage(page, "the home page");

  await page.getByRole("button", { name: "Explore the framework" }).click();
  await page.waitForURL(/\/frameworks\/ioi-2019$/);
  assert.equal(await page.locator(".tessera-type-group li a").count(), 14);
  // Two drawings of the figure: the wide one shows on this screen, the narrow one on phones.
  assert.equal(await page.locator("figure svg.tessera-figure__svg--wide title").count(), 1);
  assert.ok(await page.locator("figure svg.tessera-figure__svg--wide").isVisible());
  assert.ok(!(await page.locator("figure svg.tessera-figure__svg--narrow").isVisible()));
  await checkPage(page, "the IOI framework page");

  await page.getByRole("link", { name: "7. Social Bridges" }).click();
  await page.waitForURL(/\/domains\/social-bridges$/);
  assert.equal(await page.locator("h1").innerText(), "Social Bridges");
  await checkPage(page, "the Social Bridges domain page");

  const firstIndicator = page.locator("main table tbody tr a").first();
  const name = await firstIndicator.innerText();
  await firstIndicator.click();
  await page.waitForURL(/\/indicators\//);
  assert.equal(await page.locator("h1").innerText(), name);
  assert.ok((await page.locator(".govuk-summary-list__row").count()) >= 5);
  await checkPage(page, "an indicator page");

  await page.getByRole("link", { name: "Search", exact: true }).click();
  await page.getByLabel("Words to search for").fill("ESOL");
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\/search\?q=ESOL/);
  assert.equal(await page.locator("#domain-results li a").first().innerText(), "Language and Communication");
  await checkPage(page, "the search results page");

  await page.close();
});

test("the other framework pages, the audit log, the export page and the not-found page pass axe-core", async () => {
  const page = await newPage(app.browser, app.server);
  for (const path of [
    "/frameworks",
    "/frameworks/zaragoza",
    "/frameworks/inclusive-cities",
    "/frameworks/ioi-2019/domains/safety",
    "/search?q=nothing+matches+this+zzzz",
    "/audit",
    "/export",
    "/no-such-page",
  ]) {
    const response = await page.goto(app.server.url + path);
    if (path === "/no-such-page") {
      assert.equal(response.status(), 404);
      // The browser reports the page's own 404 status as a console error; nothing else may fail.
      page.consoleErrors = page.consoleErrors.filter((e) => !e.includes("status of 404"));
    }
    await checkPage(page, path);
  }
  await page.close();
});

test("the demo dataset's pages pass axe-core, with charts that have a title and a table", async () => {
  const page = await newPage(app.browser, app.server);
  for (const path of ["/datasets", "/datasets/1", "/datasets/1/measures/get_on_well?by=ward", "/datasets/1/measures/trust_police?by=age_band"]) {
    await page.goto(app.server.url + path);
    // The first visit may show the "computing" page, which refreshes itself.
    for (let i = 0; i < 40 && (await page.getByText("Computing estimates").count()) > 0; i++) {
      await page.waitForTimeout(250);
      await page.goto(app.server.url + path);
    }
    await checkPage(page, path);
  }
  assert.ok((await page.locator("svg[role=img] title").count()) >= 2);
  assert.ok((await page.locator("#results-table tbody tr").count()) >= 2);
  await page.close();
});

test("the demo dataset's pages fit phones in English and Welsh, with chart text of 12 px or more", async () => {
  const page = await newPage(app.browser, app.server);
  const paths = [
    "/datasets",
    "/datasets/1",
    "/datasets/1/mapping",
    "/datasets/1/measures/get_on_well?by=ward",
    "/datasets/1/measures/trust_police",
    "/datasets/new",
  ];
  for (const lang of ["en", "cy"]) {
    for (const width of [320, 375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        const url = `${app.server.url}${path}${path.includes("?") ? "&" : "?"}lang=${lang}`;
        await page.goto(url);
        for (let i = 0; i < 40 && (await page.locator("meta[http-equiv=refresh]").count()) > 0; i++) {
          await page.waitForTimeout(250);
          await page.goto(url);
        }
        assert.equal(await page.getAttribute("html", "lang"), lang, url);
        const layout = await page.evaluate(() => {
          const sizes = [...document.querySelectorAll("svg.tessera-chart text")]
            .filter((t) => t.getBBox().width > 0)
            .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
          return { width: document.documentElement.scrollWidth, smallest: Math.min(Infinity, ...sizes) };
        });
        assert.ok(layout.width <= width, `${url} is ${layout.width} px wide at ${width} px`);
        assert.ok(layout.smallest >= 12, `${url} at ${width} px has chart text of ${layout.smallest} px`);
        if (width !== 375) await checkPage(page, `${path} in ${lang} at ${width} px`);
      }
    }
  }
  await page.close();
});

test("each of the required searches lands on the right domain in the browser", async () => {
  const page = await newPage(app.browser);
  for (const [q, domain] of [
    ["ESOL", "Language and Communication"],
    ["hate crime", "Safety"],
    ["GP", "Health and Social Care"],
    ["friends from different backgrounds", "Social Bridges"],
  ]) {
    await page.goto(`${app.server.url}/search?q=${encodeURIComponent(q)}`);
    assert.equal(await page.locator("#domain-results li a").first().innerText(), domain, q);
  }
  await page.close();
});
