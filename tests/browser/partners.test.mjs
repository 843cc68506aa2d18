// Partners reporting to a commissioner (issue 17), as people use it: Riverside Council invites
// the demo organisation to report under its strategy plan; the demo's owner agrees with the
// café plan; the council sets a period; the demo submits a report with a story whose consent
// covers sharing (a story without that consent is listed but cannot be chosen); the council reads the report
// and the combined view across partners and accepts it. axe-core checks every page on the way.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { checkPage, newPage, signIn, tesseraCli, useTessera } from "./harness.mjs";

const app = useTessera();
const COUNCIL_EMAIL = "rhys@riverside.example";
const COUNCIL_PASSWORD = "copper lantern meadow quill";

/** Riverside Council, with an administrator who owns it and a strategy plan; returns its id. */
async function riverside() {
  await tesseraCli(app.server, ["org", "create", "riverside", "--name", "Riverside Council"]);
  await tesseraCli(
    app.server,
    ["user", "create-admin", "--email", COUNCIL_EMAIL, "--name", "Rhys", "--org", "riverside", "--password-stdin"],
    COUNCIL_PASSWORD + "\n",
  );
  const token = (await tesseraCli(app.server, ["token", "create", "--org", "riverside", "--role", "editor"])).trim();
  const plan = JSON.parse(readFileSync(new URL("../../crates/tessera-plan/fixtures/friendship-club.json", import.meta.url), "utf8"));
  plan.title = "Riverside welcome strategy";
  const response = await fetch(app.server.url + "/api/v1/plans", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(plan),
  });
  const body = await response.text();
  assert.equal(response.status, 201, body);
  return JSON.parse(body).id;
}

test("a council links the demo, which submits a report the council reads with all partners together", async () => {
  const strategy = await riverside();
  const council = await newPage(app.browser);
  await signIn(council, app.server, COUNCIL_EMAIL, COUNCIL_PASSWORD);
  const demo = await newPage(app.browser, app.server);

  // The council invites the demo.
  await council.goto(app.server.url + "/partners");
  await checkPage(council, "the partners page with nothing yet");
  await council.getByLabel("Strategy plan").selectOption(String(strategy));
  await council.getByLabel("Partner organisation's short name").fill("demo");
  await council.getByRole("button", { name: "Send the invitation" }).click();
  await council.waitForURL(/\/partners\?done=invited$/);
  await checkPage(council, "the partners page after inviting");

  // The demo agrees with its café plan.
  await demo.goto(app.server.url + "/partners");
  await checkPage(demo, "the demo's partners page with an invitation");
  await demo.locator("#reporting a").first().click();
  await checkPage(demo, "an invitation");
  await demo.getByLabel("Yes, report from the plan chosen below").check();
  await demo.getByLabel("Your plan").selectOption({ label: "Language and friendship café" });
  await demo.getByRole("button", { name: "Send the answer" }).click();
  await demo.waitForURL(/done=agreed$/);
  const linkUrl = demo.url().split("?")[0];

  // The council sets a reporting period.
  await council.goto(`${app.server.url}/partners/plans/${strategy}`);
  await checkPage(council, "the strategy plan's partners and periods");
  await council.getByLabel("Name of the period").fill("2026 Q1");
  await council.getByLabel("First day").fill("2026-01-01");
  await council.getByLabel("Last day").fill("2026-03-31");
  await council.getByLabel("Report due on").fill("2026-04-30");
  await council.getByRole("button", { name: "Save the period" }).click();
  await council.waitForURL(/done=period$/);
  await checkPage(council, "the strategy plan with a period");

  // The demo submits, with a story whose consent covers sharing; one without is not offered.
  await demo.goto(linkUrl);
  await checkPage(demo, "the link with the submit form");
  assert.ok((await demo.locator("#not-shareable li").count()) >= 1, "a story without consent for sharing is listed");
  assert.equal(await demo.locator("#not-shareable input").count(), 0, "and cannot be chosen");
  const shareable = demo.locator("#stories input[name=stories]").first();
  const storyTitle = (await demo.locator(`label[for="${await shareable.getAttribute("id")}"]`).innerText()).trim();
  await shareable.check();
  await demo.getByLabel("What happened in this period, in your words").fill("Two new conversation tables opened.");
  await demo.getByRole("button", { name: "Submit the report" }).click();
  await demo.waitForURL(/\/partners\/reports\/\d+\?done=submitted$/);
  await checkPage(demo, "the demo's submitted report");
  const reportUrl = demo.url().split("?")[0];

  // The council reads it, then all partners together, then accepts it.
  await council.goto(reportUrl);
  await checkPage(council, "the report as the council reads it");
  assert.match(await council.locator("main").innerText(), new RegExp(storyTitle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await council.goto(`${app.server.url}/partners/plans/${strategy}`);
  await council.getByRole("link", { name: /See all partners together/ }).click();
  await council.waitForURL(/\/partners\/periods\/\d+$/);
  await checkPage(council, "the combined view");
  assert.equal(await council.locator("#combined-outputs tbody tr").count(), 2);
  assert.match(await council.locator("#combined-outputs").innerText(), /Demo Town Council/);
  await council.goto(reportUrl);
  await council.getByLabel("Accept it").check();
  await council.getByRole("button", { name: "Save the decision" }).click();
  await council.waitForURL(/done=accepted$/);
  await checkPage(council, "an accepted report");

  // The combined view in Welsh.
  await council.goto(`${app.server.url}/partners/plans/${strategy}`);
  await council.getByRole("link", { name: /See all partners together/ }).click();
  await council.goto(council.url() + "?lang=cy");
  assert.match(await council.locator("h1").innerText(), /Pob partner gyda'i gilydd/);
  await checkPage(council, "the combined view in Welsh");
  await council.goto(app.server.url + "/partners?lang=en");
});
