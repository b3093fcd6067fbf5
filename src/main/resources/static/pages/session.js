/*
 * SupportFlow's own pages sign in with the Camunda webapps' login, the same as Tasklist's.
 *
 *   SupportFlowSession.start(container) -> Promise of the caller ({userId, groups, tenantIds}),
 *     showing a login form in `container` until the browser is signed in.
 *   SupportFlowSession.api(path, options) -> fetch() to /api with the session; modifying calls carry
 *     the session's CSRF token in X-XSRF-TOKEN, as the API demands.
 *   SupportFlowSession.logout()
 *
 * Camunda's XSRF-TOKEN cookie is scoped to /camunda, out of a page's reach: a signed-in page reads
 * the token from GET /api/session; the login uses the one Camunda sends in a header when it issues
 * it to the session.
 */
const SupportFlowSession = (() => {
  const CAMUNDA_AUTH = '/camunda/api/admin/auth/user/default';
  let caller = null;

  /** Camunda sends a session's CSRF token in a header once, when it issues it; kept for the login. */
  let issuedToken = null;

  async function signedInUser() {
    const response = await fetch(CAMUNDA_AUTH, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    issuedToken = response.headers.get('X-XSRF-TOKEN') || issuedToken;
    return response.ok ? response.json() : null;
  }

  async function loadCaller() {
    const response = await fetch('/api/session', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    caller = response.ok ? await response.json() : null;
    return caller;
  }

  /**
   * Logs in as Tasklist does, with the CSRF token Camunda issued to this session. A session that got
   * its token earlier (Tasklist opened, nobody signed in) keeps it in a cookie only Camunda's pages
   * read: then the login goes through Tasklist.
   */
  async function login(username, password) {
    await signedInUser();
    const token = issuedToken;
    if (!token) {
      throw new Error('Sign in through Tasklist (/camunda/app/tasklist/), then reload this page.');
    }
    const response = await fetch(CAMUNDA_AUTH + '/login/tasklist', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token || '' },
      body: new URLSearchParams({ username, password }),
    });
    if (!response.ok) {
      throw new Error(response.status === 401 ? 'Wrong user or password.'
        : response.status === 403 ? 'Sign in through Tasklist (/camunda/app/tasklist/), then reload this page.'
          : 'Login failed (' + response.status + ').');
    }
    // The login starts a new session: its first webapp read issues that session's token, which
    // GET /api/session hands out from now on.
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
