-- wrk load run for POST /api/tickets (see docs/benchmarks.md).
-- Each request opens a real ticket: in-hours, emergency or queued depending on the clock when it runs.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
-- leiloes-basic:demo
wrk.headers["Authorization"] = "Basic bGVpbG9lcy1iYXNpYzpkZW1v"
-- Each ticket's description differs, as real ones do: the knowledge-base search of its view then cannot be answered
-- from the searches remembered for earlier tickets.
local body = [[{"channel":"WHATSAPP_OFFICIAL","type":"INCIDENT","topic":"SOFTWARE_FAILURE","symptom":"SERVER_DOWN","subject":"Servidor fora do ar","description":"Carga de teste %d"}]]
local threads = 0
setup = function(thread)
  threads = threads + 1
  thread:set("first", threads * 100000000 + os.time() % 100000 * 1000)
end
local n
request = function()
  n = (n or first) + 1
  return wrk.format(nil, nil, nil, string.format(body, n))
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d, non-2xx %d\n", summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
  for _, p in ipairs({50, 90, 99, 99.9}) do
    io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
