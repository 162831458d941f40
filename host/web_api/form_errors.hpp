#pragma once
// The 422 "invalid" answer of every form the pages send: the errors at their fields, each
// with the rule it failed (and its bound), for the page to translate.
#include <vector>

#include "host/connections/settings_validator.hpp"
#include "host_api/http.hpp"

namespace host::web_api {

// `errors` is not empty: its first message is the answer's "error".
host_api::HttpResponse invalid_reply(const std::vector<connections::FieldError>& errors);

}  // namespace host::web_api
