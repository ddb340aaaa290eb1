-- POSTs one GraphQL request body (the JSON file named by BENCH_BODY) over and over, and counts the answers
-- that are not a clean success: a non-2xx status, or a 2xx whose body carries GraphQL "errors".
-- done() prints one machine-readable BENCH line that bench/run.sh turns into a table row.

local body_file = os.getenv("BENCH_BODY")
local file = assert(io.open(body_file, "rb"), "BENCH_BODY must name a JSON request body")
local request_body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = request_body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  graphql_errors = 0
  non_2xx = 0
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non_2xx = non_2xx + 1
  elseif body:find('"errors"', 1, true) then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local errors, failed = 0, 0
  for _, thread in ipairs(threads) do
    errors = errors + thread:get("graphql_errors")
    failed = failed + thread:get("non_2xx")
  end
  local socket = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("BENCH requests=%d duration_us=%d p50_us=%d p99_us=%d graphql_errors=%d non_2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), errors, failed, socket))
end
