#pragma once
// host_api outbound requests -> Beast messages, and Beast responses -> host_api.
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

#include "host/http/outbound_body.hpp"
#include "host/http/outbound_url.hpp"
#include "host_api/http.hpp"
#include "host_api/result.hpp"

namespace host::http {

using OutboundBeastRequest = boost::beast::http::request<boost::beast::http::string_body>;
using OutboundBeastResponse = boost::beast::http::response<OutboundBody>;

// Refuses (permanently) a method or header that would break the request line or the
// framing; the error names the header, never its value. Host and User-Agent are added
// unless given; Content-Length, Transfer-Encoding and Connection are ours to set.
host_api::Result<OutboundBeastRequest> to_beast_request(const OutboundUrl& url,
                                                        const host_api::OutboundRequest& request);

host_api::OutboundResponse to_outbound_response(OutboundBeastResponse&& response);

}  // namespace host::http
