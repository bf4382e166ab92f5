-- Prints p50/p95/p99 latency in milliseconds, and the count of non-2xx answers, when wrk finishes.
-- Optional: WRK_METHOD, WRK_BODY and a JSON content type for POST endpoints.
local method = os.getenv("WRK_METHOD")
local body = os.getenv("WRK_BODY")
if method then wrk.method = method end
if body then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
wrk.headers["Authorization"] = "Bearer " .. os.getenv("WRK_TOKEN")

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors (non-2xx or socket) %d\n", summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
