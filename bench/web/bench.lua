-- wrk script for bench/web/run: one of five request kinds, counted by status.
--   wrk ... -s bench.lua <url> -- health | ready | static   (/health, /health/ready, /static/app.js)
--   wrk ... -s bench.lua <url> -- dashboard SESSIONS_FILE [PACE_MS]
--   wrk ... -s bench.lua <url> -- login TOKENS_FILE USERS_FILE PASSWORD_URLENCODED
-- SESSIONS_FILE: one "Cookie" header value per line (a signed-in session each); requests rotate
-- over them, every wrk thread from its own starting point. TOKENS_FILE: "csrf cookie<TAB>token"
-- per line, anonymous CSRF pairs from the login page; USERS_FILE: one username per line.
-- PACE_MS > 0 makes each connection wait that long between requests (a steady, not flat-out, load).
-- With BENCH_DELAY set in the environment, a connection answered 503 waits Retry-After before its
-- next request (unless BENCH_IGNORE_RETRY_AFTER is set too), as a browser that retries would.
-- done() prints one line: RESULT kind=... requests=... rps=... p50_ms=... p99_ms=... status=200:n,...

local threads = {}
local next_id = 1

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then
      table.insert(out, line)
    end
  end
  return out
end

local function split_tab(line)
  local a, b = line:match("^([^\t]*)\t(.*)$")
  return a, b
end

function init(args)
  kind = args[1]
  statuses = {}
  pace = 0
  backoff = 0
  retry_ms = 1000
  honour_retry_after = os.getenv("BENCH_DELAY") ~= nil and os.getenv("BENCH_IGNORE_RETRY_AFTER") == nil
  if kind == "dashboard" then
    cookies = lines(args[2])
    pace = tonumber(args[3] or "0")
    i = (id * 7919) % #cookies
  elseif kind == "login" then
    tokens = lines(args[2])
    users = lines(args[3])
    password = args[4]
    i = (id * 7919) % #users
    j = (id * 104729) % #tokens
  end
end

function request()
  if kind == "dashboard" then
    i = i % #cookies + 1
    return wrk.format("GET", "/dashboard", { ["Cookie"] = cookies[i] })
  elseif kind == "login" then
    i = i % #users + 1
    j = j % #tokens + 1
    local cookie, token = split_tab(tokens[j])
    local body = "username=" .. users[i] .. "&password=" .. password .. "&csrfToken=" .. token
    return wrk.format("POST", "/login", {
      ["Cookie"] = cookie,
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }, body)
  elseif kind == "ready" then
    return wrk.format("GET", "/health/ready")
  elseif kind == "static" then
    return wrk.format("GET", "/static/app.js")
  end
  return wrk.format("GET", "/health")
end

-- wrk decides once, before init(), whether requests go through delay(): only when this is set,
-- so that the flat-out phases pay nothing for it.
if os.getenv("BENCH_DELAY") then
  function delay()
    if backoff > 0 then
      backoff = backoff - 1
      return retry_ms
    end
    return pace
  end
end

function response(status, headers, body)
  local key = tostring(status)
  if kind == "login" and status == 303 then
    local location = headers["location"] or headers["Location"]
    if location ~= "/dashboard" then
      key = "303-refused" -- back to the login page: the password was not accepted
    end
  end
  statuses[key] = (statuses[key] or 0) + 1
  if status == 503 and honour_retry_after then
    -- As a browser that retries would: this connection waits Retry-After before its next request.
    retry_ms = 1000 * tonumber(headers["retry-after"] or headers["Retry-After"] or "1")
    backoff = backoff + 1
  end
end

function done(summary, latency, requests)
  local total = {}
  local kind_seen = "health"
  for _, t in ipairs(threads) do
    kind_seen = t:get("kind") or kind_seen
    for status, n in pairs(t:get("statuses") or {}) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    table.insert(parts, status .. ":" .. n)
  end
  table.sort(parts)
  local e = summary.errors
  io.write(string.format(
    "RESULT kind=%s requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f max_ms=%.3f"
      .. " socket_errors=%d status=%s\n",
    kind_seen, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
