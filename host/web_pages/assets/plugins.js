'use strict';
// The loaded plugin and shipping adapters (R17, R29), and swapping an adapter's library
// while the host runs: the host checks the new library and keeps the old one on refusal.

(() => {
  const { h, t } = App;

  function state_badge(library) {
    const loaded = library.state === 'loaded';
    const key = `plugins.state.${library.state}`;
    return h('span', { class: `badge ${loaded ? 'green' : 'red'}` }, I18n.has(key) ? t(key) : library.state);
  }

  function kind_label(kind) {
    const key = `plugins.kind.${kind}`;
    return I18n.has(key) ? t(key) : kind;
  }

  async function load() {
    const answer = await App.get('/api/plugins');
    const libraries = answer.libraries || [];
    const body = App.clear(document.getElementById('libraries-body'));
    if (!libraries.length) body.append(h('tr', { class: 'empty-row' }, h('td', { colspan: 6 }, t('plugins.none'))));
    for (const library of libraries) {
      body.append(h('tr', { 'data-library-id': library.id, 'data-kind': library.kind },
        h('td', {}, kind_label(library.kind)),
        h('td', {}, h('strong', {}, library.name || library.id), h('span', { class: 'client-phone mono' }, library.id)),
        h('td', {}, library.version || '—'),
        h('td', { class: 'mono small' }, library.library || '—'),
        h('td', {}, state_badge(library),
          library.reason ? h('div', { class: 'field-error refusal-reason' }, library.reason) : null),
        h('td', { class: 'num' }, library.generation ?? '—')));
    }
    const select = document.getElementById('swap-adapter');
    const chosen = select.value;
    App.clear(select);
    for (const library of libraries.filter((one) => one.kind === 'adapter')) {
      select.append(h('option', { value: library.id }, `${library.name || library.id} (${library.id})`));
    }
    if (chosen) select.value = chosen;
  }

  async function swap(event) {
    event.preventDefault();
    const form = event.target;
    const message = App.clear(document.getElementById('swap-message'));
    for (const slot of form.querySelectorAll('[data-error-for]')) slot.textContent = '';
    const adapter = form.adapter.value;
    const library = form.library.value.trim();
    if (!library) {
      form.querySelector('[data-error-for="library"]').textContent = t('rule.required');
      return;
    }
    const button = document.getElementById('swap-submit');
    button.disabled = true;
    try {
      const answer = await App.post('/api/adapters/swap', { adapter, library });
      message.append(App.banner('success', t('plugins.swapped'),
        t('plugins.swapped_text', { adapter: answer.adapter || adapter, library: answer.library || library, generation: answer.generation ?? '—' })));
      await load();
    } catch (error) {
      // A refused library: the host's reason, word for word; the adapter keeps its library.
      const reason = (error.body && error.body.error) || App.error_text(error);
      message.append(App.banner('error', error.status === 422 ? t('plugins.refused') : App.error_text(error),
        h('span', { class: 'swap-reason' }, reason), error.status === 422 ? h('div', { class: 'small' }, t('plugins.refused_kept')) : null));
    } finally {
      button.disabled = false;
    }
  }

  App.start({
    page: 'plugins',
    title: 'plugins.title',
    run: async () => {
      try {
        await load();
      } catch (error) {
        if (error.code !== 'missing_right') throw error;
        App.clear(document.getElementById('plugins-page')).append(App.refusal(error.body.right || 'manage_settings', 'settings.refused_title', 'settings.refused_text'));
        return;
      }
      document.getElementById('swap-form').addEventListener('submit', swap);
    },
  });
})();
