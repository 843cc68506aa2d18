// Issue 18 as people use it: a council takes the Inclusive Cities self-assessment, turns a gap
// into an action in one of its plans, takes it again a year later and compares the two; a team
// takes the barriers self-assessment and follows a suggestion; an organisation uploads its own
// framework pack with a deliberate mistake, reads the problem by file and line, and uploads the
// corrected pack. axe-core checks every page on the way.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

/** Drops the console error the browser logs for a form answered with `status`. */
function expectStatus(page, status) {
  page.consoleErrors = page.consoleErrors.filter((e) => !e.includes(`status of ${status}`));
}

test("the Inclusive Cities self-assessment is taken, acted on, repeated and compared", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/assessments");
  await checkPage(page, "the self-assessments page");
  await page.getByRole("link", { name: "Inclusive Cities self-assessment" }).click();
  await checkPage(page, "the Inclusive Cities list");
  await page.getByRole("link", { name: "Start a new assessment" }).click();
  await checkPage(page, "the Inclusive Cities form");

  // A missing title is refused and the levels chosen are kept.
  await page.locator("#title").fill("");
  await page.locator("#level-principle-local-leadership-1").check();
  await page.getByRole("button", { name: "Save the assessment" }).click();
  assert.match(await page.locator(".govuk-error-summary").innerText(), /Enter a title/);
  expectStatus(page, 400);
  await checkPage(page, "the Inclusive Cities form with an error");
  assert.ok(await page.locator("#level-principle-local-leadership-1").isChecked());

  await page.locator("#title").fill("Policy review 2025");
  await page.locator("#taken_on").fill("01/03/2025");
  await page.locator("#level-principle-data-and-evidence-3").check();
  await page.locator("#notes-principle-local-leadership").fill("No cabinet lead yet");
  await page.getByRole("button", { name: "Save the assessment" }).click();
  await page.waitForURL(/\/assessments\/inclusive-cities\/\d+\?done=saved$/);
  await checkPage(page, "an Inclusive Cities result");
  assert.equal(await page.locator("#levels-table tbody tr").count(), 10);

  // The largest gap becomes an action in the demo plan.
  await page.getByLabel("What will be done").fill("Name a cabinet lead for inclusion");
  await page.getByLabel("The plan it is part of").selectOption({ index: 1 });
  await page.getByLabel("By when (optional)").fill("30/09/2025");
  await page.getByRole("button", { name: "Add the action" }).click();
  await page.waitForURL(/done=action-added/);
  assert.match(await page.locator("#actions-table").innerText(), /Name a cabinet lead for inclusion/);
  await checkPage(page, "an Inclusive Cities result with an action");

  // A year later.
  await page.getByRole("link", { name: "Take the assessment again" }).click();
  assert.match(await page.locator("main").innerText(), /Last time \(1 March 2025\): 1 – Early thinking/);
  await page.locator("#title").fill("Policy review 2026");
  await page.locator("#taken_on").fill("2026-03-01");
  await page.locator("#level-principle-local-leadership-3").check();
  await page.locator("#level-principle-data-and-evidence-3").check();
  await page.getByRole("button", { name: "Save the assessment" }).click();
  await page.waitForURL(/done=saved$/);
  await page.getByRole("link", { name: "Compare with another assessment" }).click();
  await page.getByRole("button", { name: "Compare" }).click();
  await page.waitForURL(/\/compare\?/);
  assert.match(await page.locator("#summary").innerText(), /Moved forward: 1\. No change: 1\./);
  await checkPage(page, "the comparison of two assessments");

  // The same page in Welsh.
  await page.goto(page.url() + "&lang=cy");
  assert.equal(await page.locator("h1").innerText(), "Cymhariaeth o ddau asesiad");
  await checkPage(page, "the comparison in Welsh");
  await page.goto(app.server.url + "/assessments?lang=en");
});

test("the barriers self-assessment suggests where to find data", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/assessments/barriers/new");
  await checkPage(page, "the barriers form");
  await page.locator("#title").fill("Team check-in");
  await page.locator("#level-barrier-monitoring-data-2").check();
  await page.locator("#level-barrier-resources-time-1").check();
  await page.getByRole("button", { name: "Save the assessment" }).click();
  await page.waitForURL(/\/assessments\/barriers\/\d+\?done=saved$/);
  await checkPage(page, "a barriers result");
  await page.getByRole("link", { name: "Reference values" }).first().click();
  await page.waitForURL(/\/reference-values$/);
  await checkPage(page, "the reference values page");
});

const PACK = `id = "riverside"
name = "Riverside local indicators"
publisher = "Riverside Partnership"
summary = "Indicators the Riverside partnership agreed."
licence = "CC BY 4.0"
attribution = "Riverside Partnership."
`;
const DOMAINS = `[[domain]]
id = "welcome"
name = "Welcome"
summary = "How welcome newcomers feel in Riverside."
crosswalk = [{ to = "ioi-2019/social-bridges", strength = "partial" }]
`;
const INDICATORS = `[[indicator]]
id = "feel-welcome"
domain = "welcome"
name = "Share who feel welcome in Riverside"
origin = "starter"
kind = "proportoin"
numerator = "Residents who feel welcome"
denominator = "Residents asked"
`;

test("a pack with a mistake is refused with its file and line, and the corrected pack is kept", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/packs");
  await checkPage(page, "the packs page");
  await page.getByRole("link", { name: "Upload a pack" }).click();
  await checkPage(page, "the upload form");
  const files = (indicators) => [
    { name: "pack.toml", mimeType: "text/plain", buffer: Buffer.from(PACK) },
    { name: "domains.toml", mimeType: "text/plain", buffer: Buffer.from(DOMAINS) },
    { name: "indicators.toml", mimeType: "text/plain", buffer: Buffer.from(indicators) },
  ];
  await page.getByLabel("Pack files").setInputFiles(files(INDICATORS));
  await page.getByRole("button", { name: "Check and upload" }).click();
  const problem = await page.locator("#problems tbody tr").first().innerText();
  assert.match(problem, /indicators\.toml\s+6/);
  expectStatus(page, 422);
  await checkPage(page, "the upload form with the problems");

  await page.getByLabel("Pack files").setInputFiles(files(INDICATORS.replace("proportoin", "proportion")));
  await page.getByRole("button", { name: "Check and upload" }).click();
  await page.waitForURL(/\/packs\/\d+\?done=uploaded$/);
  assert.equal(await page.locator("h1").innerText(), "Riverside local indicators");
  await checkPage(page, "a pack's page");
});
