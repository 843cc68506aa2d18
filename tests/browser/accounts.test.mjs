// Organisations kept apart, as people use them: the demo owner invites a colleague, who signs
// up and sees the organisation's plans but not another organisation's; the owner shares a
// dataset's results with that other organisation, which sees them until the owner withdraws
// the share. axe-core checks the account and sharing pages.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { checkPage, newPage, signIn, tesseraCli, useTessera } from "./harness.mjs";

const app = useTessera();

/** A second organisation, Beta, with an administrator who owns it and one plan of its own. */
async function beta() {
  await tesseraCli(app.server, ["org", "create", "beta", "--name", "Beta Refugee Action"]);
  await tesseraCli(
    app.server,
    ["user", "create-admin", "--email", "bea@beta.example", "--name", "Bea", "--org", "beta", "--password-stdin"],
    "plum violin harbour sketch\n",
  );
  const token = (await tesseraCli(app.server, ["token", "create", "--org", "beta", "--role", "editor"])).trim();
  const plan = JSON.parse(readFileSync(new URL("../../crates/tessera-plan/fixtures/friendship-club.json", import.meta.url), "utf8"));
  plan.title = "Beta's own befriending plan";
  const response = await fetch(app.server.url + "/api/v1/plans", {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    body: JSON.stringify(plan),
  });
  const body = await response.text();
  assert.equal(response.status, 201, body);
  return JSON.parse(body).id;
}

test("an invited colleague sees the organisation's plans and not another's; a share comes and goes", async () => {
  const betaPlan = await beta();

  // The demo owner invites Sam as an editor.
  const owner = await newPage(app.browser, app.server);
  await owner.goto(app.server.url + "/organisation");
  await checkPage(owner, "the organisation page");
  await owner.getByLabel("Their e-mail address").fill("sam@demo.example");
  await owner.getByLabel("Their role").selectOption("editor");
  await owner.getByRole("button", { name: "Invite" }).click();
  const link = (await owner.locator("#invitation-link").innerText()).trim();
  assert.match(link, /\/invitations\/[\w-]+$/);
  await checkPage(owner, "the organisation page with a new invitation");

  // Sam opens the link in another browser, signs up and lands in Demo Town Council.
  const sam = await newPage(app.browser);
  await sam.goto(link);
  await checkPage(sam, "the invitation page");
  await sam.getByLabel("Your name").fill("Sam Okafor");
  await sam.getByLabel("Choose a password").fill("short");
  await sam.getByLabel("Type the password again").fill("short");
  await sam.getByRole("button", { name: "Create account and join" }).click();
  assert.match(await sam.locator(".govuk-error-summary").innerText(), /at least 15 characters/);
  await checkPage(sam, "the invitation page with an error");
  await sam.getByLabel("Choose a password").fill("kettle orbit lantern marsh");
  await sam.getByLabel("Type the password again").fill("kettle orbit lantern marsh");
  await sam.getByRole("button", { name: "Create account and join" }).click();
  await sam.waitForURL(app.server.url + "/");
  assert.equal(await sam.locator("#current-org").innerText(), "Demo Town Council");
  await sam.goto(app.server.url + "/plans");
  const titles = await sam.locator("main").innerText();
  assert.match(titles, /Language and friendship café/);
  assert.doesNotMatch(titles, /Beta's own befriending plan/);
  const response = await sam.goto(`${app.server.url}/plans/${betaPlan}`);
  assert.equal(response.status(), 404, "another organisation's plan is not found");
  // The browser reports that 404 as a console error; nothing else may fail.
  sam.consoleErrors = sam.consoleErrors.filter((e) => !e.includes("status of 404"));
  await sam.goto(app.server.url + "/account");
  await checkPage(sam, "the account page");

  // The owner shares the residents' survey results with Beta.
  await owner.goto(app.server.url + "/datasets/1/sharing");
  await checkPage(owner, "the sharing page");
  await owner.getByLabel("Who may see it").selectOption({ label: "Beta Refugee Action" });
  await owner.getByRole("button", { name: "Share" }).click();
  await owner.waitForURL(/\/datasets\/1\/sharing$/);
  assert.match(await owner.locator("#shares").innerText(), /Beta Refugee Action/);

  // Bea, in Beta, finds it under Shared and reads the estimates.
  const bea = await newPage(app.browser);
  await signIn(bea, app.server, "bea@beta.example", "plum violin harbour sketch");
  await bea.goto(app.server.url + "/shared");
  await checkPage(bea, "the shared list");
  await bea.getByRole("link", { name: "Kestrel Bay residents' survey 2023–2025" }).click();
  for (let i = 0; i < 40 && (await bea.getByText("Computing estimates").count()) > 0; i++) {
    await bea.waitForTimeout(250);
    await bea.reload();
  }
  const sharedUrl = bea.url();
  assert.match(await bea.locator("#shared-notice").innerText(), /Demo Town Council shares these results with Beta Refugee Action/);
  assert.ok((await bea.locator(".tessera-measure").count()) > 0, "the shared profile shows the measures");
  assert.equal(await bea.locator("a[href='/datasets/1/original']").count(), 0, "no link to the raw file");
  await checkPage(bea, "the shared profile");
  const raw = await bea.goto(app.server.url + "/datasets/1");
  assert.equal(raw.status(), 404, "the owner's own page stays closed");

  // The owner withdraws it; it is gone for Bea.
  await owner.getByRole("button", { name: /^Withdraw/ }).click();
  // A confirmation page first (issue 13), then back to the sharing page.
  await owner.waitForURL(/\/sharing\/\d+\/withdraw/);
  await checkPage(owner, "the withdrawal's confirmation");
  await owner.locator("main form button[type=submit]").click();
  await owner.waitForURL(/\/datasets\/1\/sharing$/);
  assert.equal(await owner.locator("#no-shares").count(), 1);
  const gone = await bea.goto(sharedUrl);
  assert.equal(gone.status(), 404);
  await bea.goto(app.server.url + "/shared");
  assert.equal(await bea.locator("#nothing-shared").count(), 1);

  for (const p of [owner, sam, bea]) await p.close();
});
