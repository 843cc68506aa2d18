// A respondent answers the café questionnaire on a 375 px phone with the keyboard only, in
// English, Welsh and Arabic (right to left): consent first, a page at a time, the end page.
// axe-core checks every kind of page: consent, questions, a page with a problem, the end.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkPage, newPage, useTessera } from "./harness.mjs";

const app = useTessera();

/** The demo questionnaire's public link, read on its collection page; offers Arabic too. */
async function publicLink() {
  const owner = await newPage(app.browser, app.server);
  await owner.goto(app.server.url + "/questionnaires/1/details");
  const arabic = owner.locator('input[name="language"][value="ar"]');
  if ((await arabic.count()) > 0 && !(await arabic.isChecked())) {
    await arabic.check();
    await owner.locator('form button[type="submit"]').last().click();
  }
  await owner.goto(app.server.url + "/questionnaires/1/collect");
  await checkPage(owner, "the collection page");
  const link = (await owner.locator("#public-link").innerText()).trim();
  await owner.close();
  return link;
}

/** Moves focus with Tab until it is on an element matching `test`; fails after 80 presses. */
async function tabTo(page, test) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate(test);
    if (found) return;
  }
  assert.fail("the keyboard never reached the element");
}

/** Presses Enter on a form's button and waits for the page the form leads to. */
async function submit(page) {
  await Promise.all([page.waitForNavigation({ waitUntil: "load" }), page.keyboard.press("Enter")]);
}

async function answerAll(page, language) {
  // Consent: the box, then Start.
  await tabTo(page, () => document.activeElement?.id === "consent");
  await page.keyboard.press("Space");
  await tabTo(page, () => document.activeElement?.id === "start");
  await submit(page);
  let checkedQuestions = false;
  let checkedProblem = false;
  for (let step = 0; step < 80; step++) {
    if (new URL(page.url()).pathname.endsWith("/done")) return;
    if (!checkedQuestions) {
      await checkPage(page, `a page of questions (${language})`);
      checkedQuestions = true;
    }
    if (!checkedProblem) {
      // A number that is not a number, where there is one: the page says so and keeps focus order.
      const number = page.locator('input[inputmode="decimal"]');
      if ((await number.count()) > 0) {
        await number.first().fill("many");
        await tabTo(page, () => document.activeElement?.id === "continue");
        await submit(page);
        assert.equal(await page.locator(".govuk-error-summary").count(), 1);
        await checkPage(page, `a page with a problem (${language})`);
        checkedProblem = true;
      }
    }
    const kind = await page.evaluate(() => {
      const first = document.querySelector("main form input[type=radio], main form input[type=checkbox], main form input[type=text], main form textarea");
      return first ? first.type || first.tagName : "none";
    });
    if (kind === "radio" || kind === "checkbox") {
      await tabTo(page, () => ["radio", "checkbox"].includes(document.activeElement?.type));
      await page.keyboard.press("Space");
    } else if (kind === "text") {
      await tabTo(page, () => document.activeElement?.type === "text");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("2020");
    }
    await tabTo(page, () => document.activeElement?.id === "continue");
    await submit(page);
  }
  assert.fail("the questionnaire never ended");
}

for (const [language, dir, thanks] of [
  ["en", "ltr", "Thank you"],
  ["cy", "ltr", "Diolch"],
  ["ar", "rtl", "شكرًا لك"],
]) {
  test(`a respondent answers in ${language} on a 375 px phone with the keyboard only`, async () => {
    const link = await publicLink();
    const page = await newPage(app.browser);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${link}?language=${language}`);
    assert.equal(await page.getAttribute("html", "lang"), language);
    assert.equal(await page.getAttribute("html", "dir"), dir);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `the consent page is ${width} px wide`);
    await checkPage(page, `the consent page (${language})`);
    await answerAll(page, language);
    assert.equal((await page.locator("h1").innerText()).trim(), thanks);
    await checkPage(page, `the end page (${language})`);
    await page.close();
  });
}
