-- wrk script: POST many drafts in turn to /api/checks with the API token, each as a raw text/plain body, the
-- language left to the service. The drafts are the files listed, one path a line, in the file DRAFTS names: your
-- own copy, say, or a folder of published articles (`find FOLDER -type f | sort > drafts.txt`). Each of wrk's
-- threads starts at its own place in the list; PAUSE_MS, if set, makes each connection wait that long between two
-- drafts (a newsroom's pace rather than the most the service takes). Usage (from the project root, with the service running):
--   DRAFTS=drafts.txt FACTCHECK_TOKEN=… wrk -t2 -c8 -d30s --latency -s src/test/resources/load/post-drafts.lua http://127.0.0.1:8080
local bodies = {}
local list = assert(os.getenv("DRAFTS"), "DRAFTS names no file listing the drafts")
for path in io.lines(list) do
  if path ~= "" then
    local f = assert(io.open(path, "rb"))
    bodies[#bodies + 1] = f:read("*a")
    f:close()
  end
end
assert(#bodies > 0, "no draft listed in " .. list)

local headers = {
  ["Content-Type"] = "text/plain; charset=utf-8",
  ["Authorization"] = "Bearer " .. (os.getenv("FACTCHECK_TOKEN") or ""),
}
local threads = 0
local position = 1

function setup(thread)
  threads = threads + 1
  thread:set("start", threads)
end

function init(args)
  position = ((start or 1) - 1) * 7919 % #bodies + 1
end

local pause = tonumber(os.getenv("PAUSE_MS") or "")
if pause then
  function delay()
    return pause
  end
end

function request()
  local body = bodies[position]
  position = position % #bodies + 1
  return wrk.format("POST", "/api/checks?date=2025-11-25", headers, body)
end

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
