// A council analyst's walks: the reference survey, then R's real `apistrat` school survey (a
// file Tessera did not write) through every step — how the file was read, the mapping with
// its design checked, the check, the save — to its results and exports; a CSV saved by Excel on
// Windows and a workbook with a title row and two sheets. Figures must equal R survey's, every
// page must pass axe-core, and the results pages must fit a 320 px phone with chart text of
// 12 px or more (issues 12 and 13).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { apiToken, checkPage, newPage, useTessera } from "./harness.mjs";

const fixture = (path) => fileURLToPath(new URL(`../../crates/${path}`, import.meta.url));
const REFERENCE_CSV = fixture("tessera-stats/tests/fixtures/synthetic_small.csv");
const APISTRAT = fixture("tessera-data/tests/fixtures/real/apistrat.csv");
const WINDOWS_1252 = fixture("tessera-data/tests/fixtures/encodings/windows1252.csv");
const TITLED = fixture("tessera-data/tests/fixtures/titled/titled.xlsx");
const R_REFERENCE = fixture("tessera-web/tests/fixtures/api/reference.csv");

const app = useTessera();

/** Waits out the "computing" page, which refreshes itself. */
async function computed(page) {
  for (let i = 0; i < 40 && (await page.getByText("Computing estimates").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
}

/** Uploads a file from the datasets page; resolves on the page showing how it was read. */
async function upload(page, file, name) {
  await page.goto(app.server.url + "/datasets");
  await page.getByRole("button", { name: "Bring in a dataset" }).click();
  await page.waitForURL(/\/datasets\/new$/);
  await page.setInputFiles("#file", file);
  await page.fill("#name", name);
  await page.getByRole("button", { name: "Upload and continue" }).click();
  await page.waitForURL(/\/preview$/);
}

/** The measure card of a column on the mapping page, opened if it is folded away. */
async function measureCard(page, column) {
  const label = page.getByText(`Use “${column}” as a measure`, { exact: true });
  const folded = page.locator("details.tessera-measure-details", { has: label });
  if ((await folded.count()) > 0 && !(await folded.evaluate((d) => d.open))) {
    await folded.locator("summary").click();
  }
  return page.locator(".govuk-summary-card", { has: label });
}

/** The page's width and its smallest SVG text on screen, in CSS pixels. */
async function measureLayout(page) {
  return page.evaluate(() => {
    const sizes = [...document.querySelectorAll("svg text")]
      .filter((t) => t.getBBox().width > 0)
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a);
    return {
      width: document.documentElement.scrollWidth,
      smallestText: sizes.length ? Math.min(...sizes) : Infinity,
      texts: sizes.length,
    };
  });
}

test("upload, map, check and save the reference survey; its profile equals R survey", async () => {
  const page = await newPage(app.browser, app.server);
  await upload(page, REFERENCE_CSV, "Reference survey");
  await checkPage(page, "how the reference survey was read");
  await page.getByRole("button", { name: "Continue to the columns" }).click();
  await page.waitForURL(/\/mapping$/);
  await checkPage(page, "the mapping page");

  // Pre-filled from the file: the design columns, wave and area, and the group column.
  assert.equal(await page.inputValue("#weight"), "weight");
  assert.equal(await page.inputValue("#strata"), "stratum");
  assert.equal(await page.inputValue("#psu"), "psu");

  // The measure: agreement that people from different backgrounds get on well.
  const card = await measureCard(page, "getting_on_well");
  await card.locator("input[name$='-include']").check();
  await card.locator("input[name$='-success'][value='1']").check();
  await card.locator("input[name$='-success'][value='2']").check();
  await card.locator("input[name$='-exclude'][value='dont_know']").check();
  await page.getByRole("button", { name: "Check the data" }).click();
  await page.waitForURL(/\/report$/);
  await checkPage(page, "the validation report");

  await page.getByRole("button", { name: /^Save dataset/ }).click();
  await page.waitForURL(/\/datasets\/\d+$/);
  await computed(page);
  await checkPage(page, "the new dataset's profile");
  const id = page.url().match(/\/datasets\/(\d+)$/)[1];

  // The 2024 newcomers' agreement, as R survey 4.1-1 gives it (ref/small_design_prop.csv).
  const rows = await page.locator(".tessera-measure table tbody tr").allInnerTexts();
  assert.ok(rows.some((r) => /2024\s+72%\s+86%/.test(r)), rows.join(" | "));
  const token = await apiToken(page, app.server);
  const api = await (
    await page.request.get(`${app.server.url}/api/v1/datasets/${id}/profile`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const wave2024 = api.measures[0].by_wave.find((l) => l.cell[0][1] === "2024");
  assert.ok(Math.abs(wave2024.newcomers.estimate - 0.71573310818325642) < 1e-12, JSON.stringify(wave2024));
  assert.ok(Math.abs(wave2024.newcomers.ci_low - 0.61478206959059711) < 1e-7, JSON.stringify(wave2024));

  await page.goto(`${app.server.url}/datasets/${id}/measures/${api.measures[0].id}?by=area`);
  await computed(page);
  await checkPage(page, "the indicator page split by area");
  await page.close();
});

test("R's apistrat: design found, a design the estimates cannot use refused, words for codes, the other group, exports", async () => {
  const page = await newPage(app.browser, app.server);
  await upload(page, APISTRAT, "apistrat");
  // Item 4: how the file was read.
  assert.match(await page.locator("#found").innerText(), /column names are in row 1/);
  await checkPage(page, "how apistrat was read");
  await page.getByRole("button", { name: "Continue to the columns" }).click();
  await page.waitForURL(/\/mapping$/);
  await checkPage(page, "apistrat's mapping page");

  // Item 5: pw is the weight, fpc the population size, stype (which they follow) the strata;
  // awards (Yes/No) is no area; identifiers are not offered as measures.
  assert.equal(await page.inputValue("#weight"), "pw");
  assert.equal(await page.inputValue("#fpc"), "fpc");
  assert.equal(await page.inputValue("#strata"), "stype");
  assert.equal(await page.inputValue("#area"), "");
  for (const id of ["cds", "snum", "pw", "fpc"]) {
    assert.equal(await page.getByText(`Use “${id}” as a measure`, { exact: true }).count(), 0, id);
  }
  // A long file stays a short page: the columns not chosen are folded away.
  assert.ok((await page.locator("details.tessera-measure-details:not([open])").count()) >= 20);

  // Item 2: the strata define the groups. Item 6: words for the codes.
  await page.selectOption("#group_column", "stype");
  await page.check("input[name='newcomer_value'][value='H']");
  await page.check("input[name='receiving_value'][value='E']");
  const api00 = await measureCard(page, "api00");
  await api00.locator("input[name$='-include']").check();
  await api00.getByLabel("Average (mean) of the numbers").check();
  const awards = await measureCard(page, "awards");
  await awards.locator("input[name$='-include']").check();
  await awards.locator("input[name$='-success'][value='Yes']").check();
  const words = page.locator("details", { has: page.getByText("Words for “E”", { exact: true }) });
  await words.locator("summary").click();
  await page.getByLabel("Words for “E”", { exact: true }).fill("Elementary schools");
  await page.getByLabel("Words for “H”", { exact: true }).fill("High schools");
  await page.getByLabel("Words for “M”", { exact: true }).fill("Middle schools");

  // Item 1: without strata the population sizes cannot be used; the check says which column.
  await page.selectOption("#strata", "");
  await page.getByRole("button", { name: "Check the data" }).click();
  await page.waitForURL(/\/mapping$/);
  const problem = await page.locator(".govuk-error-summary").innerText();
  assert.match(problem, /choose “stype” as the strata/);
  // A form shown again with its problems answers 400, which the browser reports; nothing else may fail.
  page.consoleErrors = page.consoleErrors.filter((e) => !e.includes("status of 400"));
  await checkPage(page, "the mapping with the design refused");
  await page.locator(".govuk-error-summary a[href='#strata']").click();
  await page.selectOption("#strata", "stype");
  await page.getByRole("button", { name: "Check the data" }).click();
  await page.waitForURL(/\/report$/);
  assert.equal(await page.locator("h1").innerText(), "No problems found");
  assert.match(await page.locator("#estimates-checked").innerText(), /estimates computed/);
  // Item 3: the check page says which encoding was used.
  assert.match(await page.locator(".govuk-summary-list").innerText(), /UTF-8 \(found by Tessera\)/);
  await checkPage(page, "apistrat's check");
  await page.getByRole("button", { name: /^Save dataset/ }).click();
  await page.waitForURL(/\/datasets\/\d+$/);
  await computed(page);
  await checkPage(page, "apistrat's profile");
  const id = page.url().match(/\/datasets\/(\d+)$/)[1];

  // Item 10: who counts as a newcomer, in words, with a link to the mapping. Item 7: the
  // middle schools, on neither side, are counted.
  assert.match(await page.locator("#group-definition").innerText(), /stype is H \(High schools\)/);
  assert.match(await page.locator("#group-counts").innerText(), /about 50 rows are on neither side/);

  // The figures equal R survey's (tests/fixtures/api/reference.R).
  const reference = readFileSync(R_REFERENCE, "utf8").trim().split("\n").slice(1).map((l) => l.split(","));
  const r = (side, measure) => reference.find((x) => x[0] === `"${side}"` && x[1] === `"${measure}"`).map(Number);
  const token = await apiToken(page, app.server);
  const profile = await (
    await page.request.get(`${app.server.url}/api/v1/datasets/${id}/profile`, { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const api = profile.measures.find((m) => m.id === "api00").overall[0];
  for (const [json, side] of [[api.newcomers, "H"], [api.receiving_community, "E"], [api.other, "M"]]) {
    const [, , estimate, , low, high] = r(side, "api00");
    assert.ok(Math.abs(json.estimate - estimate) < 1e-9, `${side} ${json.estimate} vs R ${estimate}`);
    assert.ok(Math.abs(json.ci_low - low) < 1e-6 && Math.abs(json.ci_high - high) < 1e-6, `${side} interval`);
  }
  const [, , gap, , gapLow, gapHigh] = r("gap", "api00");
  assert.ok(Math.abs(api.gap.difference - gap) < 1e-9 && Math.abs(api.gap.ci_low - gapLow) < 1e-6 && Math.abs(api.gap.ci_high - gapHigh) < 1e-6);

  // Item 7: the other group's figures; item 9: the headline says what it is about.
  await page.goto(`${app.server.url}/datasets/${id}/measures/awards`);
  await computed(page);
  assert.match(await page.locator("#headline").innerText(), /^All responses:/);
  await page.locator("#other-figures summary").click();
  assert.match(await page.locator("#other-table tbody").innerText(), /48%/);
  await checkPage(page, "apistrat's awards page");

  // Item 11: the report workbook and the tidy CSV download, for an owner.
  const xlsx = await page.request.get(await page.locator("#export-xlsx").evaluate((a) => a.href));
  assert.equal(xlsx.status(), 200);
  assert.equal((await xlsx.body()).subarray(0, 2).toString(), "PK", "an XLSX file is a zip archive");
  const csv = await (await page.request.get(await page.locator("#export-csv").evaluate((a) => a.href))).text();
  assert.match(csv.split("\n")[0], /likely_real,label,suppression_rule/);

  // The same page on a 320 px phone: nothing wider than the screen, chart text of 12 px or more.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.reload();
  const layout = await measureLayout(page);
  assert.ok(layout.width <= 320, `the page is ${layout.width} px wide`);
  assert.ok(layout.texts > 0 && layout.smallestText >= 12, `chart text of ${layout.smallestText} px`);
  await checkPage(page, "apistrat's awards page on a phone");
  await page.close();
});

test("a CSV saved by Excel on Windows and a workbook with a title row and two sheets are read as meant", async () => {
  const page = await newPage(app.browser, app.server);
  await upload(page, WINDOWS_1252, "Windows CSV");
  assert.match(await page.locator("#found").innerText(), /Windows-1252/);
  assert.match(await page.locator("#first-rows").innerText(), /Don’t know/);
  assert.match(await page.locator("#first-rows").innerText(), /£5 bus fare/);
  await checkPage(page, "how a Windows-1252 CSV was read");
  await page.selectOption("#encoding", "UTF-8");
  await page.getByRole("button", { name: "Read the file again with these choices" }).click();
  await page.waitForURL(/\/preview$/);
  assert.match(await page.locator("#found").innerText(), /as you chose/);

  await upload(page, TITLED, "Titled workbook");
  assert.equal(await page.inputValue("#header_row"), "3");
  assert.match(await page.locator("#columns-read").innerText(), /respondent, area, belonging, weight/);
  await checkPage(page, "how a titled workbook was read");
  await page.selectOption("#sheet", "Notes");
  await page.getByRole("button", { name: "Read the file again with these choices" }).click();
  await page.waitForURL(/\/preview$/);
  assert.match(await page.locator("#columns-read").innerText(), /note/);
  await page.close();
});
