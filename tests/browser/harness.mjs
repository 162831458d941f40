// Starts the demo host (local Shopify and Nova Poshta included) on a free loopback port and
// a headless Chromium (Debian's, no browser download), and stops both whatever happens.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { before, after } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repository = path.resolve(here, '..', '..');
export const host_binary = process.env.EXCHANGE_HOST_BIN || path.join(repository, 'build', 'bin', 'exchange-host');
export const screenshot_dir = process.env.EXCHANGE_SCREENSHOT_DIR || path.join(repository, 'build', 'browser-screenshots');
const chromium_path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// The demo's last line: the hint to move a parcel by hand, printed once it serves.
const k_ready_line = /curl .*\/_sim\/documents/;
// The host listens on a port the system gives it (port 0) and says which: a port picked
// free beforehand could be taken by someone else, the demo's own local servers included,
// before the host binds it.
const k_listening_line = /the host listens on (http:\/\/127\.0\.0\.1:\d+)/;
const k_start_limit_ms = 150_000;

async function load_playwright() {
  try {
    return await import('playwright-core');
  } catch (error) {
    throw new Error(`playwright-core is not installed in ${here}/node_modules: run "npm ci --prefix tests/browser" ` +
      `(scripts/setup.sh does it). ${error.message}`);
  }
}

async function health_ok(base_url) {
  try {
    const response = await fetch(`${base_url}/health`, { signal: AbortSignal.timeout(2000) });
    return response.status === 200;
  } catch {
    return false;
  }
}

const running = new Set();
// A test run that dies must not leave a host (and its local servers) behind.
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export class DemoHost {
  constructor(child, base_url, data_dir, output) {
    this.child = child;
    this.base_url = base_url;
    this.data_dir = data_dir;
    this.output = output;
  }

  static async start() {
    if (!fs.existsSync(host_binary)) {
      throw new Error(`no exchange-host at ${host_binary}: build it first (cmake --build build --target exchange-host)`);
    }
    const data_dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-browser-'));
    const child = spawn(host_binary, ['--data', data_dir, 'demo', '--listen', '127.0.0.1:0'], {
      cwd: repository, stdio: ['ignore', 'pipe', 'pipe'], env: process.env,
    });
    running.add(child);
    const output = { text: '' };
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (chunk) => { output.text += chunk; });
    child.stderr.on('data', (chunk) => { output.text += chunk; });
    const exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }));
    const host = new DemoHost(child, null, data_dir, output);
    host.exited = exited;
    const deadline = Date.now() + k_start_limit_ms;
    let gone = null;
    exited.then((status) => { gone = status; });
    while (Date.now() < deadline) {
      if (gone) {
        host.cleanup();
        throw new Error(`the demo host stopped before serving (${JSON.stringify(gone)}):\n${host.tail()}`);
      }
      const listening = output.text.match(k_listening_line);
      if (listening) host.base_url = listening[1];
      if (listening && k_ready_line.test(output.text) && await health_ok(host.base_url)) return host;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await host.stop();
    throw new Error(`the demo host did not serve within ${k_start_limit_ms / 1000} s:\n${host.tail()}`);
  }

  tail(lines = 40) {
    return this.output.text.split('\n').slice(-lines).join('\n');
  }

  url(address) {
    return `${this.base_url}${address}`;
  }

  async stop() {
    if (running.has(this.child)) {
      this.child.kill('SIGTERM');
      const stopped = await Promise.race([this.exited, new Promise((resolve) => setTimeout(() => resolve(null), 15_000))]);
      if (!stopped) {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    this.cleanup();
  }

  cleanup() {
    fs.rmSync(this.data_dir, { recursive: true, force: true });
  }
}

export async function launch_browser() {
  const { chromium } = await load_playwright();
  if (!fs.existsSync(chromium_path)) throw new Error(`no Chromium at ${chromium_path} (apt-get install chromium)`);
  return chromium.launch({ executablePath: chromium_path, args: ['--no-sandbox'], headless: true });
}

// A fresh browser profile at the size the pages are made for; the page's errors (script
// errors and Content-Security-Policy refusals) are kept for the test to look at.
export async function new_page(browser, options = {}) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 }, locale: options.locale || 'uk-UA', timezoneId: options.timezone || 'Europe/Kyiv',
  });
  const page = await context.newPage();
  // Generous: ctest may run other tests beside these on the two cores.
  page.setDefaultTimeout(30_000);
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A refused API call is logged by Chromium too; the page shows it, that is the point.
    const source = message.location().url || '';
    if (/status of 4\d\d/.test(message.text()) && (source.includes('/api/') || source.endsWith('/favicon.ico'))) return;
    page.problems.push(`console: ${message.text()} (${source})`);
  });
  return page;
}

export async function sign_in(page, host, login, password = 'demo', next = '') {
  await page.goto(host.url(`/signin${next ? `?next=${encodeURIComponent(next)}` : ''}`));
  await page.fill('#login', login);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL((url) => !url.pathname.startsWith('/signin')), page.click('#signin-submit')]);
  await page.waitForSelector('#employee-name');
}

export async function screenshot(page, name, { full = true } = {}) {
  fs.mkdirSync(screenshot_dir, { recursive: true });
  await page.screenshot({ path: path.join(screenshot_dir, `${name}.png`), fullPage: full });
}

// The page's own fetch, with its cookie and CSRF token, as the pages call the API.
export async function page_api(page, method, address, body) {
  return page.evaluate(async ({ method, address, body }) => {
    const headers = { Accept: 'application/json' };
    const init = { method, credentials: 'same-origin', headers };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = sessionStorage.getItem('exchange.csrf') || '';
      init.body = JSON.stringify(body || {});
    }
    const response = await fetch(address, init);
    const text = await response.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: response.status, json, text };
  }, { method, address, body });
}

// The first order of the demo that matches, from the orders list the page would get.
export async function find_order(page, predicate, source = 'all') {
  for (let number = 1; number < 20; ++number) {
    const answer = await page_api(page, 'GET', `/api/orders?source=${source}&page=${number}`);
    if (answer.status !== 200) throw new Error(`GET /api/orders: ${answer.status} ${answer.text}`);
    const found = answer.json.orders.find(predicate);
    if (found) return found;
    if (number >= answer.json.pages) break;
  }
  return null;
}

// A test file's demo host and browser: started before its tests, stopped after them.
export function demo_for_suite() {
  const demo = { host: null, browser: null };
  before(async () => {
    demo.host = await DemoHost.start();
    demo.browser = await launch_browser();
  });
  after(async () => {
    await demo.browser?.close();
    await demo.host?.stop();
  });
  return demo;
}

// Runs `work` in a fresh page, signed in as `login` (then at `address`) when one is given;
// fails when the page logged a script error or a Content-Security-Policy refusal.
export async function with_page(demo, work, { login = '', address = '' } = {}) {
  const page = await new_page(demo.browser);
  try {
    if (login) await sign_in(page, demo.host, login, 'demo', address);
    await work(page);
    assert.deepEqual(page.problems, [], 'the page logged no script error or CSP refusal');
  } finally {
    await page.context().close();
  }
}
