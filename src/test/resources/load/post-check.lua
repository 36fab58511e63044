-- wrk script: POST the bench article (an 800-word French draft written for this project) to /api/checks with the
-- API token, as a raw text/plain body. Usage (from the project root, with the service running):
--   FACTCHECK_TOKEN=… wrk -t2 -c8 -d30s --latency -s src/test/resources/load/post-check.lua http://127.0.0.1:8080
local f = assert(io.open("src/main/resources/bench/article-fr.txt", "rb"))
local article = f:read("*a")
f:close()
wrk.method = "POST"
wrk.path = "/api/checks?date=2025-11-25&language=fr"
wrk.body = article
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("FACTCHECK_TOKEN") or "")

function response(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
