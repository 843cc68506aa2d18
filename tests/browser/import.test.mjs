// A council analyst's walk: upload the reference survey, map it, check it, save it and open its
// profile; the figures must equal R survey's, and every page must pass axe-core.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { apiToken, checkPage, newPage, useTessera } from "./harness.mjs";

const REFERENCE_CSV = fileURLToPath(
  new URL("../../crates/tessera-stats/tests/fixtures/synthetic_small.csv", import.meta.url),
);

const app = useTessera();

test("upload, map, check and save the reference survey; its profile equals R survey", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/datasets");
  await page.getByRole("button", { name: "Bring in a dataset" }).click();
  await page.waitForURL(/\/datasets\/new$/);
  await checkPage(page, "the upload page");

  await page.setInputFiles("#file", REFERENCE_CSV);
  await page.fill("#name", "Reference survey");
  await page.getByRole("button", { name: "Upload and continue" }).click();
  await page.waitForURL(/\/mapping$/);
  await checkPage(page, "the mapping page");

  // Pre-filled from the file: the design columns, wave and area, and the group column.
  assert.equal(await page.inputValue("#weight"), "weight");
  assert.equal(await page.inputValue("#strata"), "stratum");
  assert.equal(await page.inputValue("#psu"), "psu");

  // The measure: agreement that people from different backgrounds get on well.
  const card = page.locator(".govuk-summary-card", { has: page.locator("h3", { hasText: /^getting_on_well$/ }) });
  await card.locator("input[name$='-include']").check();
  await card.locator("input[name$='-success'][value='1']").check();
  await card.locator("input[name$='-success'][value='2']").check();
  await card.locator("input[name$='-exclude'][value='dont_know']").check();
  await page.getByRole("button", { name: "Check the data" }).click();
  await page.waitForURL(/\/report$/);
  await checkPage(page, "the validation report");

  await page.getByRole("button", { name: /^Save dataset/ }).click();
  await page.waitForURL(/\/datasets\/\d+$/);
  for (let i = 0; i < 40 && (await page.getByText("Computing estimates").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
  await checkPage(page, "the new dataset's profile");
  const id = page.url().match(/\/datasets\/(\d+)$/)[1];

  // The 2024 newcomers' agreement, as R survey 4.1-1 gives it (ref/small_design_prop.csv).
  const rows = await page.locator(".tessera-measure table tbody tr").allInnerTexts();
  assert.ok(rows.some((r) => /2024\s+72%\s+86%/.test(r)), rows.join(" | "));
  // The API answers only with a personal API token, made here on the account page.
  const token = await apiToken(page, app.server);
  const api = await (
    await page.request.get(`${app.server.url}/api/v1/datasets/${id}/profile`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const wave2024 = api.measures[0].by_wave.find((l) => l.cell[0][1] === "2024");
  assert.ok(Math.abs(wave2024.newcomers.estimate - 0.71573310818325642) < 1e-12, JSON.stringify(wave2024));
  assert.ok(Math.abs(wave2024.newcomers.ci_low - 0.61478206959059711) < 1e-7, JSON.stringify(wave2024));

  // The indicator page for the measure, split by area, passes too.
  await page.goto(`${app.server.url}/datasets/${id}/measures/${api.measures[0].id}?by=area`);
  for (let i = 0; i < 40 && (await page.getByText("Computing estimates").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
  await checkPage(page, "the indicator page split by area");
  await page.close();
});
