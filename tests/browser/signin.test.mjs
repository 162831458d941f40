// Sign-in, sign-out and what each employee's rights let the pages show (R7).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demo_for_suite, with_page, sign_in, screenshot, page_api, find_order } from './harness.mjs';

describe('sign-in and rights', () => {
  const demo = demo_for_suite();

  const with_fresh_page = (work) => with_page(demo, work);

  test('Pages carry no inline script, style or handler and load nothing from elsewhere (CSP default-src \'self\')', async () => {
    for (const name of ['signin', 'orders', 'order', 'settings', 'novaposhta', 'plugins']) {
      const response = await fetch(demo.host.url(`/${name}`));
      assert.equal(response.status, 200, name);
      assert.match(response.headers.get('content-security-policy') || '', /default-src 'self'/, `${name}: CSP`);
      const html = await response.text();
      assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/i, `${name}: no inline script`);
      assert.doesNotMatch(html, /\sstyle=/i, `${name}: no style attribute`);
      assert.doesNotMatch(html, /\son[a-z]+=/i, `${name}: no inline handler`);
      // What the page loads: scripts, images and linked stylesheets or icons (not the links one follows).
      const assets = [...html.matchAll(/\ssrc="([^"]+)"|<link\s[^>]*href="([^"]+)"/g)].map((match) => match[1] || match[2]);
      assert.ok(assets.length >= 3, `${name}: its stylesheet and scripts`);
      for (const asset of assets) {
        assert.match(asset, /^\/assets\/[\w.-]+$/, `${name}: ${asset} is one of the host's own files`);
        const file = await fetch(demo.host.url(asset));
        assert.equal(file.status, 200, asset);
        await file.arrayBuffer();
      }
    }
  });

  test('R7 sign-in: a wrong password is refused on the page, the right one opens the orders as owner', async () => {
    await with_fresh_page(async (page) => {
      await page.goto(demo.host.url('/signin'));
      await screenshot(page, 'signin');
      await page.fill('#login', 'owner');
      await page.fill('#password', 'not-the-password');
      await page.click('#signin-submit');
      await page.waitForSelector('#signin-message .banner.error');
      assert.match(await page.textContent('#signin-message'), /Неправильний логін або пароль/);
      assert.equal(new URL(page.url()).pathname, '/signin');

      await sign_in(page, demo.host, 'owner');
      assert.equal(new URL(page.url()).pathname, '/orders');
      const session = await page_api(page, 'GET', '/api/session');
      assert.equal(session.status, 200);
      assert.equal(await page.textContent('#employee-name'), session.json.employee.name || 'owner');
      const links = await page.$$eval('nav.nav a', (anchors) => anchors.map((anchor) => anchor.dataset.nav));
      assert.deepEqual(links, ['orders', 'settings', 'novaposhta', 'plugins']);
    });
  });

  test('R7 the manager sees no Settings link and the host refuses him the store connections', async () => {
    await with_fresh_page(async (page) => {
      await sign_in(page, demo.host, 'manager');
      await page.waitForSelector('#orders-body tr');
      const links = await page.$$eval('nav.nav a', (anchors) => anchors.map((anchor) => anchor.dataset.nav));
      assert.deepEqual(links, ['orders'], 'only Orders: Settings, Nova Poshta and Plugins need manage_settings');
      const stores = await page_api(page, 'GET', '/api/stores');
      assert.equal(stores.status, 403);
      assert.equal(stores.json.code, 'missing_right');
      assert.equal(stores.json.right, 'manage_settings');
      // Typing the address does not help either: the page explains the missing right.
      await page.goto(demo.host.url('/settings'));
      await page.waitForSelector('#refusal');
      assert.match(await page.textContent('#refusal'), /Може керувати налаштуваннями/);
    });
  });

  test('R7 the cashier opening an integration order sees the refusal naming "Can add products without write-off"', async () => {
    await with_fresh_page(async (page) => {
      await sign_in(page, demo.host, 'cashier');
      const order = await find_order(page, (one) => one.store !== null, 'integrations');
      assert.ok(order, 'the demo has orders from its store');
      const answer = await page_api(page, 'GET', `/api/order?id=${order.id}`);
      assert.equal(answer.status, 403);
      assert.equal(answer.json.code, 'missing_right');
      assert.equal(answer.json.right, 'add_products_without_write_off');

      await page.goto(demo.host.url('/orders?source=integrations'));
      await page.click(`#orders-body tr[data-order-id="${order.id}"] a.order-link`);
      await page.waitForSelector('#refusal');
      const text = await page.textContent('#refusal');
      assert.match(text, /Немає доступу до цього замовлення/);
      assert.match(text, /«Може додавати товари без списання»/);
      assert.equal(await page.$('#items-table'), null, 'no half-drawn order behind the refusal');
      await screenshot(page, 'refused-order');

      await page.click('[data-language="en"]');
      await page.waitForSelector('#refusal');
      assert.match(await page.textContent('#refusal'), /“Can add products without write-off”/);
      await page.click('[data-language="uk"]');
      await page.waitForSelector('#refusal');
    });
  });

  test('R7 the cashier may open an order created in the host', async () => {
    await with_fresh_page(async (page) => {
      await sign_in(page, demo.host, 'cashier');
      const order = await find_order(page, (one) => one.store === null, 'host');
      assert.ok(order, 'the demo has orders created in the host');
      await page.goto(demo.host.url(`/order?id=${order.id}`));
      await page.waitForSelector('#items-table');
      assert.equal(await page.$('#refusal'), null);
      assert.match(await page.textContent('#order-number'), new RegExp(order.number.replace(/[#]/g, '\\#')));
    });
  });

  test('Sign-out ends the session: /orders then leads to the sign-in page', async () => {
    await with_fresh_page(async (page) => {
      await sign_in(page, demo.host, 'owner');
      await Promise.all([page.waitForURL(/\/signin/), page.click('#sign-out')]);
      const session = await page_api(page, 'GET', '/api/session');
      assert.equal(session.status, 401);
      assert.equal(session.json.code, 'signed_out');
      await page.goto(demo.host.url('/orders'));
      await page.waitForURL(/\/signin\?next=/);
      const address = new URL(page.url());
      assert.equal(address.pathname, '/signin');
      assert.equal(address.searchParams.get('next'), '/orders');
      await page.waitForSelector('#signin-form');
      // Signing in again goes back where the employee was sent from.
      await page.fill('#login', 'owner');
      await page.fill('#password', 'demo');
      await Promise.all([page.waitForURL(/\/orders$/), page.click('#signin-submit')]);
    });
  });
});
