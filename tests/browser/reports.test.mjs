// Stories and reports (issue 17): two consented stories and one without consent to publish are
// recorded through the forms; the café plan's report is built with the two, the third cannot be
// chosen; the report page passes axe-core; its PDF (read with poppler's pdftotext) and Word file
// (read with python-docx) hold every section, both stories and nothing the page suppresses.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

const SECTIONS = [
  "Summary",
  "Theory of change",
  "Outputs and attendance",
  "Progress",
  "Change over time",
  "Stories",
  "Methods and limitations",
];

/** The text of a PDF, as poppler's pdftotext reads it, with white space collapsed. */
function pdfText(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "tessera-report-"));
  try {
    const path = join(dir, "report.pdf");
    writeFileSync(path, bytes);
    return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of a .docx file (paragraphs, then table rows), as python-docx reads it. */
function docxText(bytes) {
  const dir = mkdtempSync(join(tmpdir(), "tessera-report-"));
  try {
    const path = join(dir, "report.docx");
    writeFileSync(path, bytes);
    const script = [
      "import sys, docx",
      "d = docx.Document(sys.argv[1])",
      "for p in d.paragraphs: print(p.text)",
      "for t in d.tables:",
      "    for r in t.rows: print(' | '.join(c.text for c in r.cells))",
    ].join("\n");
    return execFileSync("python3", ["-c", script, path], { encoding: "utf8" }).replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function recordStory(page, { title, body, group, publication }) {
  await page.goto(app.server.url + "/stories/new");
  await page.getByLabel("Testimony or quote").check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("The story", { exact: true }).fill(body);
  await page.getByLabel("Group", { exact: true }).fill(group);
  await page.getByLabel("It may be used in our reports to funders and committees").check();
  if (publication) await page.getByLabel(/It may be published/).check();
  await page.getByLabel("When the consent recorded here was given").fill("2025-05-01");
  await page.getByLabel("How it was given").selectOption("paper");
  await page.getByLabel(/Participants have regular conversations/).check();
  await page.getByLabel("Themes").fill("belonging, confidence");
  await page.getByRole("button", { name: "Save the story" }).click();
  await page.waitForURL(/\/stories\/\d+\?done=saved$/);
}

test("the café plan's report with two stories passes axe-core and its PDF and Word file hold every section", async () => {
  const page = await newPage(app.browser, app.server);
  await page.goto(app.server.url + "/stories");
  await checkPage(page, "the stories list");
  await page.goto(app.server.url + "/stories/new");
  await checkPage(page, "the story form");

  await recordStory(page, {
    title: "Talking at the school gate",
    body: "I used to wait at the gate in silence. Now I talk with the other mothers about the weather and homework.",
    group: "Café Tuesday group",
    publication: true,
  });
  await checkPage(page, "a story's page");
  await recordStory(page, {
    title: "Volunteers learn too",
    body: "Volunteers said they had learned as much as the women, and now greet them in the street.",
    group: "Café volunteers",
    publication: true,
  });
  await recordStory(page, {
    title: "Internal review notes",
    body: "Attendance dipped over the summer holidays.",
    group: "Café staff",
    publication: false,
  });
  await page.goto(app.server.url + "/stories/coding");
  await checkPage(page, "the coding view");
  assert.match(await page.locator("#theme-counts").innerText(), /belonging/);

  await page.goto(app.server.url + "/plans/1/reports/new");
  await checkPage(page, "the report builder");
  await page.getByLabel("Title").fill("Café report to the funder");
  await page.getByLabel("First day of the period").fill("2025-09-01");
  await page.getByLabel("Last day of the period").fill("2026-07-31");
  await page.getByLabel("Your words for “Summary”").fill("The café met every week and grew.");
  await page.getByLabel("Talking at the school gate").check();
  await page.getByLabel("Volunteers learn too").check();
  assert.equal(await page.getByLabel("Internal review notes").count(), 0, "a story without consent to publish cannot be chosen");
  assert.match(await page.locator("#stories-not-allowed").innerText(), /Internal review notes/);
  await page.getByRole("button", { name: "Save the report" }).click();
  await page.waitForURL(/\/plans\/1\/reports\/\d+\?done=saved$/);

  const headings = await page.locator("section h2").allInnerTexts();
  assert.deepEqual(headings, SECTIONS);
  await checkPage(page, "the report page");
  const suppressed = (await page.locator("main").innerText()).split("Not shown (too few people)").length - 1;

  const pdfHref = await page.locator("#download-pdf").getAttribute("href");
  const docxHref = await page.locator("#download-docx").getAttribute("href");
  const pdf = await page.request.get(app.server.url + pdfHref);
  assert.equal(pdf.headers()["content-type"], "application/pdf");
  const docx = await page.request.get(app.server.url + docxHref);
  assert.equal(pdf.status(), 200);
  assert.equal(docx.status(), 200);
  for (const [format, text] of [
    ["PDF", pdfText(await pdf.body())],
    [".docx", docxText(await docx.body())],
  ]) {
    for (const heading of SECTIONS) assert.ok(text.includes(heading), `${format} lacks the section ${heading}`);
    for (const words of ["The café met every week and grew.", "Talking at the school gate", "Volunteers learn too", "Now I talk with the other mothers"]) {
      assert.ok(text.includes(words), `${format} lacks ${words}`);
    }
    assert.ok(!text.includes("Internal review notes"), `${format} holds the story without consent to publish`);
    assert.equal(text.split("Not shown (too few people)").length - 1, suppressed, `${format} suppresses what the page suppresses`);
  }
});
