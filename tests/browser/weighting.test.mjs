// Weighting the demo survey to population margins typed into the page (issue 16): the profile
// changes and names the weighting, the measure page and its download name it too; margins that
// miss a category are refused with the reason; axe-core on every page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

const WARDS = [
  "Harbourside, 8200",
  "Old Town, 7400",
  "Saltings, 6900",
  "Kestrel Heights, 8100",
  "Millbrook, 7600",
  "Northgate, 7900",
  "Fernlea, 6800",
  "Quayside, 7100",
].join("\n");
const AGES = ["16-24, 9000", "25-34, 12000", "35-49, 15600", "50-64, 13200", "65+, 10200"].join("\n");

/** Reloads while the page says the estimates are still being computed. */
async function computed(page) {
  for (let i = 0; i < 60 && (await page.getByText("Computing estimates").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
}

/** The headline figures of every measure card on the profile. */
async function figures(page) {
  return page.locator(".tessera-measure .tessera-figure-pair").allInnerTexts();
}

test("typed margins weight the demo survey; the profile, measure page and download name the weighting", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/datasets/1");
  await computed(page);
  assert.equal(await page.locator("#weighting-used").innerText(), "Figures on this page use the dataset's own weights.");
  const before = await figures(page);

  await page.getByRole("link", { name: "Weight to population figures" }).click();
  await page.waitForURL(/\/datasets\/1\/weightings$/);
  await checkPage(page, "the weightings page");

  // A margin that misses a ward in the data is refused, naming it; nothing is kept.
  await page.locator("#name").fill("census-2021");
  await page.locator("#variables_1").fill("ward");
  await page.locator("#cells_1").fill(WARDS.replace("Quayside, 7100", "").replace("Harbourside, 8200", "Harbourside, 15300"));
  await page.locator("#variables_2").fill("age_band");
  await page.locator("#cells_2").fill(AGES);
  await page.locator("#make-weighting").click();
  await page.waitForSelector(".govuk-error-summary");
  assert.match(await page.locator(".govuk-error-summary__list").innerText(), /do not cover every category.*Quayside/s);
  // The browser reports the form's own 400 status as a console error; nothing else may fail.
  page.consoleErrors = page.consoleErrors.filter((e) => !e.includes("status of 400"));
  await checkPage(page, "the weightings page with a refusal");

  await page.locator("#cells_1").fill(WARDS);
  await page.locator("#make-weighting").click();
  await page.waitForURL(/\/datasets\/1\/weightings\/census-2021/);
  assert.equal(await page.locator("#weighting-name").innerText(), "census-2021");
  assert.equal(await page.locator("#margins tbody tr").count(), 13);
  await checkPage(page, "the weighting's report");

  await page.getByRole("link", { name: "See the profile with this weighting" }).click();
  await page.waitForURL(/weighting=census-2021/);
  await computed(page);
  assert.equal(
    await page.locator("#weighting-used").innerText(),
    "Figures on this page use the weighting “census-2021” (raking).",
  );
  const after = await figures(page);
  assert.equal(after.length, before.length);
  assert.notDeepEqual(after, before, "the profile's figures change under the weighting");
  await checkPage(page, "the profile under a weighting");

  // The chooser goes back to the dataset's own weights.
  await page.selectOption("#weighting", "");
  await page.locator("#weighting-show").click();
  await page.waitForURL((u) => !u.search.includes("weighting=census"));
  await computed(page);
  assert.deepEqual(await figures(page), before);

  // A measure page under the weighting, and its download.
  await page.goto(app.server.url + "/datasets/1/measures/get_on_well?weighting=census-2021");
  await computed(page);
  assert.match(await page.locator("#weighting-used").innerText(), /census-2021/);
  await checkPage(page, "a measure page under a weighting");
  const csv = await (await page.request.get(await page.locator("#export-csv").evaluate((a) => a.href))).text();
  const [header, first] = csv.trim().split("\n");
  assert.match(header, /,weighting$/);
  assert.match(first, /,census-2021$/);

  // On a 320 px phone nothing is wider than the screen: the form, the report, the chooser.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ["/datasets/1/weightings", "/datasets/1/weightings/census-2021", "/datasets/1?weighting=census-2021"]) {
    await page.goto(app.server.url + path);
    await computed(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `${path} is ${width} px wide on a phone`);
  }
  await page.close();
});
