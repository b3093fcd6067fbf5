/* The /policy/simulate page: an edited table replayed on past tickets by POST /api/policy/simulations. */
(() => {
  const EXAMPLES = 20;
  const $ = (id) => document.getElementById(id);

  function isoDate(date) {
    return date.toISOString().substring(0, 10);
  }

  function text(value) {
    return value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }

  /** "name: value" for each output that differs between the two sides (all when none differ). */
  function differing(from, to) {
    const names = [...new Set([...Object.keys(from), ...Object.keys(to)])];
    const changed = names.filter((name) => text(from[name]) !== text(to[name]));
    return changed.length ? changed : names;
  }

  function outputsCell(outputs, names) {
    const td = document.createElement('td');
    td.textContent = names.map((name) => name + ': ' + text(outputs[name])).join('; ');
    td.title = Object.keys(outputs).map((name) => name + ': ' + text(outputs[name])).join('\n');
    return td;
  }

  function cell(content) {
    const td = document.createElement('td');
    td.textContent = content;
    return td;
  }

  function show(result) {
    $('summary').textContent =
      result.evaluations + ' past evaluations of ' + result.decisionKey + ' (deployed version ' + result.deployedVersion +
      ') between ' + $('result').dataset.from + ' and ' + $('result').dataset.to + '; ' + result.changed +
      ' would decide differently.';
    const transitions = $('transitions').querySelector('tbody');
    transitions.innerHTML = '';
    result.transitions.forEach((transition) => {
      const names = differing(transition.from, transition.to);
      const tr = document.createElement('tr');
      tr.appendChild(cell(String(transition.count)));
      tr.appendChild(outputsCell(transition.from, names));
      tr.appendChild(outputsCell(transition.to, names));
      transitions.appendChild(tr);
    });
    const examples = $('examples').querySelector('tbody');
    examples.innerHTML = '';
    result.changes.slice(0, EXAMPLES).forEach((change) => {
      const tr = document.createElement('tr');
      tr.appendChild(cell(change.ticketId));
      tr.appendChild(cell(new Date(change.evaluatedAt).toLocaleString()));
      tr.appendChild(cell(Object.keys(change.inputs).map((name) => name + ': ' + text(change.inputs[name])).join('; ')));
      tr.appendChild(cell(change.before.matchedRules.join(', ')));
      tr.appendChild(cell(change.after.matchedRules.join(', ')));
      examples.appendChild(tr);
    });
    $('result').hidden = false;
    $('result').dataset.loaded = 'true';
  }

  async function simulate(event) {
    event.preventDefault();
    $('error').textContent = '';
    $('result').hidden = true;
    delete $('result').dataset.loaded;
    // Plain dates: the API takes each as the start of that day in the tenant's zone, as the report does.
    const from = $('from').value;
    const to = $('to').value;
    const form = new FormData();
    form.append('file', $('file').files[0]);
    form.append('from', from);
    form.append('to', to);
    if ($('tenant').value) {
      form.append('tenant', $('tenant').value);
    }
    $('result').dataset.from = from;
    $('result').dataset.to = to;
    try {
      const response = await SupportFlowSession.api('/api/policy/simulations', { method: 'POST', body: form });
      const body = await response.json();
      if (!response.ok) {
        const fields = (body.errors || []).map((e) => e.field + ': ' + e.message).join('; ');
        throw new Error(fields || body.detail || body.title || String(response.status));
      }
      show(body);
    } catch (e) {
      $('error').textContent = e.message;
    }
  }

  async function start() {
    const caller = await SupportFlowSession.start($('login'));
    $('user').textContent = caller.userId;
    $('logout').hidden = false;
    $('tenant-field').hidden = !(caller.groups.includes('admins') || caller.tenantIds.length !== 1);
    // The range from the address (?from=2026-11-01&to=2026-12-01), else the last 30 days.
    const params = new URLSearchParams(location.search);
    const today = new Date();
    $('from').value = params.get('from') || isoDate(new Date(today.getTime() - 30 * 86400000));
    $('to').value = params.get('to') || isoDate(new Date(today.getTime() + 86400000));
    $('tenant').value = params.get('tenant') || '';
    $('simulation').hidden = false;
    $('upload').addEventListener('submit', simulate);
    $('logout').addEventListener('click', async () => {
      await SupportFlowSession.logout();
      location.reload();
    });
  }

  start();
})();
