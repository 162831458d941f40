'use strict';
// One order: its four integration fields and refresh button (R9), the Nova Poshta icon that
// opens the TTN details (R12), items with write-off, the event feed; and a clear refusal
// for an employee without "Can add products without write-off" (R7).

(() => {
  const { h, t } = App;
  const order_id = new URLSearchParams(location.search).get('id');
  let order = null;
  let refresh_deadline = 0;
  let countdown = null;

  function main() {
    return document.getElementById('order-page');
  }

  async function load() {
    try {
      order = await App.get(`/api/order?id=${encodeURIComponent(order_id)}`);
    } catch (error) {
      show_failure(error);
      return;
    }
    render();
  }

  function show_failure(error) {
    const page = App.clear(main());
    if (error.code === 'missing_right') {
      App.set_title('order.refused_title');
      page.append(App.refusal(error.body.right || 'add_products_without_write_off', 'order.refused_title', 'order.refused_text'));
      return;
    }
    page.append(h('a', { class: 'back-link', href: '/orders' }, t('order.back')));
    if (error.code === 'not_found') {
      page.append(h('section', { class: 'card', id: 'order-missing' }, h('h1', {}, t('order.not_found_title')), h('p', { class: 'muted' }, t('order.not_found_text'))));
      return;
    }
    page.append(App.banner('error', t('order.load_failed'), App.error_text(error)));
  }

  function render() {
    document.title = `${t('order.title', { number: order.number })} · ${t('app.name')}`;
    const page = App.clear(main());
    page.append(h('a', { class: 'back-link', href: '/orders' }, t('order.back')));
    page.append(head());
    page.append(h('div', { id: 'order-message' }));
    page.append(h('div', { class: 'grid-2' },
      h('div', {}, items_card(), feed_card()),
      h('div', {}, client_card(), order.store ? store_card() : host_card(), delivery_card())));
    start_countdown(order.refresh_wait_seconds);
  }

  function head() {
    const title = h('div', { class: 'order-title' },
      h('h1', { id: 'order-number' }, t('order.title', { number: order.number })));
    if (order.waybills && order.waybills.length) {
      title.append(h('button', {
        type: 'button', class: 'np-button', id: 'np-details-button', title: t('np.open_details'),
        'aria-label': t('np.open_details'), onclick: open_waybills,
      }, App.np_icon()));
    }
    title.append(App.status_badge(order.status));
    const wrap = h('div', { class: 'page-head' },
      h('div', {}, title, h('p', { class: 'subtitle' }, `${order.order_type || ''}${order.order_type ? ' · ' : ''}${App.date_time(order.created_at)}`)),
      h('span', { class: 'spacer' }));
    if (order.store) {
      wrap.append(h('button', { type: 'button', class: 'button', id: 'refresh-button', onclick: refresh }, t('order.refresh')));
    }
    return wrap;
  }

  function fact(label, value, id) {
    return [h('dt', {}, label), h('dd', id ? { id } : {}, value === null || value === undefined || value === '' ? '—' : value)];
  }

  function client_card() {
    const client = order.client;
    return h('section', { class: 'card', id: 'client-card' },
      h('h2', {}, t('order.client')),
      client
        ? h('dl', { class: 'facts' },
          fact(t('order.client_name'), client.name),
          fact(t('order.phone'), client.phone),
          fact(t('order.email'), client.email),
          fact(t('order.address'), client.address))
        : h('p', { class: 'muted' }, t('orders.client_not_set')));
  }

  // R9: the four fields of an imported order.
  function store_card() {
    const store = order.store;
    return h('section', { class: 'card', id: 'store-card' },
      h('h2', {}, t('order.integration')),
      h('dl', { class: 'facts' },
        fact(t('order.store'), store.name, 'field-store'),
        fact(t('order.external_id'), store.url
          ? h('a', { href: store.url, target: '_blank', rel: 'noopener', id: 'external-link', title: t('orders.open_in_shop', { store: store.name }) }, store.external_id)
          : store.external_id, 'field-external-id'),
        fact(t('order.created_external'), App.date_time(store.created_external), 'field-created'),
        fact(t('order.last_synced'), App.date_time(store.last_synced), 'field-last-update')),
      h('p', { class: 'small muted', id: 'refresh-note' }));
  }

  function host_card() {
    return h('section', { class: 'card', id: 'store-card' },
      h('h2', {}, t('order.integration')),
      h('p', { class: 'muted' }, t('order.created_in_host')));
  }

  function delivery_card() {
    if (!order.waybills || order.waybills.length === 0) return null;
    return h('section', { class: 'card', id: 'delivery-card' },
      h('h2', {}, t('order.delivery')),
      order.waybills.map((waybill) => h('div', { class: 'waybill-summary' },
        h('p', {}, h('span', { class: 'mono' }, waybill.number || t('waybill.number_unknown')), ' ', np_status_badge(waybill)),
        h('p', { class: 'muted small' }, [waybill.city, waybill.branch].filter(Boolean).join(', ')))),
      h('button', { type: 'button', class: 'button small', onclick: open_waybills }, t('np.open_details')));
  }

  function items_card() {
    const rows = (order.items || []).map((item) => {
      const action = item.written_off
        ? null
        : h('button', { type: 'button', class: 'button small write-off', onclick: () => write_off(item) }, t('order.write_off'));
      return h('tr', { 'data-item-id': item.id },
        h('td', {}, item.name, item.article ? h('span', { class: 'client-phone mono' }, item.article) : null),
        h('td', { class: 'num' }, App.number(item.quantity)),
        h('td', { class: 'num' }, App.money(item.price, order.currency)),
        h('td', { class: 'num' }, line_total(item)),
        h('td', {}, item.written_off
          ? h('span', { class: 'badge green' }, t('order.written_off'))
          : h('span', { class: 'badge amber' }, t('order.not_written_off'))),
        h('td', { class: 'num' }, action));
    });
    return h('section', { class: 'card', id: 'items-card' },
      h('h2', {}, t('order.items')),
      h('div', { id: 'items-message' }),
      h('div', { class: 'table-wrap' },
        h('table', { class: 'table', id: 'items-table' },
          h('thead', {}, h('tr', {},
            h('th', {}, t('order.item')), h('th', { class: 'num' }, t('order.quantity')), h('th', { class: 'num' }, t('order.price')),
            h('th', { class: 'num' }, t('order.sum')), h('th', {}, t('order.write_off_state')), h('th', {}))),
          h('tbody', {}, rows.length ? rows : h('tr', { class: 'empty-row' }, h('td', { colspan: 6 }, t('order.no_items')))),
          h('tfoot', {}, h('tr', {},
            h('th', { colspan: 3 }, t('order.total')),
            h('th', { class: 'num', id: 'order-total' }, App.money(order.total, order.currency)),
            h('th', { colspan: 2 }))))));
  }

  // Shown only: the host's total is the truth, this is the line's price times quantity.
  function line_total(item) {
    const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(item.price));
    if (!match || !Number.isInteger(item.quantity)) return '';
    const cents = (Number(match[2]) * 100 + Number((match[3] || '0').padEnd(2, '0'))) * item.quantity * (match[1] ? -1 : 1);
    const sign = cents < 0 ? '-' : '';
    const absolute = Math.abs(cents);
    return App.money(`${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`, order.currency);
  }

  function feed_card() {
    const entries = [...(order.feed || [])].sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
    return h('section', { class: 'card', id: 'feed-card' },
      h('h2', {}, t('order.feed')),
      entries.length
        ? h('ul', { class: 'feed', id: 'feed' }, entries.map((entry) => h('li', {},
          h('div', { class: 'feed-meta' }, h('strong', {}, entry.author || t('order.feed_system')), ' · ', App.date_time(entry.created_at)),
          h('div', {}, entry.text))))
        : h('p', { class: 'muted' }, t('order.feed_empty')));
  }

  async function write_off(item) {
    const message = App.clear(document.getElementById('items-message'));
    const row = document.querySelector(`tr[data-item-id="${CSS.escape(String(item.id))}"]`);
    const button = row && row.querySelector('.write-off');
    if (button) button.disabled = true;
    try {
      await App.post('/api/orders/write-off', { item_id: item.id });
      item.written_off = true;
      const fresh = items_card();
      document.getElementById('items-card').replaceWith(fresh);
      document.getElementById('items-message').append(App.banner('success', null, t('order.written_off_done', { name: item.name })));
    } catch (error) {
      if (button) button.disabled = false;
      message.append(App.banner('error', t('order.write_off_failed'), App.error_text(error)));
    }
  }

  // The refresh button counts down the host's 10-minute rule (R9).
  function start_countdown(seconds) {
    clearInterval(countdown);
    countdown = null;
    if (!order.store) return;
    refresh_deadline = Date.now() + Math.max(0, Number(seconds) || 0) * 1000;
    tick();
    if (Date.now() < refresh_deadline) countdown = setInterval(tick, 1000);
  }

  function tick() {
    const button = document.getElementById('refresh-button');
    if (!button) return;
    const left = Math.ceil((refresh_deadline - Date.now()) / 1000);
    const note = document.getElementById('refresh-note');
    if (left > 0) {
      button.disabled = true;
      button.textContent = t('order.refresh_in', { wait: App.wait_text(left) });
      button.dataset.wait = String(left);
      if (note) note.textContent = t('order.refresh_rule');
    } else {
      button.disabled = false;
      button.textContent = t('order.refresh');
      delete button.dataset.wait;
      if (note) note.textContent = '';
      clearInterval(countdown);
      countdown = null;
    }
  }

  async function refresh() {
    const button = document.getElementById('refresh-button');
    button.disabled = true;
    const message = App.clear(document.getElementById('order-message'));
    try {
      const [outcome] = await App.post('/api/orders/refresh', { order_ids: [order.id] });
      if (outcome && outcome.refreshed) {
        message.append(App.banner('success', null, t('order.refresh_sent')));
        start_countdown(600);
        // The import runs in the background; the new "Last update" shows shortly after.
        setTimeout(reload_quietly, 3000);
      } else if (outcome && outcome.retry_after_seconds > 0) {
        message.append(App.banner('warning', t('refresh.refused'), t('refresh.wait', { wait: App.wait_text(outcome.retry_after_seconds) })));
        start_countdown(outcome.retry_after_seconds);
      } else {
        message.append(App.banner('warning', t('refresh.refused'), (outcome && outcome.message) || ''));
        tick();
      }
    } catch (error) {
      message.append(App.banner('error', t('refresh.title'), App.error_text(error)));
      tick();
    }
  }

  async function reload_quietly() {
    try {
      const fresh = await App.get(`/api/order?id=${encodeURIComponent(order_id)}`);
      const message = document.getElementById('order-message');
      const kept = message ? [...message.childNodes] : [];
      order = fresh;
      render();
      App.append(document.getElementById('order-message'), kept);
    } catch (error) {
      // The page stays as it was; the next manual reload shows the news.
    }
  }

  const np_colours = { 9: 'green', 10: 'green', 11: 'green', 2: 'red', 3: 'red', 102: 'red', 103: 'red', 108: 'red', 105: 'red', 7: 'amber', 8: 'amber' };

  function np_status_badge(waybill_or_step) {
    const code = waybill_or_step.status_code;
    const text = waybill_or_step.status || t('waybill.not_tracked');
    return h('span', { class: `badge ${np_colours[code] || 'blue'}` }, text);
  }

  function known(...values) {
    return values.some((value) => value !== null && value !== undefined && value !== '');
  }

  function waybill_section(waybill) {
    const history = [...(waybill.history || [])].sort((a, b) => String(b.changed_at).localeCompare(String(a.changed_at)));
    const sender_known = known(waybill.sender_name, waybill.sender_phone, waybill.sender_city, waybill.sender_branch);
    return h('section', { class: 'waybill', 'data-ttn': waybill.number || '' },
      h('div', { class: 'card-head' },
        h('div', {},
          h('div', { class: 'muted small' }, waybill.carrier || t('np.name')),
          h('h3', { class: 'mono waybill-number' }, waybill.number ? t('waybill.ttn', { number: waybill.number }) : t('waybill.number_unknown'))),
        h('span', { class: 'spacer' }),
        h('div', { class: 'waybill-status' }, np_status_badge(waybill),
          waybill.status_code ? h('div', { class: 'muted small' }, t('waybill.code', { code: waybill.status_code })) : null)),
      h('div', { class: 'waybill-columns' },
        h('div', {},
          h('h3', {}, t('waybill.recipient')),
          h('dl', { class: 'facts' },
            fact(t('waybill.name'), waybill.recipient_name),
            fact(t('order.phone'), waybill.recipient_phone),
            fact(t('waybill.city'), waybill.city),
            fact(t('waybill.branch'), waybill.branch))),
        h('div', {},
          h('h3', {}, t('waybill.sender')),
          sender_known
            ? h('dl', { class: 'facts' },
              fact(t('waybill.name'), waybill.sender_name),
              fact(t('order.phone'), waybill.sender_phone),
              fact(t('waybill.city'), waybill.sender_city),
              fact(t('waybill.branch'), waybill.sender_branch))
            : h('p', { class: 'muted small' }, t('waybill.sender_unknown')))),
      h('dl', { class: 'facts waybill-facts' },
        fact(t('waybill.cost'), App.money(waybill.cost, waybill.currency || order.currency)),
        fact(t('waybill.tracking'), waybill.tracking_open ? t('waybill.tracking_open') : t('waybill.tracking_closed')),
        fact(t('waybill.created'), App.date_time(waybill.created_at)),
        fact(t('waybill.updated'), App.date_time(waybill.updated_at))),
      h('h3', { class: 'history-title' }, t('waybill.history')),
      history.length
        ? h('ol', { class: 'timeline waybill-history' }, history.map((step, index) => h('li', { class: index === 0 ? 'current' : '' },
          h('div', {}, step.status || '—', step.status_code ? h('span', { class: 'muted small' }, ` (${t('waybill.code', { code: step.status_code })})`) : null),
          h('div', { class: 'when' }, App.date_time(step.changed_at)))))
        : h('p', { class: 'muted' }, t('waybill.no_history')));
  }

  function open_waybills() {
    const dialog = document.getElementById('waybill-dialog');
    const body = App.clear(document.getElementById('waybill-body'));
    App.append(body, order.waybills.map(waybill_section));
    dialog.showModal();
  }

  App.start({
    page: 'order',
    title: 'order.page_title',
    run: async () => {
      const dialog = document.getElementById('waybill-dialog');
      document.getElementById('waybill-close').addEventListener('click', () => dialog.close());
      // A click on the backdrop closes it, as Escape does.
      dialog.addEventListener('click', (event) => {
        if (event.target === dialog) dialog.close();
      });
      if (!order_id || !/^\d+$/.test(order_id)) {
        show_failure(new App.ApiError(404, { code: 'not_found' }));
        return;
      }
      await load();
    },
  });
})();
