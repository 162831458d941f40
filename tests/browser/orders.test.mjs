// The orders table: Store filter (R4), Store column (R5), Update orders (R6), new host orders.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demo_for_suite, with_page, screenshot, page_api } from './harness.mjs';

const k_shop_admin = /^https:\/\/kyiv-honey-demo\.myshopify\.com\/admin\/orders\/\d+$/;

describe('orders table', () => {
  const demo = demo_for_suite();

  const with_owner = (work) => with_page(demo, work, { login: 'owner' });

  // The rows once the table shows the answer to this filter.
  async function rows_for(page, source) {
    await page.selectOption('#source', source);
    await page.waitForSelector(`#orders-body[data-loaded^="${source}|"]:not([aria-busy])`);
    return page.$$eval('#orders-body tr[data-order-id]', (rows) => rows.map((row) => ({
      id: Number(row.dataset.orderId), source: row.dataset.source, store: row.querySelector('.store-cell').textContent.trim(),
    })));
  }

  test('R4 Store filter: created in the demo.host, from integrations, all orders', async () => {
    await with_owner(async (page) => {
      await page.waitForSelector('#orders-body tr[data-order-id]');
      await screenshot(page, 'orders');

      const host_rows = await rows_for(page, 'host');
      assert.ok(host_rows.length >= 1, 'the demo has orders made in the host');
      assert.ok(host_rows.every((row) => row.source === 'host' && row.store === ''), 'host orders only, with an empty Store');
      assert.match(page.url(), /source=host/);

      const integration_rows = await rows_for(page, 'integrations');
      assert.ok(integration_rows.length >= 1, 'the demo imported orders from its store');
      assert.ok(integration_rows.every((row) => row.source === 'integration' && row.store === 'Kyiv Honey'));

      const all_rows = await rows_for(page, 'all');
      const all_ids = new Set(all_rows.map((row) => row.id));
      const answer = await page_api(page, 'GET', '/api/orders?source=all');
      assert.equal(answer.json.total, (await page_api(page, 'GET', '/api/orders?source=host')).json.total +
        (await page_api(page, 'GET', '/api/orders?source=integrations')).json.total, 'all = host + integrations');
      // On one page (the demo has fewer than 25 orders) every order of both filters shows.
      if (answer.json.pages === 1) {
        for (const row of [...host_rows, ...integration_rows]) assert.ok(all_ids.has(row.id), `order ${row.id} is among all orders`);
        assert.equal(all_rows.length, host_rows.length + integration_rows.length);
      }
    });
  });

  test('R5 Store column: the store name opens the order in the Shopify admin in a new tab', async () => {
    await with_owner(async (page) => {
      await page.goto(demo.host.url('/orders?source=integrations'));
      await page.waitForSelector('#orders-body tr[data-order-id] a.store-link');
      const link = page.locator('#orders-body tr[data-order-id] a.store-link').first();
      assert.equal(await link.textContent(), 'Kyiv Honey');
      assert.equal(await link.getAttribute('target'), '_blank');
      assert.match(await link.getAttribute('rel'), /noopener/);
      const href = await link.getAttribute('href');
      assert.match(href, k_shop_admin);
      const id = Number(await link.evaluate((anchor) => anchor.closest('tr').dataset.orderId));
      const order = await page_api(page, 'GET', `/api/order?id=${id}`);
      assert.equal(href, `https://kyiv-honey-demo.myshopify.com/admin/orders/${order.json.store.external_id}`);

      // The new tab is answered here: nothing leaves the machine.
      await page.context().route('https://kyiv-honey-demo.myshopify.com/**', (route) => route.fulfill({
        status: 200, contentType: 'text/html', body: '<title>Shopify admin</title>',
      }));
      const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
      await tab.waitForLoadState();
      assert.equal(tab.url(), href);
      assert.equal(new URL(page.url()).pathname, '/orders', 'the table stays open in its own tab');
      await tab.close();
    });
  });

  test('R6 Other actions → Update orders: the second time within 10 minutes is refused with the wait', async () => {
    await with_owner(async (page) => {
      await page.goto(demo.host.url('/orders?source=integrations'));
      await page.waitForSelector('#orders-body tr[data-order-id]');
      assert.equal(await page.isDisabled('#update-orders'), true, 'nothing selected, nothing to update');
      const checks = page.locator('#orders-body .row-check');
      const count = Math.min(3, await checks.count());
      assert.ok(count >= 2, 'a selection of several orders');
      for (let index = 0; index < count; ++index) await checks.nth(index).check();
      assert.match(await page.textContent('#selection-count'), new RegExp(`${count}`));

      await page.click('#actions-button');
      await page.click('#update-orders');
      await page.waitForSelector('#refresh-outcomes li');
      const first = await page.$$eval('#refresh-outcomes li', (items) => items.map((item) => item.dataset.refreshed));
      assert.equal(first.length, count);
      assert.ok(first.every((refreshed) => refreshed === 'true'), 'the first update is done for every order');

      await page.click('#actions-button');
      await page.click('#update-orders');
      await page.waitForFunction(() => [...document.querySelectorAll('#refresh-outcomes li')].some((item) => item.dataset.refreshed === 'false'));
      const second = await page.$$eval('#refresh-outcomes li', (items) => items.map((item) => ({ refreshed: item.dataset.refreshed, text: item.textContent })));
      assert.equal(second.length, count);
      for (const outcome of second) {
        assert.equal(outcome.refreshed, 'false');
        assert.match(outcome.text, /Відмовлено/);
        assert.match(outcome.text, /спробуйте знову через (9 хв \d+ с|10 хв)/, outcome.text);
      }
      await screenshot(page, 'orders-update-refused');
    });
  });

  test('Search finds an order by number, client name and phone', async () => {
    await with_owner(async (page) => {
      await page.waitForSelector('#orders-body tr[data-order-id]');
      const answer = await page_api(page, 'GET', '/api/orders?source=integrations');
      const order = answer.json.orders.find((one) => one.client_phone);
      assert.ok(order, 'an imported order with a client phone');
      for (const query of [order.number, order.client_name, order.client_phone]) {
        await page.fill('#search', query);
        await page.waitForSelector(`#orders-body[data-loaded="all|${query}|1"]:not([aria-busy])`);
        const ids = await page.$$eval('#orders-body tr[data-order-id]', (rows) => rows.map((row) => Number(row.dataset.orderId)));
        assert.ok(ids.includes(order.id), `"${query}" finds ${order.number}`);
      }
      await page.fill('#search', 'nobody-has-this-name-xyz');
      await page.waitForSelector('#orders-body .empty-row');
    });
  });

  test('A new order made in the form is created in the host and opens', async () => {
    await with_owner(async (page) => {
      await page.waitForSelector('#orders-body tr[data-order-id]');
      await page.click('#new-order-button');
      await page.waitForSelector('#new-order-dialog[open]');
      // Without a client the form is not sent.
      await page.click('#create-order');
      assert.notEqual((await page.textContent('[data-error-for="client_name"]')).trim(), '');

      await page.fill('#client_name', 'Оксана Литвин');
      await page.fill('#client_phone', '+380 63 555 12 34');
      await page.fill('#item-lines tr:nth-child(1) .item-name', 'Мед акацієвий 250 г');
      await page.fill('#item-lines tr:nth-child(1) .qty', '2');
      await page.fill('#item-lines tr:nth-child(1) .price', '180,50');
      await page.click('#add-item-line');
      await page.fill('#item-lines tr:nth-child(2) .item-name', 'Подарункове пакування');
      await page.fill('#item-lines tr:nth-child(2) .price', '70');
      assert.match(await page.textContent('#new-order-total'), /431,00/);
      await Promise.all([page.waitForURL(/\/order\?id=\d+/), page.click('#create-order')]);
      await page.waitForSelector('#items-table');
      assert.match(await page.textContent('#client-card'), /Оксана Литвин/);
      const items = await page.$$eval('#items-table tbody tr', (rows) => rows.map((row) => row.textContent));
      assert.equal(items.length, 2);
      assert.match(items[0] + items[1], /Мед акацієвий 250 г/);
      assert.match(await page.textContent('#store-card'), /створене в CRM/);

      await page.goto(demo.host.url('/orders?source=host'));
      await page.waitForSelector('#orders-body tr[data-order-id]');
      assert.match(await page.textContent('#orders-body'), /Оксана Литвин/);
    });
  });
});
