'use strict';
// Sign-in for employees: on success back to the page that sent them here.

(() => {
  const { h, t } = App;

  // Only a path on this host: "next" must not send a signed-in employee to another site.
  function next_address() {
    const next = new URLSearchParams(location.search).get('next') || '';
    return /^\/(?![/\\])/.test(next) && !next.startsWith('/signin') ? next : '/orders';
  }

  function show(kind, text) {
    const box = document.getElementById('signin-message');
    App.clear(box);
    if (text) box.append(App.banner(kind, null, text));
  }

  async function start() {
    document.documentElement.lang = I18n.language();
    App.apply_static_texts(document);
    App.set_title('signin.title');
    App.render_header('signin', null);
    // Already signed in (another tab, or the back button): nothing to do here.
    const session = await App.get('/api/session', { keep_401: true }).catch(() => null);
    if (session) {
      App.remember_csrf(session.csrf);
      location.replace(next_address());
      return;
    }
    if (new URLSearchParams(location.search).has('next')) show('info', t('signin.signed_out'));
    const form = document.getElementById('signin-form');
    const submit = document.getElementById('signin-submit');
    document.getElementById('login').focus();
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const login = form.login.value.trim();
      const password = form.password.value;
      if (!login || !password) {
        show('error', t('signin.fill_both'));
        return;
      }
      submit.disabled = true;
      try {
        const session = await App.post('/api/session', { login, password }, { keep_401: true });
        App.remember_csrf(session.csrf);
        location.assign(next_address());
      } catch (error) {
        form.password.value = '';
        show('error', App.error_text(error));
        submit.disabled = false;
      }
    });
  }

  start();
})();
