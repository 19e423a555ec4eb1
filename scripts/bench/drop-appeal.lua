-- wrk: drop an anonymous appeal as the public page does, with an Idempotency-Key of its own for
-- each drop (the page sends one so that a retry after a lost answer gives the first receipt).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"school":"bench-school","anonymous":true,"categories":["education"],' ..
  '"text":"Биздин класста жылытуу иштебейт, балдар пальточон отурушат. Сураныч, текшергиле."}'

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

local sent = 0
local run = tostring(os.time())
function request()
  sent = sent + 1
  local headers = {}
  for name, value in pairs(wrk.headers) do
    headers[name] = value
  end
  headers["Idempotency-Key"] = run .. "-" .. thread_id .. "-" .. sent
  return wrk.format(nil, nil, headers)
end
