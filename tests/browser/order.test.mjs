// One order's page: the TTN details behind the Nova Poshta icon (R12), the integration's
// four fields and the refresh button's 10-minute countdown (R9), items and write-off.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demo_for_suite, with_page, screenshot, page_api, find_order } from './harness.mjs';

describe('order page', () => {
  const demo = demo_for_suite();

  const with_owner = (work) => with_page(demo, work, { login: 'owner' });

  test('R12 the Nova Poshta icon beside the number opens the TTN details with its status history', async () => {
    await with_owner(async (page) => {
      // #1001's parcel was received in the demo: it has a history of statuses.
      const listed = await find_order(page, (one) => one.number === '#1001');
      assert.ok(listed, 'the demo imported #1001');
      assert.equal(listed.has_waybill, true);
      await page.goto(demo.host.url('/orders?source=integrations'));
      await page.waitForSelector(`#orders-body tr[data-order-id="${listed.id}"] .np-mark img`);

      await page.goto(demo.host.url(`/order?id=${listed.id}`));
      await page.waitForSelector('#np-details-button');
      await screenshot(page, 'order');
      const order = (await page_api(page, 'GET', `/api/order?id=${listed.id}`)).json;
      const waybill = order.waybills[0];
      assert.equal(waybill.number, '20451234567890');

      await page.click('#np-details-button');
      await page.waitForSelector('#waybill-dialog[open]');
      const details = await page.textContent('#waybill-body');
      assert.match(details, /20451234567890/);
      assert.ok(details.includes(waybill.status), `the current status "${waybill.status}"`);
      assert.ok(details.includes(waybill.recipient_name), 'the recipient');
      assert.ok(details.includes(waybill.city) && details.includes(waybill.branch), 'the city and branch');
      const history = await page.$$eval('#waybill-body .waybill-history li', (items) => items.map((item) => ({
        status: item.firstElementChild.textContent, when: item.querySelector('.when').textContent,
      })));
      assert.ok(history.length >= 2, `the parcel's statuses, newest first: ${JSON.stringify(history)}`);
      assert.match(history[0].status, /Відправлення отримано/);
      for (const step of history) assert.match(step.when, /\d{4} р\., \d{2}:\d{2}/, 'each status with its date');
      await screenshot(page, 'ttn-details', { full: false });
      await page.keyboard.press('Escape');
      await page.waitForSelector('#waybill-dialog:not([open])', { state: 'attached' });
    });
  });

  test('R9 an imported order shows Store, External ID, Created and Last update; Refresh counts down 10 minutes', async () => {
    await with_owner(async (page) => {
      const listed = await find_order(page, (one) => one.number === '#1002', 'integrations');
      assert.ok(listed, 'the demo imported #1002');
      await page.goto(demo.host.url(`/order?id=${listed.id}`));
      await page.waitForSelector('#store-card');
      const order = (await page_api(page, 'GET', `/api/order?id=${listed.id}`)).json;
      assert.equal((await page.textContent('#field-store')).trim(), 'Kyiv Honey');
      const external = page.locator('#external-link');
      assert.equal(await external.textContent(), order.store.external_id);
      assert.equal(await external.getAttribute('href'), order.store.url);
      assert.equal(await external.getAttribute('target'), '_blank');
      for (const field of ['#field-created', '#field-last-update']) {
        assert.match(await page.textContent(field), /\d{4} р\., \d{2}:\d{2}/, `${field} is a date`);
      }

      assert.equal(order.refresh_wait_seconds, 0, 'not refreshed yet');
      assert.equal(await page.isDisabled('#refresh-button'), false);
      await page.click('#refresh-button');
      await page.waitForSelector('#refresh-button[data-wait]');
      assert.equal(await page.isDisabled('#refresh-button'), true);
      const first = await page.textContent('#refresh-button');
      assert.match(first, /через (9 хв \d+ с|10 хв)/);
      await page.waitForFunction((before) => document.querySelector('#refresh-button').textContent !== before, first, { timeout: 5000 });

      // A reload keeps the countdown: the host says how long is left.
      await page.reload();
      await page.waitForSelector('#refresh-button[data-wait]');
      assert.equal(await page.isDisabled('#refresh-button'), true);
      const wait = (await page_api(page, 'GET', `/api/order?id=${listed.id}`)).json.refresh_wait_seconds;
      assert.ok(wait > 500 && wait <= 600, `about 10 minutes left, the host says ${wait} s`);
    });
  });

  test('R22 items come without write-off; Write off takes one out of stock', async () => {
    await with_owner(async (page) => {
      const listed = await find_order(page, (one) => one.number === '#1004', 'integrations');
      assert.ok(listed, 'the demo imported #1004');
      await page.goto(demo.host.url(`/order?id=${listed.id}`));
      await page.waitForSelector('#items-table');
      const row = page.locator('#items-table tbody tr[data-item-id]').first();
      const item_id = await row.getAttribute('data-item-id');
      assert.match(await row.textContent(), /Без списання/);
      await row.locator('button.write-off').click();
      await page.waitForSelector('#items-message .banner.success');
      const after_click = page.locator(`#items-table tbody tr[data-item-id="${item_id}"]`);
      assert.match(await after_click.textContent(), /Списано/);
      assert.equal(await after_click.locator('button.write-off').count(), 0);
      await page.reload();
      await page.waitForSelector('#items-table');
      assert.match(await page.locator(`#items-table tbody tr[data-item-id="${item_id}"]`).textContent(), /Списано/);
    });
  });

  test('R15 the event feed shows the delivery comment of another carrier', async () => {
    await with_owner(async (page) => {
      const listed = await find_order(page, (one) => one.number === '#1002', 'integrations');
      await page.goto(demo.host.url(`/order?id=${listed.id}`));
      await page.waitForSelector('#feed-card');
      assert.match(await page.textContent('#feed'), /Укрпошта/);
      assert.equal(await page.$('#np-details-button'), null, 'no Nova Poshta icon without a waybill');
    });
  });
});
