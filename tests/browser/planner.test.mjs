// A new user builds a small plan backwards through the planner's forms, without JavaScript
// help, then opens its page, printable view and calendar; axe-core checks every planner page.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { axeViolations, newPage, startBrowser, startTessera } from "./harness.mjs";

let server;
let browser;

before(async () => {
  server = await startTessera();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  server?.stop();
});

async function checkPage(page, label) {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe-core violations on ${label}`);
  assert.deepEqual(page.consoleErrors, [], `console errors on ${label}`);
}

test("a small plan is built backwards through the forms and its pages pass axe-core", async () => {
  const page = await newPage(browser);
  await page.goto(server.url + "/plans");
  assert.equal(await page.locator("h1").innerText(), "Plans");
  await checkPage(page, "the plans list");

  await page.getByRole("button", { name: "Create a plan" }).click();
  await page.waitForURL(/\/plans\/new$/);
  await checkPage(page, "step 1");
  // Submitting without a title shows the error summary.
  await page.getByLabel("What is the plan called?").fill("");
  await page.getByRole("button", { name: "Continue to the goal" }).click();
  assert.equal(await page.locator(".govuk-error-summary").count(), 1);
  // A form with mistakes is answered with 422; the browser logs that status as an error.
  page.consoleErrors = page.consoleErrors.filter((e) => !e.includes("status of 422"));
  await checkPage(page, "step 1 with errors");

  await page.getByLabel("What is the plan called?").fill("Conversation café");
  await page.getByLabel("What is the integration problem?").fill("New arrivals have few chances to speak English with neighbours.");
  await page.getByLabel("Which groups of newcomers is it for?").fill("Adults who arrived in the last two years");
  await page.getByLabel("Which groups of the receiving community is it for?").fill("Residents near the library");
  await page.getByLabel("When does the work start? (optional)").fill("2025-09-01");
  await page.getByRole("button", { name: "Continue to the goal" }).click();
  await checkPage(page, "step 2");
  await page.getByLabel("What long-term change do you want to see?").fill("New arrivals and residents talk with each other every day.");
  await page.getByRole("button", { name: "Save and continue to the outcomes" }).click();
  await page.waitForURL(/\/steps\/outcomes$/);
  assert.ok((await page.locator(".tessera-missing__list li").count()) > 0, "the checks list what is missing");
  await checkPage(page, "step 3");

  await page.getByLabel("The intermediate outcome").fill("New arrivals hold simple conversations with neighbours");
  await page.getByRole("button", { name: "Save the intermediate outcome" }).click();
  await page.waitForURL(/\/steps\/outcomes$/);
  await page.getByRole("button", { name: "Continue to outputs" }).click();
  await page.waitForURL(/\/steps\/outputs$/);
  await page.getByLabel("The output").fill("Weekly conversation sessions held");
  await page.getByLabel(/Intermediate outcome: New arrivals hold/).check();
  await page.getByRole("button", { name: "Save the output" }).click();
  await page.waitForURL(/\/steps\/outputs$/);
  await checkPage(page, "step 4");
  await page.getByRole("button", { name: "Continue to activities and resources" }).click();
  await page.getByLabel("The activity", { exact: true }).fill("Run a weekly session at the library");
  await page.getByLabel("Resources").fill("Library meeting room\nVolunteer coordinator");
  await page.getByLabel(/Output: Weekly conversation/).check();
  await page.getByRole("button", { name: "Save the activity" }).click();
  await page.waitForURL(/\/steps\/activities$/);
  await checkPage(page, "step 5");

  await page.getByRole("button", { name: "Continue to assumptions and evidence" }).click();
  await checkPage(page, "step 6");
  await page.getByRole("link", { name: /^Add an assumption/ }).first().click();
  await checkPage(page, "the assumption form");
  await page.getByLabel("What has to be true?").fill("Practice in a safe setting builds confidence");
  await page.getByLabel("Where it comes from").first().fill("Library staff observations");
  await page.getByLabel("What sort of evidence").first().selectOption("qualitative");
  await page.getByLabel("How strongly it supports the assumption").first().selectOption("weak");
  await page.getByRole("button", { name: "Save the assumption" }).click();
  await page.waitForURL(/\/steps\/assumptions$/);

  const planUrl = page.url().replace(/\/steps\/assumptions$/, "");
  await page.goto(planUrl);
  assert.equal(await page.locator("h1").innerText(), "Conversation café");
  assert.equal(await page.locator("figure svg[role=img] title").count(), 1);
  assert.equal(await page.locator("figure svg [data-node]").count(), 4);
  assert.equal(await page.locator("figure svg polyline").count(), 3);
  assert.equal(await page.locator(".tessera-outline li").count(), 4);
  assert.ok((await page.locator(".tessera-check").count()) === 17);
  await checkPage(page, "the plan page");

  // Choose an indicator from the catalogue, from inside the plan.
  await page.getByRole("link", { name: /^Choose an indicator/ }).first().click();
  await page.getByLabel("Words to search for").fill("conversation");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await checkPage(page, "the indicator chooser");
  await page.getByRole("button", { name: /^Add to this outcome/ }).first().click();
  await checkPage(page, "the indicator form");
  await page.getByLabel("Adults who arrived in the last two years (newcomers)").check();
  await page.getByLabel("Baseline: the value now, before the work").fill("20");
  await page.getByLabel("Measured here, for these groups").check();
  await page.getByLabel("Target: the value hoped for").fill("45");
  await page.getByLabel("When should the target be reached?").fill("2026-06-30");
  await page.getByRole("button", { name: "Save the indicator" }).click();
  await page.waitForURL(new RegExp(planUrl.replace(/[/.]/g, "\\$&") + "$"));

  await page.getByRole("link", { name: /^Write the evaluation plan/ }).first().click();
  await checkPage(page, "the evaluation form");
  await page.getByLabel("Participant feedback", { exact: true }).check();
  await page.getByLabel("Baseline date").fill("2025-08-20");
  await page.getByLabel("Collection dates").fill("2099-01-15 Mid-point feedback\n2099-06-30 End survey");
  await page.getByRole("button", { name: "Save the evaluation plan" }).click();
  await page.waitForURL(new RegExp(planUrl.replace(/[/.]/g, "\\$&") + "$"));

  await page.goto(planUrl + "/print");
  assert.equal(await page.locator("svg[role=img]").count(), 1);
  assert.equal(await page.locator("#evaluation-heading").count(), 1);
  assert.equal(await page.locator("#checks-heading").count(), 1);
  await checkPage(page, "the printable view");

  await page.goto(planUrl + "/calendar");
  assert.deepEqual(await page.locator("main h2").allInnerTexts(), ["January 2099", "June 2099"]);
  await checkPage(page, "the calendar");

  await page.goto(server.url + "/plans/import");
  await checkPage(page, "the import page");
  await page.close();
});

test("the demo plans' pages pass axe-core and show progress", async () => {
  const page = await newPage(browser);
  await page.goto(server.url + "/plans");
  await page.getByRole("link", { name: "Language and friendship café" }).click();
  // Progress may still be computing on the first visit.
  for (let i = 0; i < 40 && (await page.getByText("Some estimates are being computed").count()) > 0; i++) {
    await page.waitForTimeout(250);
    await page.reload();
  }
  assert.ok((await page.locator(".tessera-progress__status").count()) > 0);
  await checkPage(page, "the café plan");
  await page.goto(page.url() + "/edit/details");
  await checkPage(page, "the details form");
  await page.close();
});
