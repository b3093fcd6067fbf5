/*
 * SupportFlow's own pages sign in with the Camunda webapps' login, the same as Tasklist's.
 *
 *   SupportFlowSession.start(container) -> Promise of the caller ({userId, groups, tenantIds}),
 *     showing a login form in `container` until the browser is signed in.
 *   SupportFlowSession.api(path, options) -> fetch() to /api with the session; modifying calls carry
 *     the session's CSRF token in X-XSRF-TOKEN, as the API demands.
 *   SupportFlowSession.logout()
 *
 * Camunda's XSRF-TOKEN cookie is scoped to /camunda, out of a page's reach, so the token comes from
 * GET /api/session.
 */
const SupportFlowSession = (() => {
  const CAMUNDA_AUTH = '/camunda/api/admin/auth/user/default';
  let caller = null;

  function tokenIn(cookies) {
    const cookie = cookies.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : null;
  }

  /**
   * A session that already holds a token (Tasklist was opened, nobody logged in) does not send it
   * again; a same-origin frame under /camunda sees the cookie.
   */
  function tokenFromCamundaFrame() {
    return new Promise((resolve) => {
      const frame = document.createElement('iframe');
      frame.hidden = true;
      frame.src = CAMUNDA_AUTH;
      frame.onload = () => {
        const token = tokenIn(frame.contentDocument.cookie);
        frame.remove();
        resolve(token);
      };
      document.body.appendChild(frame);
    });
  }

  async function signedInUser() {
    const response = await fetch(CAMUNDA_AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    return response.ok ? response.json() : null;
  }

  async function loadCaller() {
    const response = await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    caller = response.ok ? await response.json() : null;
    return caller;
  }

  /** Logs in as Tasklist does: a webapp read hands out the CSRF token the login form must send. */
  async function login(username, password) {
    const opened = await fetch(CAMUNDA_AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    // Camunda sends the token in a header when it issues one, and in a cookie scoped to /camunda.
    const token = opened.headers.get('X-XSRF-TOKEN') || (await tokenFromCamundaFrame());
    const response = await fetch(CAMUNDA_AUTH + '/login/tasklist', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token || '' },
      body: new URLSearchParams({ username, password }),
    });
    if (!response.ok) {
      throw new Error(response.status === 401 ? 'Wrong user or password.' : 'Login failed (' + response.status + ').');
    }
    // The login starts a new session: its first webapp read issues that session's token.
    await signedInUser();
    return loadCaller();
  }

  async function logout() {
    await fetch(CAMUNDA_AUTH + '/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-XSRF-TOKEN': (caller && caller.csrfToken) || '' },
    });
    caller = null;
  }

  async function api(path, options = {}) {
    const method = (options.method || 'GET').toUpperCase();
    const headers = new Headers(options.headers || {});
    if (!headers.has('Accept')) {
      headers.set('Accept', 'application/json');
    }
    if (method !== 'GET' && method !== 'HEAD') {
      if (!caller) {
        await loadCaller();
      }
      headers.set('X-XSRF-TOKEN', (caller && caller.csrfToken) || '');
    }
    return fetch(path, { ...options, method, headers, credentials: 'same-origin' });
  }

  function loginForm(container) {
    return new Promise((resolve) => {
      container.innerHTML = '';
      const form = document.createElement('form');
      form.className = 'sf-login';
      form.innerHTML =
        '<h2>Sign in</h2>' +
        '<p>Use your Tasklist login.</p>' +
        '<label>User <input name="username" autocomplete="username" required></label>' +
        '<label>Password <input name="password" type="password" autocomplete="current-password" required></label>' +
        '<button type="submit">Sign in</button>' +
        '<p class="sf-login-error" role="alert"></p>';
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const error = form.querySelector('.sf-login-error');
        error.textContent = '';
        try {
          const signedIn = await login(form.username.value, form.password.value);
          container.innerHTML = '';
          resolve(signedIn);
        } catch (e) {
          error.textContent = e.message;
        }
      });
      container.appendChild(form);
    });
  }

  /** The signed-in caller; a login form in `container` first when the browser is not signed in. */
  async function start(container) {
    if ((await signedInUser()) && (await loadCaller())) {
      return caller;
    }
    return loginForm(container);
  }

  return { start, api, login, logout, caller: () => caller };
})();
