#pragma once
// Beast messages <-> the plain host_api structs that cross the plugin boundary.
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include "host_api/http.hpp"

namespace host::http {

using BeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using BeastResponse = boost::beast::http::response<boost::beast::http::string_body>;

// Path and query split at the first '?'; every header as received; the body untouched.
host_api::HttpRequest to_host_request(BeastRequest&& request);

// A status outside 200..599 becomes 500. Headers that would break the framing (CR/LF in
// a name or value, or Content-Length, Transfer-Encoding, Connection, which the server
// owns) are dropped.
BeastResponse to_beast_response(host_api::HttpResponse&& response, unsigned version, bool keep_alive);

}  // namespace host::http
