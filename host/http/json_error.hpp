#pragma once
// The server's own answers (404, 405, 413, 500...): {"error":"<message>"}.
#include <string>

#include "host_api/http.hpp"

namespace host::http {

// `message` is a fixed text of ours, never client input, so it needs no JSON escaping.
host_api::HttpResponse json_error_response(int status, const std::string& message);

}  // namespace host::http
