// ODK's own form engine fills in a questionnaire Tessera serves and sends the answers back as
// ODK Collect would. An owner adds a collector; the test then asks for the form list and the
// XForm over OpenRosa with that collector's Basic sign-in, loads the XForm into
// `@getodk/xforms-engine` (the engine under ODK Web Forms) in Chromium, answers in Welsh,
// takes the engine's submission, sends it HEAD then POST (`multipart/form-data`,
// `xml_submission_file`, `X-OpenRosa-Version: 1.0`), and finds the answers in the dataset made
// from the responses.
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";
import { fillForm, openEngine } from "./odk-engine.mjs";

const app = useTessera();

/** Rows of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The first text inside `<tag>` of `xml`, or undefined. */
function tagText(xml, tag) {
  const m = xml.match(new RegExp(`<${tag}>([^<]*)</${tag}>`));
  return m?.[1];
}

/** Adds a collector for the demo questionnaire on its collection page: server, name, password. */
async function addCollector() {
  const owner = await newPage(app.browser, app.server);
  await owner.goto(app.server.url + "/questionnaires/1/collect");
  await owner.locator("#collector-name").fill("odk-field-1");
  await owner.locator("#add-collector").click();
  await owner.waitForLoadState();
  const password = (await owner.locator("#new-collector-password").innerText()).trim();
  const server = (await owner.locator("#openrosa-server").innerText()).trim();
  await checkPage(owner, "the collection page with a new collector");
  await owner.close();
  assert.ok(password.length >= 12, "a generated password is shown once");
  return { server, user: "odk-field-1", password };
}

/** What ODK Collect sends with every request. */
function openRosaHeaders(c) {
  return {
    Authorization: "Basic " + Buffer.from(`${c.user}:${c.password}`).toString("base64"),
    "X-OpenRosa-Version": "1.0",
    Date: new Date().toUTCString(),
  };
}

test("ODK's engine fills the served XForm and Tessera stores its submission as ODK Collect sends it", async () => {
  const collector = await addCollector();
  const headers = openRosaHeaders(collector);

  // Without a sign-in, OpenRosa asks for one.
  const anonymous = await fetch(collector.server + "/formList", { headers: { "X-OpenRosa-Version": "1.0" } });
  assert.equal(anonymous.status, 401);
  assert.match(anonymous.headers.get("www-authenticate") ?? "", /^Basic /);

  // The form list, as ODK Collect reads it.
  const list = await fetch(collector.server + "/formList", { headers });
  assert.equal(list.status, 200);
  assert.equal(list.headers.get("x-openrosa-version"), "1.0");
  const listXml = await list.text();
  assert.match(listXml, /<xforms xmlns="http:\/\/openrosa.org\/xforms\/xformsList">/);
  assert.equal(tagText(listXml, "formID"), "tessera-1");
  const downloadUrl = tagText(listXml, "downloadUrl");
  const hash = tagText(listXml, "hash");
  assert.ok(downloadUrl && hash, listXml);

  // The XForm; its hash is the one the list gave, so Collect knows when it changes.
  const form = await fetch(downloadUrl, { headers });
  assert.equal(form.status, 200);
  const xform = await form.text();
  assert.equal("md5:" + createHash("md5").update(xform).digest("hex"), hash);

  // ODK's engine answers it in Welsh, following the "show if" conditions.
  const engine = await openEngine(app.browser);
  const answers = {
    country_of_birth: "middle_east",
    year_arrived: "2021",
    area: "Grangetown ODK",
    ask_neighbours: "agree",
  };
  const filled = await fillForm(engine, xform, { language: "Welsh (cy)", answers });
  assert.deepEqual(engine.engineErrors, []);
  assert.deepEqual(filled.languages.slice(0, 2), ["English (en)", "Welsh (cy)"]);
  assert.equal(filled.questions.country_of_birth.label, "Ble cawsoch chi eich geni?");
  assert.equal(filled.questions.year_arrived.shown, true, "asked of people born abroad");
  assert.equal(filled.status, "ready", "every required question is answered");
  const xml = filled.xml;
  assert.match(xml, /<country_of_birth>middle_east<\/country_of_birth>/);
  assert.match(xml, /<instanceID>uuid:[0-9a-f-]{36}<\/instanceID>/);

  // Born in the UK, the year of arrival is not asked, so ODK leaves it out.
  const born = await fillForm(engine, xform, { language: "English (en)", answers: { country_of_birth: "uk" } });
  assert.equal(born.questions.year_arrived.shown, false);
  assert.doesNotMatch(born.xml, /<year_arrived>/);
  await engine.close();

  // HEAD first, as ODK Collect does, then the submission itself.
  const head = await fetch(collector.server + "/submission", { method: "HEAD", headers });
  assert.equal(head.status, 204);
  assert.ok(Number(head.headers.get("x-openrosa-accept-content-length")) > 0);
  const send = () => {
    const body = new FormData();
    body.append("xml_submission_file", new Blob([xml], { type: "text/xml" }), "submission.xml");
    return fetch(collector.server + "/submission", { method: "POST", headers, body });
  };
  const stored = await send();
  const storedBody = await stored.text();
  assert.equal(stored.status, 201, storedBody);
  assert.match(storedBody, /<OpenRosaResponse xmlns="http:\/\/openrosa.org\/http\/response"/);
  // Sent again (a device retrying after a lost reply): accepted, stored once.
  const again = await send();
  assert.equal(again.status, 202, await again.text());

  // The answers are in the dataset made from the responses.
  const owner = await newPage(app.browser, app.server);
  await owner.goto(app.server.url + "/questionnaires/1/collect");
  await owner.locator("#name").fill("Café survey with ODK answers");
  await owner.locator("#make-dataset").click();
  await owner.waitForURL(/\/datasets\/\d+$/);
  const datasetUrl = owner.url();
  await owner.close();
  const original = await ownerFetch(datasetUrl + "/original");
  const rows = parseCsv(original);
  const header = rows[0];
  const col = (name) => {
    const i = header.indexOf(name);
    assert.ok(i >= 0, `the dataset has a column ${name}: ${header}`);
    return i;
  };
  const ours = rows.filter((r) => r[col("response_channel")] === "openrosa");
  assert.equal(ours.length, 1, "one response came by OpenRosa, stored once");
  const r = ours[0];
  assert.equal(r[col("country_of_birth")], "middle_east");
  assert.equal(r[col("year_arrived")], "2021");
  assert.equal(r[col("area")], "Grangetown ODK");
  assert.equal(r[col("ask_neighbours")], "agree");
});

/** Fetches a page's body as the signed-in demo owner (the browser's cookies, through a page). */
async function ownerFetch(url) {
  const page = await newPage(app.browser, app.server);
  const body = await page.evaluate(async (u) => (await fetch(u)).text(), url);
  await page.close();
  return body;
}
