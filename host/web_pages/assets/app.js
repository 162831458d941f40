'use strict';
// What every page shares: the API client (session cookie + CSRF header), the header bar,
// the formatting of dates, money and waits, and a small DOM builder. Text is always put
// into the page as text nodes, never as HTML: order data comes from shops and clients.

const App = (() => {
  const k_csrf_key = 'exchange.csrf';
  let leaving = false;

  // h('a', {href: '/x', class: 'y'}, 'text', child) — attributes starting with "on" take
  // a listener, since the Content-Security-Policy forbids inline handlers.
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
      else if (name === 'class') element.className = value;
      else if (name === 'text') element.textContent = value;
      else if (name === 'dataset') Object.assign(element.dataset, value);
      else if (value === true) element.setAttribute(name, '');
      else element.setAttribute(name, String(value));
    }
    append(element, children);
    return element;
  }

  function append(parent, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
  }

  function clear(element) {
    while (element.firstChild) element.removeChild(element.firstChild);
    return element;
  }

  function t(key, params) { return I18n.t(key, params); }

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error) || `HTTP ${status}`);
      this.status = status;
      this.body = body || {};
      this.code = this.body.code || (status === 0 ? 'network' : '');
    }
  }

  function sign_in_address() {
    return `/signin?next=${encodeURIComponent(location.pathname + location.search)}`;
  }

  function remember_csrf(csrf) {
    if (csrf) sessionStorage.setItem(k_csrf_key, csrf);
  }

  async function send(method, path, body) {
    const headers = { Accept: 'application/json' };
    const init = { method, credentials: 'same-origin', headers, cache: 'no-store' };
    if (method !== 'GET') {
      headers['Content-Type'] = 'application/json';
      headers['X-CSRF-Token'] = sessionStorage.getItem(k_csrf_key) || '';
      init.body = JSON.stringify(body === undefined ? {} : body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (error) {
      throw new ApiError(0, { code: 'network', error: error.message });
    }
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (error) {
      data = response.ok ? null : { error: text.slice(0, 300) };
    }
    if (response.ok) return data;
    throw new ApiError(response.status, data);
  }

  // A 401 anywhere means the session ended: off to the sign-in page, and the caller's
  // promise never settles, so no half-drawn error flashes before the page leaves.
  async function api(method, path, body, options = {}) {
    try {
      return await send(method, path, body);
    } catch (error) {
      if (error.code === 'csrf' && !options.retried) {
        // Another tab may have signed in again: the session answer carries the current token.
        const session = await send('GET', '/api/session').catch(() => null);
        if (session) {
          remember_csrf(session.csrf);
          return api(method, path, body, { ...options, retried: true });
        }
      }
      if (error.status === 401 && error.code !== 'bad_credentials' && !options.keep_401) {
        leaving = true;
        location.assign(sign_in_address());
        return new Promise(() => {});
      }
      throw error;
    }
  }

  const get = (path, options) => api('GET', path, undefined, options);
  const post = (path, body, options) => api('POST', path, body, options);

  function right_title(right) {
    const key = `right.${right}`;
    return I18n.has(key) ? t(key) : right;
  }

  // The message for an API error: by its code, else the server's own words.
  function error_text(error) {
    if (!(error instanceof ApiError)) return t('error.unexpected', { message: String(error && error.message) });
    switch (error.code) {
      case 'missing_right': return t('error.missing_right', { right: right_title(error.body.right) });
      case 'too_many_attempts': return t('error.too_many_attempts', { wait: wait_text(error.body.retry_after_seconds || 0) });
      case 'signed_out':
      case 'bad_credentials':
      case 'csrf':
      case 'not_found':
      case 'unavailable':
      case 'network':
        return error.body.error && error.code === 'unavailable'
          ? `${t(`error.${error.code}`)} (${error.body.error})`
          : t(`error.${error.code}`);
      case 'invalid': return t('error.invalid');
      case 'bad_request': return t('error.bad_request', { message: error.body.error || '' });
      default: return error.body.error || t('error.status', { status: error.status });
    }
  }

  function banner(kind, title, ...body) {
    return h('div', { class: `banner ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
      title ? h('strong', {}, title) : null, ...body);
  }

  // Formatting for the chosen language: uk-UA or en-GB.
  function money(amount, currency) {
    if (amount === null || amount === undefined || amount === '') return '—';
    try {
      // A decimal string keeps its exact digits (Intl takes strings since ES2023).
      return new Intl.NumberFormat(I18n.locale(), { style: 'currency', currency: currency || 'UAH' }).format(amount);
    } catch (error) {
      return `${amount} ${currency || ''}`.trim();
    }
  }

  function date_time(iso) {
    if (!iso) return '—';
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return iso;
    return new Intl.DateTimeFormat(I18n.locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(when);
  }

  function number(value) {
    return new Intl.NumberFormat(I18n.locale()).format(value);
  }

  // "9 min 5 s" / "9 хв 5 с"
  function wait_text(seconds) {
    const total = Math.max(0, Math.ceil(seconds));
    const minutes = Math.floor(total / 60);
    const rest = total % 60;
    if (minutes === 0) return t('wait.seconds', { s: rest });
    if (rest === 0) return t('wait.minutes', { m: minutes });
    return t('wait.minutes_seconds', { m: minutes, s: rest });
  }

  const status_colours = {
    'New': 'blue', 'In progress': 'amber', 'Shipped': 'purple', 'Completed': 'green', 'Cancelled': 'gray',
  };

  // Order statuses are the host's names; the seeded ones have translations.
  function status_label(status) {
    const key = `status.${status}`;
    return I18n.has(key) ? t(key) : status;
  }

  function status_badge(status) {
    return h('span', { class: `badge ${status_colours[status] || 'gray'}`, 'data-status': status }, status_label(status));
  }

  function np_icon(extra_class) {
    return h('img', {
      src: '/assets/nova-poshta.svg', class: `np-icon ${extra_class || ''}`.trim(), alt: t('np.icon_alt'), width: 20, height: 20,
    });
  }

  function apply_static_texts(root) {
    for (const element of root.querySelectorAll('[data-i18n]')) element.textContent = t(element.dataset.i18n);
    for (const element of root.querySelectorAll('[data-i18n-placeholder]')) element.placeholder = t(element.dataset.i18nPlaceholder);
    for (const element of root.querySelectorAll('[data-i18n-title]')) element.title = t(element.dataset.i18nTitle);
    for (const element of root.querySelectorAll('[data-i18n-aria-label]')) element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  }

  function language_switch() {
    const box = h('div', { class: 'language-switch', role: 'group', 'aria-label': t('header.language') });
    for (const [code, label] of [['uk', 'Українська'], ['en', 'English']]) {
      box.append(h('button', {
        type: 'button', lang: code, 'data-language': code, 'aria-pressed': String(I18n.language() === code),
        onclick: () => {
          if (I18n.language() === code) return;
          I18n.set_language(code);
          location.reload();
        },
      }, label));
    }
    return box;
  }

  const nav_pages = [
    { page: 'orders', href: '/orders', key: 'nav.orders' },
    { page: 'settings', href: '/settings', key: 'nav.settings', right: 'manage_settings' },
    { page: 'novaposhta', href: '/novaposhta', key: 'nav.novaposhta', right: 'manage_settings' },
    { page: 'plugins', href: '/plugins', key: 'nav.plugins', right: 'manage_settings' },
  ];

  function brand() {
    return h('a', { class: 'brand', href: '/orders' }, h('img', { class: 'brand-mark', src: '/assets/favicon.svg', alt: '', width: 26, height: 26 }), t('app.name'));
  }

  function render_header(page, employee) {
    const header = document.getElementById('app-header');
    if (!header) return;
    clear(header);
    header.append(brand());
    if (employee) {
      const nav = h('nav', { class: 'nav', 'aria-label': t('header.navigation') });
      for (const item of nav_pages) {
        if (item.right && !employee.rights.includes(item.right)) continue;
        nav.append(h('a', {
          href: item.href, class: page === item.page || (page === 'order' && item.page === 'orders') ? 'active' : '',
          'data-nav': item.page,
        }, t(item.key)));
      }
      header.append(nav);
    }
    const side = h('div', { class: 'header-side' }, language_switch());
    if (employee) {
      side.append(
        h('span', { class: 'employee-name', id: 'employee-name', title: employee.login }, employee.name || employee.login),
        h('button', { type: 'button', class: 'header-button', id: 'sign-out', onclick: sign_out }, t('header.sign_out')),
      );
    }
    header.append(side);
  }

  async function sign_out() {
    try {
      await post('/api/session/end', {}, { keep_401: true });
    } catch (error) {
      // Already signed out is as good as signed out.
    }
    sessionStorage.removeItem(k_csrf_key);
    location.assign('/signin');
  }

  function set_title(key) {
    document.title = `${t(key)} · ${t('app.name')}`;
  }

  // Every signed-in page starts here: texts, session, header, then the page's own work.
  async function start({ page, title, run }) {
    document.documentElement.lang = I18n.language();
    apply_static_texts(document);
    if (title) set_title(title);
    let session;
    try {
      session = await get('/api/session');
    } catch (error) {
      show_page_error(error);
      return;
    }
    remember_csrf(session.csrf);
    const employee = session.employee;
    render_header(page, employee);
    try {
      await run(employee);
    } catch (error) {
      show_page_error(error);
    }
  }

  function show_page_error(error) {
    if (leaving) return;
    const main = document.querySelector('main');
    if (!main) return;
    clear(main).append(banner('error', t('error.page_failed'), error_text(error)));
  }

  // The page an employee may not use: says which right is missing and who can grant it.
  function refusal(right, title_key, text_key) {
    return h('section', { class: 'card refusal', id: 'refusal', 'data-right': right },
      lock_icon(),
      h('h1', {}, t(title_key)),
      h('p', {}, t(text_key)),
      h('p', {}, t('refusal.needs_right'), ' ', h('span', { class: 'right-name', id: 'missing-right' }, t('common.quoted', { text: right_title(right) })), '.'),
      h('p', {}, t('refusal.ask_owner')),
      h('p', {}, h('a', { class: 'button', href: '/orders' }, t('refusal.back_to_orders'))),
    );
  }

  function lock_icon() {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 48 48');
    svg.setAttribute('class', 'refusal-icon');
    svg.setAttribute('aria-hidden', 'true');
    const shapes = [
      ['circle', { cx: 24, cy: 24, r: 23, fill: '#fdecea' }],
      ['rect', { x: 14, y: 22, width: 20, height: 15, rx: 3, fill: '#b42318' }],
      ['path', { d: 'M18 22v-4a6 6 0 0 1 12 0v4', fill: 'none', stroke: '#b42318', 'stroke-width': 3 }],
      ['circle', { cx: 24, cy: 29, r: 2.2, fill: '#fff' }],
    ];
    for (const [tag, attributes] of shapes) {
      const shape = document.createElementNS(ns, tag);
      for (const [name, value] of Object.entries(attributes)) shape.setAttribute(name, String(value));
      svg.append(shape);
    }
    return svg;
  }

  // A confirmation in the page's own look (window.confirm cannot be styled or translated).
  function confirm_action(text, confirm_label) {
    return new Promise((resolve) => {
      const dialog = h('dialog', { class: 'confirm-dialog', id: 'confirm-dialog' },
        h('div', { class: 'dialog-body' }, h('p', {}, text)),
        h('div', { class: 'dialog-foot' },
          h('button', { type: 'button', class: 'button', 'data-answer': 'no' }, t('common.cancel')),
          h('button', { type: 'button', class: 'button primary', 'data-answer': 'yes' }, confirm_label || t('common.ok'))));
      let answered = false;
      const finish = (answer) => {
        if (answered) return;
        answered = true;
        dialog.close();
        dialog.remove();
        resolve(answer);
      };
      dialog.addEventListener('click', (event) => {
        const answer = event.target.closest('[data-answer]');
        if (answer) finish(answer.dataset.answer === 'yes');
      });
      dialog.addEventListener('cancel', () => finish(false));
      document.body.append(dialog);
      dialog.showModal();
    });
  }

  // The host answers 422 with one entry per field; the form finds the input by name.
  function field_name(raw) {
    return String(raw || '').replace(/^\/+/, '').replace(/^settings[./]/, '');
  }

  return {
    h, append, clear, t, api, get, post, ApiError, error_text, banner, money, date_time, number, wait_text,
    status_label, status_badge, np_icon, apply_static_texts, render_header, start, refusal, right_title,
    confirm_action, field_name, set_title, remember_csrf, sign_in_address,
  };
})();
