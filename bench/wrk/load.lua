-- The request and the summary for wrk (bench/load.mjs); answers of 400 and above count as
-- errors (wrk's own rule), like socket errors and timeouts. Environment:
--   BENCH_METHOD, BENCH_HEADERS (name: value lines), and for check-ins BENCH_BADGES (a file,
--   one badge code a line) with BENCH_CLIENT_PREFIX: each request scans a random badge with a
--   fresh clientId, like autocannon's setupRequest did; BENCH_TOKENS (a file, one bearer token a
--   line): each request signs in with the next token in turn (a phone each).
local method = os.getenv("BENCH_METHOD") or "GET"
local headers = {}
for line in (os.getenv("BENCH_HEADERS") or ""):gmatch("[^\n]+") do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  if name then headers[name] = value end
end
local badges = {}
local badgeFile = os.getenv("BENCH_BADGES")
if badgeFile then
  for code in io.lines(badgeFile) do badges[#badges + 1] = code end
end
local tokens = {}
local tokenFile = os.getenv("BENCH_TOKENS")
if tokenFile then
  for token in io.lines(tokenFile) do tokens[#tokens + 1] = "Bearer " .. token end
end
local prefix = os.getenv("BENCH_CLIENT_PREFIX") or "wrk"
local counter = 0
math.randomseed(os.time())

function request()
  if #tokens > 0 then
    counter = counter + 1
    headers["Authorization"] = tokens[1 + counter % #tokens]
  end
  if #badges == 0 then
    return wrk.format(method, nil, headers)
  end
  counter = counter + 1
  local body = string.format('{"badgeCode":"%s","clientId":"%s-%d"}', badges[math.random(#badges)], prefix, counter)
  return wrk.format(method, nil, headers, body)
end

function done(summary, latency)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"p50Us":%d,"p99Us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
