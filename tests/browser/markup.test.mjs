// Names that hold markup are shown as text: a client and a product named with a
// <script> and an image with onerror, typed in through the API, show literally in the
// orders table and on the order page; no element of theirs is made and none of it runs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { demo_for_suite, with_page, page_api, screenshot } from './harness.mjs';

const k_client = '<script>window.__injected="client"</script><img src=x onerror="window.__injected=1">';
const k_product = '<script>window.__injected="product"</script>Мед <b>акацієвий</b>';

describe('names holding markup', () => {
  const demo = demo_for_suite();

  test('R10 a client and a product named with <script> show as text and no script runs', async () => {
    await with_page(demo, async (page) => {
      const made = await page_api(page, 'POST', '/api/orders',
        { client_name: k_client, items: [{ name: k_product, quantity: 1, price: '10' }] });
      assert.equal(made.status, 201, made.text);

      await page.goto(demo.host.url('/orders?source=host'));
      const row = page.locator(`#orders-body tr[data-order-id="${made.json.id}"]`);
      await row.waitFor();
      assert.ok((await row.textContent()).includes(k_client), 'the client name shows as typed, markup and all');
      assert.equal(await row.locator('script, img').count(), 0, 'no element made from the name');

      await page.goto(demo.host.url(`/order?id=${made.json.id}`));
      await page.waitForSelector('#items-table tbody tr');
      assert.ok((await page.textContent('#client-card')).includes(k_client));
      assert.ok((await page.textContent('#items-table')).includes(k_product));
      assert.equal(await page.locator('#client-card script, #client-card img, #items-table script, #items-table b').count(), 0);
      await screenshot(page, 'order-with-markup-names');
      assert.equal(await page.evaluate(() => window.__injected), undefined, 'nothing of the names ran');
    }, { login: 'owner' });
  });
});
