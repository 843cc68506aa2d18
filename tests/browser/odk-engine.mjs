// ODK's own form engine in Chromium: `@getodk/xforms-engine`, the engine under ODK Web Forms,
// bundled by esbuild in memory (nothing is written to disk or kept in git) and served to a page
// of its own. Used by odk.test.mjs.
import { build } from "esbuild";

let bundle;

/** The engine as one ES module, built once per test run (about a second). */
async function engineBundle() {
  if (!bundle) {
    const out = await build({
      stdin: {
        contents: 'import { createInstance } from "@getodk/xforms-engine"; window.odkEngine = { createInstance };',
        resolveDir: new URL(".", import.meta.url).pathname,
        loader: "js",
      },
      bundle: true,
      // The engine uses top-level await (it loads its XPath parser, WebAssembly, on import).
      format: "esm",
      write: false,
      logLevel: "error",
    });
    bundle = out.outputFiles[0].text;
  }
  return bundle;
}

/**
 * A page running ODK's engine. It is served by the test itself (Playwright answers the
 * requests) at http://localhost, a secure context, because the engine makes instance ids with
 * `crypto.randomUUID()`, which only secure contexts have.
 */
export async function openEngine(browser) {
  const code = await engineBundle();
  const page = await browser.newPage();
  page.engineErrors = [];
  page.on("pageerror", (err) => page.engineErrors.push(String(err)));
  await page.route("http://localhost/odk/**", (route) => {
    if (route.request().url().endsWith(".js")) {
      return route.fulfill({ contentType: "text/javascript", body: code });
    }
    return route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><title>ODK engine</title><script type="module" src="/odk/engine.js"></script></html>',
    });
  });
  await page.goto("http://localhost/odk/engine.html");
  await page.waitForFunction(() => window.odkEngine, null, { timeout: 60_000 });
  return page;
}

/**
 * Loads `xform` into the engine, chooses `language` (as the form names it, e.g. "Welsh (cy)"),
 * gives the consent and the `answers` ({ question name: value as XForm encodes it }) in order,
 * as a person filling the form would, and takes the engine's submission.
 * Resolves with the form's languages, what each question is labelled and whether it is shown
 * once everything is answered, the payload's status and the submission XML.
 */
export async function fillForm(page, xform, { language, answers }) {
  return page.evaluate(
    async ({ xform, language, answers }) => {
      const form = await window.odkEngine.createInstance(xform, {});
      const root = form.root;
      const nodes = [];
      const walk = (n) => {
        nodes.push(n);
        for (const c of n.currentState.children ?? []) walk(c);
      };
      walk(root);
      const named = (name) => {
        const n = nodes.find((x) => x.currentState.reference.split("/").pop() === name);
        if (!n) throw new Error(`the form has no field ${name}`);
        return n;
      };
      const languages = root.languages.map((l) => l.language);
      if (language) {
        const l = root.languages.find((x) => x.language === language);
        if (!l) throw new Error(`the form has no language ${language}`);
        root.setLanguage(l);
      }
      named("consent").setValue(true);
      for (const [name, value] of Object.entries(answers)) {
        const n = named(name);
        if (!n.currentState.relevant) throw new Error(`${name} is not shown, so it cannot be answered`);
        switch (n.nodeType) {
          case "select":
            n.selectValues(String(value).split(" "));
            break;
          case "range":
            n.setValue(Number(value));
            break;
          default:
            n.setValue(value);
        }
      }
      const questions = {};
      for (const n of nodes) {
        if (["select", "input", "range", "note"].includes(n.nodeType)) {
          questions[n.currentState.reference.split("/").pop()] = {
            type: n.nodeType,
            label: n.currentState.label?.asString ?? "",
            shown: n.currentState.relevant,
          };
        }
      }
      const payload = await root.prepareInstancePayload();
      const xml = await payload.data[0].get("xml_submission_file").text();
      return { languages, questions, status: payload.status, xml };
    },
    { xform, language, answers },
  );
}
