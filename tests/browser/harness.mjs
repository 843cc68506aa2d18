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
  const [url, email, password] = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tessera did not start in 30 s:\n${stderr}`)), 30_000);
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/running at (http:\/\/127\.0\.0\.1:\d+)\//);
      // With --demo it also prints the demo owner's sign-in.
      const owner = out.match(/Sign in as (\S+) with the password (\S+)/);
      if (m && owner) {
        clearTimeout(timer);
        resolve([m[1], owner[1], owner[2]]);
      }
    });
    child.on("exit", (code) => reject(new Error(`tessera exited with ${code}:\n${stderr}`)));
  });
  return {
    url,
    email,
    password,
    dataDir,
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

/** Runs the tessera command line on a server's data folder; resolves with its standard output. */
export async function tesseraCli(server, args, input) {
  const child = spawn(BIN, [...args, "--data-dir", server.dataDir], { stdio: ["pipe", "pipe", "pipe"] });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (err += d));
  child.stdin.end(input ?? "");
  const code = await new Promise((resolve) => child.on("exit", resolve));
  assert.equal(code, 0, `tessera ${args.join(" ")} failed:\n${err}`);
  return out;
}

/** Signs in through the sign-in form; resolves on the page it leads to. */
export async function signIn(page, server, email = server.email, password = server.password) {
  await page.goto(server.url + "/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}

/** Makes a personal API token on the account page; resolves with it. */
export async function apiToken(page, server) {
  await page.goto(server.url + "/account");
  await page.getByLabel("What is the token for?").fill("browser test");
  await page.getByRole("button", { name: "Create a token" }).click();
  return (await page.locator("#new-token").innerText()).trim();
}

/**
 * A new page (in its own browser context, so with its own cookies) that records console errors
 * (a Content-Security-Policy violation is one); signed in as the demo owner when `server` is given.
 */
export async function newPage(browser, server) {
  const page = await browser.newPage();
  page.consoleErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") page.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => page.consoleErrors.push(String(err)));
  if (server) await signIn(page, server);
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
