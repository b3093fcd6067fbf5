/* The /reports page: the SLA report of GET /api/reports/sla as charts and a table. */
(() => {
  const COLUMNS = [
    'group', 'tickets', 'firstResponseMet', 'firstResponseBreached', 'resolutionMet', 'resolutionBreached',
    'medianFirstResponseBusinessMinutes', 'p90FirstResponseBusinessMinutes',
  ];
  const $ = (id) => document.getElementById(id);
  let complianceChart;
  let breachesChart;

  function isoDate(date) {
    return date.toISOString().substring(0, 10);
  }

  /** The filters from the address (so a view can be bookmarked), else the last four weeks. */
  function initialFilters() {
    const params = new URLSearchParams(location.search);
    const today = new Date();
    const fourWeeksAgo = new Date(today.getTime() - 28 * 86400000);
    const tomorrow = new Date(today.getTime() + 86400000);
    $('from').value = params.get('from') || isoDate(fourWeeksAgo);
    $('to').value = params.get('to') || isoDate(tomorrow);
    $('groupBy').value = params.get('groupBy') || 'week';
    $('tenant').value = params.get('tenant') || '';
  }

  function query(groupBy) {
    const params = new URLSearchParams({ from: $('from').value, to: $('to').value, groupBy });
    if ($('tenant').value) {
      params.set('tenant', $('tenant').value);
    }
    return '/api/reports/sla?' + params;
  }

  async function fetchReport(groupBy) {
    const response = await SupportFlowSession.api(query(groupBy));
    const body = await response.json();
    if (!response.ok) {
      const fields = (body.errors || []).map((e) => e.field + ': ' + e.message).join('; ');
      throw new Error((body.detail || body.title || response.status) + (fields ? ' (' + fields + ')' : ''));
    }
    return body;
  }

  function percent(met, breached) {
    const decided = met + breached;
    return decided === 0 ? null : Math.round((1000 * met) / decided) / 10;
  }

  function drawCompliance(weekly) {
    complianceChart = complianceChart || echarts.init($('compliance-chart'));
    complianceChart.setOption({
      title: { text: 'Compliance per week (% met of decided)', textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 28 },
      grid: { top: 70 },
      xAxis: { type: 'category', data: weekly.rows.map((r) => r.group) },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [
        { name: 'First response', type: 'line', data: weekly.rows.map((r) => percent(r.firstResponseMet, r.firstResponseBreached)) },
        { name: 'Resolution', type: 'line', data: weekly.rows.map((r) => percent(r.resolutionMet, r.resolutionBreached)) },
      ],
    }, true);
  }

  function drawBreaches(report) {
    breachesChart = breachesChart || echarts.init($('breaches-chart'));
    breachesChart.setOption({
      title: { text: 'Breaches by ' + $('groupBy').value, textStyle: { fontSize: 14 } },
      tooltip: { trigger: 'axis' },
      legend: { top: 28 },
      grid: { top: 70, containLabel: true },
      xAxis: {
        type: 'category',
        data: report.rows.map((r) => r.group),
        // Every group named, however many: a breach count is read against its group.
        axisLabel: { interval: 0, rotate: report.rows.length > 4 ? 30 : 0 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: 'First response breached', type: 'bar', data: report.rows.map((r) => r.firstResponseBreached) },
        { name: 'Resolution breached', type: 'bar', data: report.rows.map((r) => r.resolutionBreached) },
      ],
    }, true);
  }

  function fillTable(report) {
    const body = $('figures').querySelector('tbody');
    body.innerHTML = '';
    report.rows.forEach((row) => {
      const tr = document.createElement('tr');
      COLUMNS.forEach((column) => {
        const td = document.createElement('td');
        td.dataset.column = column;
        td.textContent = row[column] === null ? '' : String(row[column]);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    $('no-sla').textContent = String(report.noSla);
  }

  async function show() {
    $('error').textContent = '';
    const groupBy = $('groupBy').value;
    $('csv').href = query(groupBy);
    try {
      const [weekly, grouped] = await Promise.all([
        fetchReport('week'),
        groupBy === 'week' ? null : fetchReport(groupBy),
      ]);
      const report = grouped || weekly;
      drawCompliance(weekly);
      drawBreaches(report);
      fillTable(report);
      $('report').dataset.loaded = 'true';
    } catch (e) {
      $('error').textContent = e.message;
    }
  }

  async function downloadCsv(event) {
    event.preventDefault();
    const response = await SupportFlowSession.api(query($('groupBy').value), { headers: { Accept: 'text/csv' } });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = 'sla-report-' + $('from').value + '-' + $('to').value + '.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  }

  async function start() {
    const caller = await SupportFlowSession.start($('login'));
    $('user').textContent = caller.userId;
    $('logout').hidden = false;
    $('tenant-field').hidden = !(caller.groups.includes('admins') || caller.tenantIds.length !== 1);
    $('report').hidden = false;
    initialFilters();
    $('filters').addEventListener('submit', (event) => {
      event.preventDefault();
      show();
    });
    $('csv').addEventListener('click', downloadCsv);
    $('logout').addEventListener('click', async () => {
      await SupportFlowSession.logout();
      location.reload();
    });
    window.addEventListener('resize', () => [complianceChart, breachesChart].forEach((c) => c && c.resize()));
    show();
  }

  start();
})();
