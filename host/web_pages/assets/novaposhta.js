'use strict';
// The host's Nova Poshta integration (R13, R14): on/off, API key (write-only), sender,
// tracking interval and the rules that move an order when its parcel's status changes.

(() => {
  const { h, t } = App;
  let statuses = [];

  // Nova Poshta's tracking status codes (TrackingDocument.getStatusDocuments, StatusCode).
  const known_codes = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '102', '103', '104', '105', '106', '108', '111', '112'];

  function code_label(code) {
    const key = `np.code.${code}`;
    return I18n.has(key) ? t(key) : '';
  }

  function fill_code_list() {
    const list = App.clear(document.getElementById('np-status-codes'));
    for (const code of known_codes) list.append(h('option', { value: code }, `${code} — ${code_label(code)}`));
  }

  function rule_row(rule) {
    const code = h('input', {
      type: 'text', class: 'rule-code', list: 'np-status-codes', inputmode: 'numeric', value: rule.status_code || '',
      'aria-label': t('np.rule_code'),
    });
    const hint = h('span', { class: 'muted small rule-code-name' }, code_label(rule.status_code));
    code.addEventListener('input', () => {
      hint.textContent = code_label(code.value.trim());
    });
    const select = h('select', { class: 'rule-status', 'aria-label': t('np.rule_status') },
      h('option', { value: '' }, t('schema.choose')),
      statuses.map((status) => h('option', { value: status }, App.status_label(status))));
    // A rule may name a status the order type no longer has: keep it visible, not lost.
    if (rule.order_status && !statuses.includes(rule.order_status)) select.append(h('option', { value: rule.order_status }, rule.order_status));
    select.value = rule.order_status || '';
    const row = h('tr', { class: 'rule-row' },
      h('td', {}, h('div', { class: 'field' }, code, hint)),
      h('td', {}, select),
      h('td', { class: 'num' }, h('button', {
        type: 'button', class: 'button small danger', title: t('np.remove_rule'), 'aria-label': t('np.remove_rule'),
        onclick: () => {
          row.remove();
          empty_note();
        },
      }, t('np.remove_rule'))));
    return row;
  }

  function empty_note() {
    const body = document.getElementById('np-rules-body');
    const note = body.querySelector('.empty-row');
    if (body.querySelector('.rule-row')) {
      if (note) note.remove();
    } else if (!note) {
      body.append(h('tr', { class: 'empty-row' }, h('td', { colspan: 3 }, t('np.no_rules'))));
    }
  }

  function fill(settings) {
    statuses = settings.order_statuses || [];
    const form = document.getElementById('np-form');
    form.enabled.checked = Boolean(settings.enabled);
    form.api_key.value = '';
    form.sender_name.value = settings.sender_name || '';
    form.sender_phone.value = settings.sender_phone || '';
    form.sender_city.value = settings.sender_city || '';
    form.sender_branch.value = settings.sender_branch || '';
    form.tracking_interval_seconds.value = settings.tracking_interval_seconds ?? '';
    const state = App.clear(document.getElementById('np-api-key-state'));
    state.append(settings.api_key_set
      ? h('span', { class: 'badge green', id: 'np-key-set' }, t('settings.secret_set'))
      : h('span', { class: 'badge gray', id: 'np-key-set' }, t('settings.secret_not_set')));
    const body = App.clear(document.getElementById('np-rules-body'));
    for (const rule of settings.rules || []) body.append(rule_row(rule));
    empty_note();
  }

  function collect() {
    const form = document.getElementById('np-form');
    const interval = form.tracking_interval_seconds.value.trim();
    const body = {
      enabled: form.enabled.checked,
      sender_name: form.sender_name.value.trim(),
      sender_phone: form.sender_phone.value.trim(),
      sender_city: form.sender_city.value.trim(),
      sender_branch: form.sender_branch.value.trim(),
      tracking_interval_seconds: /^\d+$/.test(interval) ? Number(interval) : interval,
      rules: [...document.querySelectorAll('#np-rules-body .rule-row')].map((row) => ({
        status_code: row.querySelector('.rule-code').value.trim(),
        order_status: row.querySelector('.rule-status').value,
      })),
    };
    // An empty key keeps the saved one: the field is left out.
    const key = form.api_key.value.trim();
    if (key) body.api_key = key;
    return body;
  }

  function clear_errors() {
    for (const slot of document.querySelectorAll('#np-form [data-error-for]')) slot.textContent = '';
    for (const input of document.querySelectorAll('#np-form .has-error')) input.classList.remove('has-error');
  }

  function show_error(field, text) {
    const name = field.startsWith('rules') ? 'rules' : field;
    const slot = document.querySelector(`#np-form [data-error-for="${CSS.escape(name)}"]`);
    if (!slot) return false;
    slot.textContent = slot.textContent ? `${slot.textContent} ${text}` : text;
    const input = document.querySelector(`#np-form [name="${CSS.escape(name)}"]`);
    if (input) input.classList.add('has-error');
    return true;
  }

  // The limit, when the host leaves it out, is the one the input itself carries.
  function rule_text(error) {
    const key = `rule.${error.rule}`;
    const input = document.querySelector(`#np-form [name="${CSS.escape(App.field_name(error.field))}"]`);
    const limit = error.limit ?? (input && { minimum: input.min, maximum: input.max }[error.rule]) ?? undefined;
    const needs_limit = ['minLength', 'maxLength', 'minimum', 'maximum'].includes(error.rule);
    return I18n.has(key) && (!needs_limit || (limit !== undefined && limit !== ''))
      ? t(key, { limit: limit === undefined ? '' : App.number(limit) })
      : error.message;
  }

  function own_checks(body) {
    const problems = [];
    if (typeof body.tracking_interval_seconds !== 'number') problems.push(['tracking_interval_seconds', t('rule.integer')]);
    body.rules.forEach((rule) => {
      if (!/^\d+$/.test(rule.status_code)) problems.push(['rules', t('np.rule_needs_code')]);
      else if (!rule.order_status) problems.push(['rules', t('np.rule_needs_status', { code: rule.status_code })]);
    });
    return problems;
  }

  async function save(event) {
    event.preventDefault();
    clear_errors();
    const message = App.clear(document.getElementById('np-message'));
    const body = collect();
    const problems = own_checks(body);
    if (problems.length) {
      for (const [field, text] of problems) show_error(field, text);
      return;
    }
    const button = document.getElementById('np-save');
    button.disabled = true;
    try {
      await App.post('/api/novaposhta', body);
      fill(await App.get('/api/novaposhta'));
      message.append(App.banner('success', null, t('np.saved')));
    } catch (error) {
      const fields = (error.body && error.body.fields) || [];
      const unplaced = fields.filter((field) => !show_error(App.field_name(field.field), rule_text(field)));
      message.append(App.banner('error', fields.length ? t('settings.fix_fields') : null, fields.length ? null : App.error_text(error),
        unplaced.length ? h('ul', {}, unplaced.map((field) => h('li', {}, `${field.field}: ${rule_text(field)}`))) : null));
    } finally {
      button.disabled = false;
    }
    message.scrollIntoView({ block: 'nearest' });
  }

  App.start({
    page: 'novaposhta',
    title: 'np.title',
    run: async () => {
      let settings;
      try {
        settings = await App.get('/api/novaposhta');
      } catch (error) {
        if (error.code !== 'missing_right') throw error;
        App.clear(document.getElementById('novaposhta-page')).append(App.refusal(error.body.right || 'manage_settings', 'settings.refused_title', 'settings.refused_text'));
        return;
      }
      fill_code_list();
      fill(settings);
      document.getElementById('np-add-rule').addEventListener('click', () => {
        const row = rule_row({});
        document.getElementById('np-rules-body').append(row);
        empty_note();
        row.querySelector('input').focus();
      });
      document.getElementById('np-form').addEventListener('submit', save);
    },
  });
})();
