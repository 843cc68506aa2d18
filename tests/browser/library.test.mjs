// The library of what works (issue 17): the demo owner publishes the friendship club's
// evaluation through the form (the story without consent for publication cannot be chosen),
// finds it in the library by its method and region, copies the café plan as a new plan, and
// every library page passes axe-core with no console error.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

test("publish an evaluation, find it by a filter, copy a plan; the library pages pass axe-core", async () => {
  const page = await newPage(app.browser, app.server);
  const url = app.server.url;

  // The demo has published the café to everyone.
  await page.goto(url + "/library");
  await checkPage(page, "the library");
  assert.deepEqual(await page.locator("#entries h3 a").allInnerTexts(), ["Language and friendship café"]);

  // Publish the friendship club's evaluation.
  await page.getByRole("button", { name: "Publish a plan’s evaluation" }).click();
  await page.waitForURL(/\/library\/new$/);
  await checkPage(page, "choosing the plan to publish");
  await page.getByLabel("Plan").selectOption({ label: "Friendship club" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL(/\/library\/new\?plan=\d+$/);
  await checkPage(page, "the publishing form");
  // The demo story whose consent does not cover publication is listed apart, with no box to tick.
  assert.equal(await page.locator("#stories-not-allowed li").count(), 1);
  await page.getByLabel("Region").selectOption("london");
  await page.getByLabel("Kind of area").selectOption("london-borough");
  await page.getByLabel("Method").selectOption("comparison");
  await page.getByLabel("People the figures rest on").fill("40");
  await page.getByLabel("Lessons for others").fill("Shared meals did more than talks.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await page.waitForURL(/\/library\/\d+\?done=published$/);
  await checkPage(page, "a published entry");
  assert.match(await page.locator("#strength").innerText(), /Level 2 of 4/);

  // Find it by its method and region; the café is not a comparison.
  await page.goto(url + "/library");
  await page.getByLabel("Method").selectOption("comparison");
  await page.getByLabel("Region").selectOption("london");
  await page.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/\/library\?/);
  await checkPage(page, "the library, filtered");
  assert.deepEqual(await page.locator("#entries h3 a").allInnerTexts(), ["Friendship club"]);

  // The entry's edit form and withdraw confirmation.
  await page.locator("#entries h3 a").first().click();
  await page.waitForURL(/\/library\/\d+$/);
  const entry = new URL(page.url()).pathname;
  await page.goto(url + entry + "/edit");
  await checkPage(page, "the entry's edit form");
  await page.goto(url + entry + "/withdraw");
  await checkPage(page, "withdrawing an entry");

  // Copy the café plan as a new plan of the organisation.
  await page.goto(url + "/library");
  await page.locator("#entries").getByRole("link", { name: "Language and friendship café" }).click();
  await page.waitForURL(/\/library\/\d+$/);
  await checkPage(page, "the café entry");
  await page.getByLabel("Title of your copy").fill("Our language café");
  await page.getByRole("button", { name: "Copy as a new plan" }).click();
  await page.waitForURL(/\/plans\/\d+$/);
  assert.match(await page.locator("h1").innerText(), /Our language café/);

  // In Welsh.
  await page.goto(url + "/library?lang=cy");
  await checkPage(page, "the library in Welsh");
  assert.equal(await page.locator("html").getAttribute("lang"), "cy");
  await page.goto(url + "/library?lang=en");
});
