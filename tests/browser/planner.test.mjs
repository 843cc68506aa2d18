// A new user builds a small plan backwards through the planner's forms, without JavaScript
// help, then opens its page, printable view and calendar; axe-core checks every planner page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

test("a small plan is built backwards through the forms and its pages pass axe-core", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/plans");
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
  assert.equal(await page.locator("figure svg.tessera-toc--wide[role=img] title").count(), 1);
  assert.equal(await page.locator("figure svg.tessera-toc--wide [data-node]").count(), 4);
  assert.equal(await page.locator("figure svg.tessera-toc--wide polyline.tessera-toc__edge").count(), 3);
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
  assert.equal(await page.locator("svg.tessera-toc--wide[role=img]").count(), 1);
  assert.equal(await page.locator("#evaluation-heading").count(), 1);
  assert.equal(await page.locator("#checks-heading").count(), 1);
  await checkPage(page, "the printable view");

  await page.goto(planUrl + "/calendar");
  assert.deepEqual(await page.locator("main h2").allInnerTexts(), ["January 2099", "June 2099"]);
  await checkPage(page, "the calendar");

  await page.goto(app.server.url + "/plans/import");
  await checkPage(page, "the import page");
  await page.close();
});

test("the demo plans' pages pass axe-core and show progress", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/plans");
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

// Issue 5's acceptance walk: a new user builds the guide's language café plan from a blank page,
// working backwards, through the real forms only (no API, no import). The checks start by listing
// what is missing and end clean; the diagram shows every node and link; the printable view holds
// the diagram, the outline, the evaluation plan and the checks. axe-core checks every distinct page.
test("the language café plan is built backwards from a blank page until every check passes", async () => {
  const page = await newPage(app.browser, app.server);
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  // axe-core runs once on each distinct page, the first time it is shown. The planner's pages
  // carry no script at all, so this walk is the one a browser without JavaScript would take.
  const checked = new Set();
  async function checkOnce(label) {
    if (checked.has(label)) return;
    checked.add(label);
    assert.equal(await page.locator("script").count(), 0, `no script on ${label}`);
    await checkPage(page, label);
  }
  async function missingChecks() {
    return page.locator(".tessera-missing__list li").allInnerTexts();
  }

  // Step 1, from a blank page: the problem and both sides' target groups.
  await page.goto(app.server.url + "/plans");
  await checkOnce("the plans list");
  await page.getByRole("button", { name: "Create a plan" }).click();
  await page.waitForURL(/\/plans\/new$/);
  await checkOnce("step 1: the problem and who it is for");
  const title = "Language and friendship café, Northside";
  await page.getByLabel("What is the plan called?").fill(title);
  await page.getByLabel("One intervention: a project or programme").check();
  await page
    .getByLabel("What is the integration problem?")
    .fill("Recently arrived women struggle to keep going to ESOL classes and know few people to speak English with.");
  await page.getByLabel("Which groups of newcomers is it for?").fill("Recently arrived women learning English");
  await page
    .getByLabel("Which groups of the receiving community is it for?")
    .fill("English-speaking local residents who volunteer");
  await page.getByLabel("When does the work start? (optional)").fill("2025-09-01");
  await page.getByRole("button", { name: "Continue to the goal" }).click();

  // Step 2: the long-term goal, first of the chain.
  const goal = "The women feel confident using English day to day and have more chances to do so.";
  await page.getByLabel("What long-term change do you want to see?").waitFor();
  await checkOnce("step 2: the goal");
  await page.getByLabel("What long-term change do you want to see?").fill(goal);
  await page.getByRole("button", { name: "Save and continue to the outcomes" }).click();
  await page.waitForURL(/\/plans\/[^/]+\/steps\/outcomes$/);
  const planUrl = page.url().replace(/\/steps\/outcomes$/, "");
  const planUrlRe = new RegExp(escape(planUrl) + "$");
  const stepRe = (s) => new RegExp(escape(planUrl) + "/steps/" + s + "$");

  // Right after the goal, the checks list what is missing.
  assert.match(await page.locator(".tessera-missing").innerText(), /\d+ checks to fix, \d+ passed/);
  const firstMissing = await missingChecks();
  for (const check of [
    "Measures more than one domain",
    "Measures more than one type of domain",
    "Measures the receiving community as well as newcomers",
    "Names stakeholders from newcomers, the receiving community and institutions",
    "Every step leads to the goal",
    "An evaluation plan is in place before the work starts",
  ]) {
    assert.ok(firstMissing.includes(check), `“${check}” should be missing first: ${JSON.stringify(firstMissing)}`);
  }
  await checkOnce("step 3: intermediate outcomes");

  // Step 3: intermediate outcomes, the later one first. A new outcome leads to the goal by default.
  const know = "Women and local residents know one another and can ask each other for help";
  const talk = "Participants have regular conversations with local English speakers";
  await page.getByLabel("The intermediate outcome").fill(know);
  assert.ok(await page.getByLabel("Goal: " + goal).isChecked(), "a new outcome leads to the goal");
  await page.getByRole("button", { name: "Save the intermediate outcome" }).click();
  await page.waitForURL(stepRe("outcomes"));
  await page.getByLabel("The intermediate outcome").fill(talk);
  await page.getByLabel("Goal: " + goal).check();
  await page.getByLabel("Intermediate outcome: " + know).check();
  await page.getByRole("button", { name: "Save the intermediate outcome" }).click();
  await page.waitForURL(stepRe("outcomes"));
  assert.deepEqual(await page.locator(".tessera-step-items > li > p:first-child").allInnerTexts(), [know, talk]);

  // Step 4: outputs.
  await page.getByRole("button", { name: "Continue to outputs" }).click();
  await page.waitForURL(stepRe("outputs"));
  await checkOnce("step 4: outputs");
  const interactions = "Regular interactions with local English speakers";
  const practice = "Supported informal language practice with flexible access";
  for (const output of [interactions, practice]) {
    await page.getByLabel("The output").fill(output);
    await page.getByLabel("Intermediate outcome: " + talk).check();
    await page.getByRole("button", { name: "Save the output" }).click();
    await page.waitForURL(stepRe("outputs"));
  }

  // Step 5: activities and their resources.
  await page.getByRole("button", { name: "Continue to activities and resources" }).click();
  await page.waitForURL(stepRe("activities"));
  await checkOnce("step 5: activities and resources");
  const activities = [
    {
      text: "Drop-in café sessions where women chat in English with local volunteers",
      resources: "Community centre room\nTea and coffee\nPart-time coordinator",
      outputs: [interactions, practice],
    },
    {
      text: "Supervised play for children during every session",
      resources: "Qualified play worker",
      outputs: [practice],
    },
  ];
  for (const a of activities) {
    await page.getByLabel("The activity", { exact: true }).fill(a.text);
    await page.getByLabel("Resources").fill(a.resources);
    for (const o of a.outputs) await page.getByLabel("Output: " + o).check();
    await page.getByRole("button", { name: "Save the activity" }).click();
    await page.waitForURL(stepRe("activities"));
  }
  // Links made: know→goal, talk→goal, talk→know, 2 outputs→talk, 3 activities→outputs.
  const nodeCount = 1 + 2 + 2 + 2;
  const linkCount = 3 + 2 + 3;

  // Step 6: an assumption, with evidence, on every link from an output or outcome upward.
  await page.getByRole("button", { name: "Continue to assumptions and evidence" }).click();
  await page.waitForURL(stepRe("assumptions"));
  await checkOnce("step 6: assumptions and evidence");
  const addAssumption = page.getByRole("link", { name: /^Add an assumption/ });
  const upwardLinks = await addAssumption.count();
  assert.equal(upwardLinks, 5, "five links run from outputs or outcomes");
  const assumptions = [
    ["Knowing neighbours gives the women everyday chances to use English", "Community Life Survey", "survey", "moderate"],
    ["Regular conversation builds confidence faster than classes alone", "Published ESOL evaluations", "research", "moderate"],
    ["Repeated conversations turn into friendships and mutual help", "Befriending scheme reports", "research", "weak"],
    ["Friendly, informal sessions at fixed times keep people coming", "Conversations with ESOL tutors during design", "qualitative", "moderate"],
    ["Childcare on site lets mothers of young children take part", "Attendance records of the ESOL class crèche", "service_data", "strong"],
  ];
  for (let i = 0; i < upwardLinks; i++) {
    const [text, source, kind, strength] = assumptions[i];
    await addAssumption.nth(i).click();
    await page.getByLabel("What has to be true?").waitFor();
    await checkOnce("the assumption form");
    await page.getByLabel("What has to be true?").fill(text);
    await page.getByLabel("Not yet tested").check();
    await page.getByLabel("Where it comes from").first().fill(source);
    await page.getByLabel("What sort of evidence").first().selectOption(kind);
    await page.getByLabel("How strongly it supports the assumption").first().selectOption(strength);
    await page.getByRole("button", { name: "Save the assumption" }).click();
    await page.waitForURL(stepRe("assumptions"));
  }
  assert.equal(await page.getByRole("link", { name: /^Change assumption/ }).count(), 5);

  // Step 7: stakeholders of all three kinds, involved from the design.
  await page.getByRole("button", { name: "Continue to stakeholders" }).click();
  await page.waitForURL(stepRe("stakeholders"));
  await checkOnce("step 7: stakeholders");
  const council = "Council resettlement and integration team";
  for (const [name, kind, role] of [
    ["A panel of six women from the target group", "Newcomers: members of the groups the plan is for", "Shape the sessions and the questions asked"],
    ["Local residents who volunteer", "Receiving community: residents already living here", "Host conversations and shape the sessions"],
    [council, "A public institution: council, school, health body", "Fund, coordinate and evaluate"],
  ]) {
    await page.getByLabel("Who they are").fill(name);
    await page.getByLabel(kind).check();
    await page.getByLabel("What they do in the plan").fill(role);
    await page.getByLabel("From the design").check();
    await page.getByRole("button", { name: "Save the stakeholder" }).click();
    await page.waitForURL(stepRe("stakeholders"));
  }
  assert.ok(!(await missingChecks()).some((t) => /stakeholder/i.test(t)), "the stakeholder checks pass");

  // Step 8: indicators chosen from the catalogue through the plan's own search, for both sides,
  // with local baselines and targets.
  await page.getByRole("button", { name: "Continue to indicators" }).click();
  await page.waitForURL(stepRe("indicators"));
  await checkOnce("step 8: indicators");
  const women = "Recently arrived women learning English (newcomers)";
  const residents = "English-speaking local residents who volunteer (receiving community)";
  const indicators = [
    {
      outcome: talk,
      search: "language practice",
      name: "% participating in initiatives to provide language practice outside of classes",
      group: women,
      baseline: "15",
      target: "60",
    },
    {
      outcome: talk,
      search: "conversation",
      name: "% people who do not have English as a first language reporting ability to hold simple conversation",
      group: women,
      baseline: "25",
      target: "55",
    },
    {
      outcome: know,
      search: "ask neighbours",
      name: "% confident to ask their neighbours of all backgrounds for help",
      group: women,
      baseline: "20",
      target: "45",
    },
    {
      outcome: know,
      search: "ask neighbours",
      name: "% confident to ask their neighbours of all backgrounds for help",
      group: residents,
      baseline: "55",
      target: "65",
    },
  ];
  for (const ind of indicators) {
    await page.getByRole("link", { name: "Choose an indicator for " + ind.outcome }).click();
    await page.waitForURL(/\/outcomes\/[^/]+\/indicators\?/);
    await checkOnce("the indicator chooser");
    await page.getByLabel("Words to search for").fill(ind.search);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(/[?&]q=/);
    await checkOnce("the indicator chooser with results");
    // The button's visually hidden context names the indicator (Chromium puts a space before it).
    await page.getByRole("button", { name: new RegExp("^Add to this outcome\\s*:\\s*" + escape(ind.name)) }).click();
    await page.waitForURL(/\/edit\/indicator\/[^/]+\.new\?/);
    await checkOnce("the indicator form");
    await page.getByLabel(ind.group).check();
    await page.getByLabel("Higher is better").check();
    await page.getByLabel("Baseline: the value now, before the work").fill(ind.baseline);
    await page.getByLabel("Measured here, for these groups").check();
    await page.getByLabel("About the baseline").fill("Intake conversations, July–August 2025");
    await page.getByLabel("Target: the value hoped for").fill(ind.target);
    await page.getByLabel("When should the target be reached?").fill("2026-07-31");
    await page.getByRole("button", { name: "Save the indicator" }).click();
    await page.waitForURL(stepRe("indicators"));
  }
  const stillMissing = await missingChecks();
  assert.ok(
    stillMissing.every((t) => /evaluation/i.test(t)),
    `only the evaluation plan is missing now: ${JSON.stringify(stillMissing)}`,
  );

  // Step 9: the evaluation plan per outcome, the baseline before the start, collections during.
  await page.getByRole("button", { name: "Continue to evaluation plan" }).click();
  await page.waitForURL(stepRe("evaluation"));
  await checkOnce("step 9: evaluation plan");
  for (const outcome of [talk, know]) {
    await page.getByRole("link", { name: "Write the evaluation plan for " + outcome }).click();
    await page.waitForURL(/\/edit\/evaluation\/[^/?]+\?/);
    await checkOnce("the evaluation form");
    await page.getByLabel("Participant feedback", { exact: true }).check();
    await page.getByLabel("Participant feedback: details (optional)").fill("End-of-session notes");
    await page.getByLabel("Survey", { exact: true }).check();
    await page.getByLabel("Who", { exact: true }).nth(0).selectOption("participants");
    await page.getByLabel("Who is in it and how they are chosen").nth(0).fill("Every woman attending");
    await page.getByLabel("How many people you hope to hear from").nth(0).fill("40");
    await page.getByLabel("Who", { exact: true }).nth(1).selectOption("wider_community");
    await page.getByLabel("Who is in it and how they are chosen").nth(1).fill("Volunteers and residents of nearby streets");
    await page.getByLabel("How many people you hope to hear from").nth(1).fill("30");
    await page.getByLabel("Baseline date").fill("2025-08-15");
    await page.getByLabel("Collection dates").fill("2025-12-12 Mid-point survey\n2026-07-17 End survey");
    await page.getByLabel("How often (optional)").fill("Each term");
    await page.getByLabel("How the data will be analysed").fill("Compare each survey with the baseline for both groups");
    await page.getByLabel("Who is responsible").selectOption({ label: council });
    await page.getByRole("button", { name: "Save the evaluation plan" }).click();
    await page.waitForURL(stepRe("evaluation"));
  }
  assert.match(
    await page.locator(".tessera-missing").innerText(),
    /Nothing: every check that applies has passed \(16 passed\)/,
  );
  assert.equal(await page.locator(".tessera-missing__list li").count(), 0);

  // The domains the work aims at, from the plan's details form.
  await page.getByRole("button", { name: "Finish and see the whole plan" }).click();
  await page.waitForURL(planUrlRe);
  await page.getByRole("link", { name: "Change the plan's details" }).click();
  await page.waitForURL(/\/edit\/details$/);
  await checkOnce("the details form");
  await page.getByLabel("Language and Communication", { exact: true }).check();
  await page.getByLabel("Social Bridges", { exact: true }).check();
  await page.getByRole("button", { name: "Save details" }).click();
  await page.waitForURL(planUrlRe);

  // The plan page: the checks end clean.
  assert.equal(await page.locator("h1").innerText(), title);
  const about = (await page.locator("section[aria-labelledby=about-heading]").innerText()).replace(/\s+/g, " ");
  assert.match(about, /Domains Social Bridges, Language and Communication /);
  assert.match(about, /Target group: Newcomers Recently arrived women learning English /);
  assert.match(about, /Target group: Receiving community English-speaking local residents who volunteer /);
  // Four indicators, each against a local baseline, one of them for the receiving community.
  const rows = await page.locator("section[aria-labelledby=outcomes-heading] tbody tr").allInnerTexts();
  assert.equal(rows.length, indicators.length, JSON.stringify(rows));
  assert.ok(rows.every((r) => /measured here/i.test(r)), JSON.stringify(rows));
  assert.equal(rows.filter((r) => r.includes("English-speaking local residents")).length, 1, JSON.stringify(rows));
  const checksText = await page.locator(".tessera-checks").innerText();
  assert.match(checksText, /17 passed, 0 to fix/);
  assert.equal(await page.locator(".tessera-check").count(), 17);
  assert.equal(await page.locator(".tessera-check .govuk-tag--red").count(), 0);
  // The diagram: one node per goal, outcome, output and activity, one edge per link.
  const svg = page.locator("figure svg.tessera-toc--wide[role=img]");
  assert.equal(await svg.count(), 1);
  assert.match(await svg.locator("title").textContent(), new RegExp(escape(title)));
  const nodeIds = await svg.locator("[data-node]").evaluateAll((ns) => ns.map((n) => n.dataset.node));
  assert.equal(nodeIds.length, nodeCount);
  assert.equal(new Set(nodeIds).size, nodeCount);
  const edges = await svg.locator("polyline").evaluateAll((es) => es.map((e) => [e.dataset.from, e.dataset.to]));
  assert.equal(edges.length, linkCount);
  assert.equal(new Set(edges.map((e) => e.join("→"))).size, linkCount);
  for (const [from, to] of edges) assert.ok(nodeIds.includes(from) && nodeIds.includes(to), `${from}→${to}`);
  const diagramText = (await svg.locator("[data-node] text").allTextContents()).join(" ").replace(/\s+/g, " ");
  for (const w of ["Women and local", "Participants have", "Regular interactions", "Drop-in café", "Supervised play"]) {
    assert.ok(diagramText.includes(w), `the diagram shows “${w}”: ${diagramText}`);
  }
  const outline = (await page.locator(".tessera-outline").innerText()).replace(/\s+/g, " ");
  for (const text of [goal, know, talk, interactions, practice, ...activities.map((a) => a.text)]) {
    assert.ok(outline.includes(text), `the outline lists “${text}”`);
  }
  assert.ok(!outline.includes("Not yet linked to the goal"));
  await checkOnce("the finished plan page");

  // The printable view holds it all.
  await page.getByRole("link", { name: "Printable version" }).click();
  await page.waitForURL(new RegExp(escape(planUrl) + "/print$"));
  const print = page.locator("main");
  assert.equal(await print.locator("svg.tessera-toc--wide[role=img]").count(), 1);
  assert.equal(await print.locator("svg.tessera-toc--wide [data-node]").count(), nodeCount);
  assert.equal(await print.locator("svg.tessera-toc--wide polyline").count(), linkCount);
  assert.equal(await print.locator(".tessera-outline").count(), 1);
  assert.equal(await print.locator("#evaluation-heading").count(), 1);
  assert.equal(await print.locator("#checks-heading").count(), 1);
  assert.equal(await print.locator(".tessera-check").count(), 17);
  const printText = (await print.innerText()).replace(/\s+/g, " ");
  assert.match(printText, /17 passed, 0 to fix/);
  for (const text of [goal, know, talk, interactions, practice, council, "Mid-point survey", "End survey", "End-of-session notes"]) {
    assert.ok(printText.includes(text), `the printable view holds “${text}”`);
  }
  for (const a of assumptions) assert.ok(printText.includes(a[0]), `the printable view holds the assumption “${a[0]}”`);
  await checkOnce("the printable view");
  await page.close();
});
