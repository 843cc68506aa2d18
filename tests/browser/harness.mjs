// Starts a real `tessera serve` on 127.0.0.1 and a real headless Chromium, and checks pages
// with axe-core. Used by every *.test.mjs here.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import assert from "node:assert/strict";
import { after, before } from "node:test";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const BIN = process.env.TESSERA_BIN ?? new URL("../../target/debug/tessera", import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Starts Tessera with demo data on a free port; resolves once it prints its address. */
export async function startTessera(extraArgs = []) {
  const dataDir = mkdtempSync(join(tmpdir(), "tessera-browser-"));
  const child = spawn(BIN, ["serve", "--demo", "--port", "0", "--data-dir", dataDir, ...extraArgs], {
    env: { ...process.env, TESSERA_LOG: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tessera did not start in 30 s:\n${stderr}`)), 30_000);
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/running at (http:\/\/127\.0\.0\.1:\d+)\//);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => reject(new Error(`tessera exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    stop() {
      child.kill("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium headless, with the flags this closed network needs. */
export async function startBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A new page that records console errors (a Content-Security-Policy violation is one). */
export async function newPage(browser) {
  const page = await browser.newPage();
  page.consoleErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") page.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => page.consoleErrors.push(String(err)));
  return page;
}

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page and returns its violations. */
export async function axeViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() =>
    // eslint-disable-next-line no-undef
    axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
    }),
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
  }));
}

/** Starts Tessera and Chromium before the file's tests and stops both after; returns their handles. */
export function useTessera() {
  const app = {};
  before(async () => {
    app.server = await startTessera();
    app.browser = await startBrowser();
  });
  after(async () => {
    await app.browser?.close();
    app.server?.stop();
  });
  return app;
}

/** Fails on any axe-core violation or console error (a CSP violation is one) on the page. */
export async function checkPage(page, label) {
  assert.deepEqual(await axeViolations(page), [], `axe-core violations on ${label}`);
  assert.deepEqual(page.consoleErrors, [], `console errors on ${label}`);
}
