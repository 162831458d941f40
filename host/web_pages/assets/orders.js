'use strict';
// The orders table: Store filter (R4), Store column linking to the shop's admin (R5),
// search, paging, "Other actions → Update orders" on a selection (R6), and a form that
// creates an order in the host.

(() => {
  const { h, t } = App;
  const state = { source: 'all', q: '', page: 1, pages: 1, total: 0, orders: [], known: new Map(), selected: new Set() };
  let request_number = 0;

  function read_address() {
    const query = new URLSearchParams(location.search);
    state.source = ['all', 'host', 'integrations'].includes(query.get('source')) ? query.get('source') : 'all';
    state.q = query.get('q') || '';
    state.page = Math.max(1, parseInt(query.get('page'), 10) || 1);
  }

  // The filter lives in the address, so reloading or sharing the page keeps it.
  function write_address() {
    const query = new URLSearchParams();
    if (state.source !== 'all') query.set('source', state.source);
    if (state.q) query.set('q', state.q);
    if (state.page > 1) query.set('page', String(state.page));
    const address = `/orders${query.toString() ? `?${query}` : ''}`;
    if (address !== location.pathname + location.search) history.replaceState(null, '', address);
  }

  async function load() {
    write_address();
    const number = ++request_number;
    const query = new URLSearchParams({ source: state.source, q: state.q, page: String(state.page) });
    const body = document.getElementById('orders-body');
    body.setAttribute('aria-busy', 'true');
    let answer;
    try {
      answer = await App.get(`/api/orders?${query}`);
    } catch (error) {
      if (number !== request_number) return;
      body.removeAttribute('aria-busy');
      App.clear(document.getElementById('orders-message')).append(App.banner('error', null, App.error_text(error)));
      return;
    }
    // Typing fast sends several searches; only the newest one is drawn.
    if (number !== request_number) return;
    App.clear(document.getElementById('orders-message'));
    state.orders = answer.orders || [];
    state.page = answer.page || 1;
    state.pages = Math.max(1, answer.pages || 1);
    state.total = answer.total || 0;
    for (const order of state.orders) state.known.set(order.id, order);
    state.selected.clear();
    render_rows();
    render_pager();
    body.removeAttribute('aria-busy');
    body.dataset.loaded = `${state.source}|${state.q}|${state.page}`;
  }

  function store_cell(order) {
    if (!order.store) return h('td', { class: 'store-cell' });
    return h('td', { class: 'store-cell' },
      h('a', {
        href: order.store.url, target: '_blank', rel: 'noopener', class: 'store-link',
        title: t('orders.open_in_shop', { store: order.store.name }),
      }, order.store.name));
  }

  function render_rows() {
    const body = App.clear(document.getElementById('orders-body'));
    if (state.orders.length === 0) {
      body.append(h('tr', { class: 'empty-row' }, h('td', { colspan: 7 }, state.q ? t('orders.nothing_found') : t('orders.none'))));
    }
    for (const order of state.orders) {
      const checkbox = h('input', {
        type: 'checkbox', class: 'row-check', value: order.id, 'aria-label': t('orders.select_order', { number: order.number }),
        onchange: (event) => {
          if (event.target.checked) state.selected.add(order.id);
          else state.selected.delete(order.id);
          render_selection();
        },
      });
      body.append(h('tr', { 'data-order-id': order.id, 'data-source': order.store ? 'integration' : 'host' },
        h('td', { class: 'check' }, checkbox),
        h('td', {},
          h('span', { class: 'order-number' },
            h('a', { href: `/order?id=${encodeURIComponent(order.id)}`, class: 'order-link' }, order.number),
            order.has_waybill ? h('span', { class: 'np-mark', title: t('np.has_waybill') }, App.np_icon()) : null)),
        h('td', { class: 'nowrap' }, App.date_time(order.created_at)),
        h('td', {},
          order.client_name && order.client_name !== 'Not set' ? order.client_name : h('span', { class: 'muted' }, t('orders.client_not_set')),
          order.client_phone ? h('span', { class: 'client-phone' }, order.client_phone) : null),
        h('td', { class: 'num' }, App.money(order.total, order.currency)),
        h('td', {}, App.status_badge(order.status)),
        store_cell(order)));
    }
    render_selection();
  }

  function render_pager() {
    document.getElementById('pager-text').textContent =
      t('orders.page_of', { page: App.number(state.page), pages: App.number(state.pages), total: App.number(state.total) });
    document.getElementById('previous-page').disabled = state.page <= 1;
    document.getElementById('next-page').disabled = state.page >= state.pages;
  }

  function render_selection() {
    const count = state.selected.size;
    document.getElementById('selection-count').textContent = count ? t('orders.selected', { count }) : '';
    document.getElementById('update-orders').disabled = count === 0;
    const page_box = document.getElementById('select-page');
    page_box.checked = count > 0 && count === state.orders.length;
    page_box.indeterminate = count > 0 && count < state.orders.length;
  }

  function outcome_line(outcome) {
    const order = state.known.get(outcome.order_id);
    const number = order ? order.number : `#${outcome.order_id}`;
    let badge;
    let text;
    if (outcome.refreshed) {
      badge = h('span', { class: 'badge green' }, t('refresh.refreshed'));
      text = t('refresh.refreshed_text');
    } else if (outcome.retry_after_seconds > 0) {
      badge = h('span', { class: 'badge amber' }, t('refresh.refused'));
      text = t('refresh.wait', { wait: App.wait_text(outcome.retry_after_seconds) });
    } else {
      badge = h('span', { class: 'badge gray' }, t('refresh.refused'));
      text = order && !order.store ? t('refresh.host_order') : outcome.message;
    }
    return h('li', { 'data-order-id': outcome.order_id, 'data-refreshed': String(!!outcome.refreshed) },
      h('strong', {}, number), badge, h('span', { class: 'outcome-text' }, text));
  }

  async function update_orders() {
    close_menu();
    const ids = [...state.selected];
    if (ids.length === 0) return;
    const box = App.clear(document.getElementById('refresh-results'));
    box.append(h('p', { class: 'loading' }, t('refresh.sending')));
    try {
      const outcomes = await App.post('/api/orders/refresh', { order_ids: ids });
      const refused = outcomes.filter((outcome) => !outcome.refreshed).length;
      const kind = refused === 0 ? 'success' : refused === outcomes.length ? 'warning' : 'info';
      App.clear(box).append(App.banner(kind, t('refresh.title'),
        h('ul', { id: 'refresh-outcomes' }, outcomes.map(outcome_line))));
    } catch (error) {
      App.clear(box).append(App.banner('error', t('refresh.title'), App.error_text(error)));
    }
  }

  function close_menu() {
    document.getElementById('actions-menu').hidden = true;
    document.getElementById('actions-button').setAttribute('aria-expanded', 'false');
  }

  function wire_toolbar() {
    const search = document.getElementById('search');
    const source = document.getElementById('source');
    search.value = state.q;
    source.value = state.source;
    let timer = null;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        state.q = search.value.trim();
        state.page = 1;
        load();
      }, 300);
    });
    document.getElementById('orders-toolbar').addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(timer);
      state.q = search.value.trim();
      state.page = 1;
      load();
    });
    source.addEventListener('change', () => {
      state.source = source.value;
      state.page = 1;
      load();
    });
    document.getElementById('previous-page').addEventListener('click', () => {
      state.page = Math.max(1, state.page - 1);
      load();
    });
    document.getElementById('next-page').addEventListener('click', () => {
      state.page = Math.min(state.pages, state.page + 1);
      load();
    });
    document.getElementById('select-page').addEventListener('change', (event) => {
      for (const box of document.querySelectorAll('#orders-body .row-check')) {
        box.checked = event.target.checked;
        const id = Number(box.value);
        if (box.checked) state.selected.add(id);
        else state.selected.delete(id);
      }
      render_selection();
    });
    const menu_button = document.getElementById('actions-button');
    const menu = document.getElementById('actions-menu');
    menu_button.addEventListener('click', (event) => {
      event.stopPropagation();
      menu.hidden = !menu.hidden;
      menu_button.setAttribute('aria-expanded', String(!menu.hidden));
    });
    document.addEventListener('click', (event) => {
      if (!menu.hidden && !menu.contains(event.target)) close_menu();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') close_menu();
    });
    document.getElementById('update-orders').addEventListener('click', update_orders);
  }

  // The new-order form: a client and item lines; the host checks it again (422 by field).
  function new_order_form() {
    const dialog = document.getElementById('new-order-dialog');
    const form = document.getElementById('new-order-form');
    const lines = document.getElementById('item-lines');

    function decimal(text) {
      return String(text || '').trim().replace(/\s/g, '').replace(',', '.');
    }

    function update_total() {
      let cents = 0;
      for (const row of lines.querySelectorAll('tr')) {
        const quantity = parseInt(row.querySelector('.qty').value, 10);
        const price = decimal(row.querySelector('.price').value);
        if (quantity > 0 && /^\d+(\.\d{1,2})?$/.test(price)) cents += quantity * Math.round(Number(price) * 100);
      }
      document.getElementById('new-order-total').textContent =
        t('new_order.total', { total: App.money((cents / 100).toFixed(2), 'UAH') });
    }

    function add_line() {
      const row = h('tr', {},
        h('td', {}, h('input', { type: 'text', class: 'item-name', 'aria-label': t('new_order.item_name') })),
        h('td', {}, h('input', { type: 'number', class: 'qty', min: 1, step: 1, value: 1, 'aria-label': t('new_order.quantity') })),
        h('td', {}, h('input', { type: 'text', class: 'price', inputmode: 'decimal', placeholder: '0.00', 'aria-label': t('new_order.price') })),
        h('td', {}, h('button', {
          type: 'button', class: 'button small danger', 'aria-label': t('new_order.remove_line'), title: t('new_order.remove_line'),
          onclick: () => {
            if (lines.children.length > 1) row.remove();
            update_total();
          },
        }, '×')));
      lines.append(row);
      return row;
    }

    function clear_errors() {
      for (const slot of form.querySelectorAll('[data-error-for]')) slot.textContent = '';
      for (const input of form.querySelectorAll('.has-error')) input.classList.remove('has-error');
      App.clear(document.getElementById('new-order-message'));
    }

    function show_error(field, text) {
      const name = field.startsWith('items') ? 'items' : field;
      const slot = form.querySelector(`[data-error-for="${CSS.escape(name)}"]`);
      if (!slot) return false;
      slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
      const input = form.querySelector(`[name="${CSS.escape(name)}"]`);
      if (input) input.classList.add('has-error');
      return true;
    }

    function rule_text(error) {
      const key = `rule.${error.rule}`;
      if (error.rule === 'required' && String(error.field).startsWith('items')) return t('new_order.items_required');
      return I18n.has(key) ? t(key, { limit: error.limit }) : error.message;
    }

    function collect() {
      const items = [];
      for (const row of lines.querySelectorAll('tr')) {
        const name = row.querySelector('.item-name').value.trim();
        const quantity_text = row.querySelector('.qty').value.trim();
        const price = decimal(row.querySelector('.price').value);
        if (!name && !price) continue;
        items.push({ name, quantity: /^\d+$/.test(quantity_text) ? Number(quantity_text) : quantity_text, price });
      }
      return { client_name: form.client_name.value.trim(), client_phone: form.client_phone.value.trim(), items };
    }

    // The checks the host makes too, so that a typo is shown before the round trip.
    function check(order) {
      const errors = [];
      if (!order.client_name) errors.push(['client_name', t('rule.required')]);
      if (order.items.length === 0) errors.push(['items', t('new_order.items_required')]);
      for (const item of order.items) {
        if (!item.name) errors.push(['items', t('new_order.item_needs_name')]);
        else if (!Number.isInteger(item.quantity) || item.quantity < 1) errors.push(['items', t('new_order.bad_quantity', { name: item.name })]);
        else if (!/^\d+(\.\d{1,2})?$/.test(item.price)) errors.push(['items', t('new_order.bad_price', { name: item.name })]);
      }
      return errors;
    }

    document.getElementById('new-order-button').addEventListener('click', () => {
      form.reset();
      clear_errors();
      App.clear(lines);
      add_line();
      update_total();
      dialog.showModal();
      form.client_name.focus();
    });
    document.getElementById('add-item-line').addEventListener('click', () => add_line().querySelector('input').focus());
    lines.addEventListener('input', update_total);
    for (const button of dialog.querySelectorAll('[data-close]')) button.addEventListener('click', () => dialog.close());
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clear_errors();
      const order = collect();
      const problems = check(order);
      if (problems.length) {
        for (const [field, text] of problems) show_error(field, text);
        return;
      }
      const submit = document.getElementById('create-order');
      submit.disabled = true;
      try {
        const created = await App.post('/api/orders', order);
        location.assign(`/order?id=${encodeURIComponent(created.id)}`);
      } catch (error) {
        submit.disabled = false;
        const fields = (error.body && error.body.fields) || [];
        const unplaced = fields.filter((field) => !show_error(App.field_name(field.field), rule_text(field)));
        if (!fields.length || unplaced.length) {
          App.clear(document.getElementById('new-order-message')).append(App.banner('error', null, App.error_text(error),
            unplaced.length ? h('ul', {}, unplaced.map((field) => h('li', {}, `${field.field}: ${rule_text(field)}`))) : null));
        }
      }
    });
  }

  App.start({
    page: 'orders',
    title: 'orders.title',
    run: async () => {
      read_address();
      wire_toolbar();
      new_order_form();
      await load();
    },
  });
})();
