'use strict';
// Store connections (R1–R3): each connected store with its notices, the initial import's
// progress, its failed imports (Retry) and Disconnect; and the "Connect a store" form,
// generated from the plugin's settings schema.

(() => {
  const { h, t } = App;
  let schema = null;
  let form = null;

  // Problems are warnings; webhook_status and initial_import are information.
  const warning_topics = ['currency', 'customer_data', 'webhooks'];
  const shown_apart = ['webhook_status'];

  function topic_title(topic) {
    const key = `notice.${topic}`;
    return I18n.has(key) ? t(key) : topic;
  }

  function setting_value(name, value) {
    const property = (schema && schema.properties && schema.properties[name]) || {};
    // A secret is only ever "set" or "not set", whatever the host sends.
    if (property.writeOnly || value === '(set)' || value === '(not set)') {
      const set = value !== '(not set)' && value !== null && value !== undefined && value !== '';
      return h('span', { class: `badge ${set ? 'green' : 'gray'}`, 'data-secret': name }, set ? t('settings.secret_set') : t('settings.secret_not_set'));
    }
    if (value === null || value === undefined || value === '') return h('span', { class: 'muted' }, '—');
    if (Array.isArray(property.enum)) return SchemaForm.enum_label(name, value);
    return String(value);
  }

  function settings_summary(settings) {
    const names = [...Object.keys((schema && schema.properties) || {}), ...Object.keys(settings || {})];
    const facts = h('dl', { class: 'facts' });
    for (const name of new Set(names)) {
      if (!(name in (settings || {})) && !(schema.properties[name] && schema.properties[name].writeOnly)) continue;
      facts.append(h('dt', {}, SchemaForm.title_of((schema.properties || {})[name] || {}, name)), h('dd', {}, setting_value(name, (settings || {})[name])));
    }
    return h('details', { class: 'settings-summary' }, h('summary', {}, t('settings.show_settings')), facts);
  }

  function progress_line(topic, progress, notice) {
    const done = Number(progress.done) || 0;
    const total = Number(progress.total) || 0;
    const share = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
    const finished = total > 0 && done >= total;
    return h('div', { class: 'progress-line', 'data-progress': topic },
      h('div', { class: 'small' }, h('strong', {}, topic_title(topic)), ': ',
        finished ? t('settings.import_done', { total: App.number(total) }) : t('settings.import_progress', { done: App.number(done), total: App.number(total) })),
      h('div', {
        class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': total, 'aria-valuenow': done,
        'aria-label': topic_title(topic),
      }, h('span', { 'data-share': share })),
      notice ? h('div', { class: 'muted small' }, notice) : null);
  }

  // Through the CSSOM: the Content-Security-Policy forbids style attributes in markup.
  function size_bars(root) {
    for (const bar of root.querySelectorAll('.progress > span[data-share]')) bar.style.width = `${bar.dataset.share}%`;
  }

  function failed_table(failed, store_name) {
    return h('div', { class: 'failed-imports', 'data-store': store_name },
      h('div', { class: 'card-head' },
        h('h3', {}, t('settings.failed_imports', { count: failed.length })),
        h('span', { class: 'spacer' }),
        h('button', { type: 'button', class: 'button small retry-button', onclick: (event) => retry(store_name, event.target) }, t('settings.retry'))),
      h('div', { class: 'retry-message' }),
      h('div', { class: 'table-wrap' }, h('table', { class: 'table' },
        h('thead', {}, h('tr', {},
          h('th', {}, t('settings.external_id')), h('th', {}, t('settings.reason')),
          h('th', { class: 'num' }, t('settings.attempts')), h('th', {}, t('settings.updated')))),
        h('tbody', {}, failed.map((line) => h('tr', {},
          h('td', { class: 'mono' }, line.external_id),
          h('td', {}, line.reason),
          h('td', { class: 'num' }, App.number(line.attempts || 0)),
          h('td', { class: 'nowrap' }, App.date_time(line.updated_at))))))));
  }

  function store_card(store, failed) {
    const notices = store.notices || {};
    const progress = store.progress || {};
    const card = h('section', { class: 'card store-card', 'data-store-id': store.id, 'data-store': store.name },
      h('div', { class: 'card-head' },
        h('div', {},
          h('h3', {}, store.name, ' ',
            store.connected
              ? h('span', { class: 'badge green' }, t('settings.connected'))
              : h('span', { class: 'badge red' }, t('settings.disconnected'))),
          h('div', { class: 'domain mono' }, store.domain)),
        h('span', { class: 'spacer' }),
        // A disconnected store stays listed (its orders and failed imports stay too).
        store.connected
          ? h('button', { type: 'button', class: 'button danger small disconnect-button', onclick: () => disconnect(store) }, t('settings.disconnect'))
          : null));
    for (const topic of warning_topics) {
      if (notices[topic]) card.append(App.banner('warning', topic_title(topic), notices[topic]));
    }
    // The subscriptions' state as the plugin last saw it; a problem is the warning above.
    if (notices.webhook_status && !notices.webhooks) {
      card.append(h('p', { class: 'small', 'data-webhooks': 'ok' }, h('span', { class: 'badge green' }, topic_title('webhook_status')), ' ', notices.webhook_status));
    }
    for (const [topic, value] of Object.entries(progress)) {
      if (value && typeof value === 'object') card.append(progress_line(topic, value, notices[topic]));
    }
    for (const [topic, text] of Object.entries(notices)) {
      if (!warning_topics.includes(topic) && !shown_apart.includes(topic) && !(topic in progress)) card.append(App.banner('info', topic_title(topic), text));
    }
    if (failed.length) card.append(failed_table(failed, store.name));
    else if (Number(store.failed_imports) > 0) card.append(h('p', { class: 'muted' }, t('settings.failed_imports', { count: store.failed_imports })));
    card.append(settings_summary(store.settings));
    return card;
  }

  async function load_stores() {
    const [stores, failed] = await Promise.all([App.get('/api/stores'), App.get('/api/imports/failed').catch(() => [])]);
    const box = App.clear(document.getElementById('stores'));
    if (!stores.length) box.append(h('section', { class: 'card muted', id: 'no-stores' }, t('settings.no_stores')));
    const names = new Set();
    for (const store of stores) {
      names.add(store.name);
      box.append(store_card(store, failed.filter((line) => line.store === store.name)));
    }
    // Failed imports of a store that is no longer connected stay retryable.
    const others = App.clear(document.getElementById('other-failed-imports'));
    const orphaned = failed.filter((line) => !names.has(line.store));
    for (const name of new Set(orphaned.map((line) => line.store))) {
      others.append(h('section', { class: 'card' }, h('h3', {}, name), failed_table(orphaned.filter((line) => line.store === name), name)));
    }
    size_bars(document.getElementById('settings-page'));
  }

  async function retry(store_name, button) {
    const box = button.closest('.failed-imports').querySelector('.retry-message');
    App.clear(box);
    button.disabled = true;
    try {
      const answer = await App.post('/api/imports/retry', { store: store_name });
      box.append(App.banner('success', null, t('settings.retry_queued', { count: answer && answer.queued !== undefined ? answer.queued : 0 })));
    } catch (error) {
      box.append(App.banner('error', null, App.error_text(error)));
    } finally {
      button.disabled = false;
    }
  }

  async function disconnect(store) {
    const confirmed = await App.confirm_action(t('settings.disconnect_confirm', { name: store.name }), t('settings.disconnect'));
    if (!confirmed) return;
    const message = App.clear(document.getElementById('settings-message'));
    try {
      await App.post('/api/stores/remove', { id: store.id });
      message.append(App.banner('success', null, t('settings.disconnected_done', { name: store.name })));
      await load_stores();
    } catch (error) {
      message.append(App.banner('error', null, App.error_text(error)));
    }
  }

  function wire_form() {
    const element = document.getElementById('connect-form');
    form = SchemaForm.create(schema, document.getElementById('connect-fields'), { prefix: 'setting' });
    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      const message = App.clear(document.getElementById('connect-message'));
      form.clear_errors();
      const submit = document.getElementById('connect-submit');
      submit.disabled = true;
      // The host checks every field against the same schema; its answer is what counts.
      try {
        await App.post('/api/stores', { settings: form.values() });
        // A fresh form: no secret typed in stays in the page.
        form.reset();
        message.append(App.banner('success', null, t('settings.connected_done')));
        await load_stores();
      } catch (error) {
        const fields = (error.body && error.body.fields) || [];
        const unplaced = form.show_errors(fields);
        const list = unplaced.length ? h('ul', {}, unplaced.map((field) => h('li', {}, field.text))) : null;
        message.append(App.banner('error', fields.length ? t('settings.fix_fields') : null, fields.length ? null : App.error_text(error), list));
      } finally {
        submit.disabled = false;
      }
    });
  }

  App.start({
    page: 'settings',
    title: 'settings.title',
    run: async () => {
      let answer;
      try {
        answer = await App.get('/api/settings/form');
      } catch (error) {
        if (error.code !== 'missing_right') throw error;
        App.clear(document.getElementById('settings-page')).append(App.refusal(error.body.right || 'manage_settings', 'settings.refused_title', 'settings.refused_text'));
        return;
      }
      schema = answer.schema || { properties: {} };
      if (answer.plugin) {
        document.getElementById('plugin-line').textContent = t('settings.plugin_line', { name: answer.plugin.name, version: answer.plugin.version });
      }
      wire_form();
      await load_stores();
    },
  });
})();
