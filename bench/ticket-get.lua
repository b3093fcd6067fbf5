-- wrk script for GET /api/tickets/{id} as the client leiloes-basic (bench/ticket-volume.sh).
wrk.headers["Authorization"] = "Basic bGVpbG9lcy1iYXNpYzpkZW1v"
done = function(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d\n", summary.requests, summary.errors.status))
  for _, p in ipairs({50, 90, 99}) do io.write(string.format("p%s %.1f ms\n", p, latency:percentile(p) / 1000)) end
end
