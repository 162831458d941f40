// The language switch: every text, and the format of dates and money, in Ukrainian
// (the default) or English; the choice stays across pages and reloads.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demo_for_suite, new_page, sign_in, find_order } from './harness.mjs';

describe('language', () => {
  const demo = demo_for_suite();

  async function row_texts(page, id) {
    const row = page.locator(`#orders-body tr[data-order-id="${id}"]`);
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    return { date: cells[2], total: cells[4], status: cells[5] };
  }

  test('The language switch turns texts, dates and money from Ukrainian to English and back', async () => {
    // An English browser still starts in Ukrainian: the pages' default.
    const page = await new_page(demo.browser, { locale: 'en-GB' });
    try {
      await sign_in(page, demo.host, 'owner');
      const order = await find_order(page, (one) => one.number === '#1001');
      assert.ok(order);
      await page.goto(demo.host.url('/orders?q=1001'));
      await page.waitForSelector('#orders-body tr[data-order-id]');
      assert.equal(await page.getAttribute('html', 'lang'), 'uk');
      assert.equal(await page.textContent('h1'), 'Замовлення');
      assert.equal(await page.textContent('[data-nav="settings"]'), 'Налаштування');
      assert.equal(await page.textContent('#sign-out'), 'Вийти');
      const ukrainian = await row_texts(page, order.id);
      assert.match(ukrainian.total, /^855,50\s?(грн|₴)$/u, ukrainian.total);
      assert.match(ukrainian.date, /^\d{1,2} \S+ \d{4} р\., \d{2}:\d{2}$/u, ukrainian.date);
      assert.equal(ukrainian.status, 'Виконано');

      await Promise.all([page.waitForEvent('load'), page.click('[data-language="en"]')]);
      await page.waitForSelector('#orders-body tr[data-order-id]');
      assert.equal(await page.getAttribute('html', 'lang'), 'en');
      assert.equal(await page.textContent('h1'), 'Orders');
      assert.equal(await page.textContent('[data-nav="settings"]'), 'Settings');
      assert.equal(await page.textContent('#sign-out'), 'Sign out');
      assert.deepEqual(await page.$$eval('#source option', (options) => options.map((option) => option.textContent)),
        ['All orders', 'Created in CRM', 'From integrations']);
      const english = await row_texts(page, order.id);
      assert.match(english.total, /^UAH\s?855\.50$/u, english.total);
      assert.match(english.date, /^\d{1,2} [A-Z][a-z]{2,3} \d{4}, \d{2}:\d{2}$/, english.date);
      assert.equal(english.status, 'Completed');

      // The choice holds on the next page and after a reload.
      await page.goto(demo.host.url(`/order?id=${order.id}`));
      await page.waitForSelector('#items-table');
      assert.match(await page.textContent('#order-number'), /^Order #1001$/);
      assert.match(await page.textContent('#items-card h2'), /Items/);
      await page.reload();
      await page.waitForSelector('#items-table');
      assert.match(await page.textContent('#order-total'), /UAH\s?855\.50/u);

      await Promise.all([page.waitForEvent('load'), page.click('[data-language="uk"]')]);
      await page.waitForSelector('#items-table');
      assert.match(await page.textContent('#order-number'), /^Замовлення #1001$/);
      assert.match(await page.textContent('#order-total'), /855,50\s?(грн|₴)/u);
      assert.deepEqual(page.problems, []);
    } finally {
      await page.context().close();
    }
  });

  test('The sign-in page has the switch too', async () => {
    const page = await new_page(demo.browser);
    try {
      await page.goto(demo.host.url('/signin'));
      await page.waitForSelector('#signin-form');
      assert.equal(await page.textContent('#signin-submit'), 'Увійти');
      await Promise.all([page.waitForEvent('load'), page.click('[data-language="en"]')]);
      await page.waitForSelector('#signin-form');
      assert.equal(await page.textContent('#signin-submit'), 'Sign in');
      assert.equal(await page.textContent('label[for="login"]'), 'Login');
    } finally {
      await page.context().close();
    }
  });
});
