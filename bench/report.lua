-- wrk load run for GET /api/reports/sla (see docs/benchmarks.md, "SLA report"): one month of oobj, as its supervisor.
-- The path (range and groupBy) is the URL given to wrk.
wrk.method = "GET"
wrk.headers["Accept"] = "application/json"
-- oobj-supervisor:demo
wrk.headers["Authorization"] = "Basic b29iai1zdXBlcnZpc29yOmRlbW8="

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, non-2xx %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
