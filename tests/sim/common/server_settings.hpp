#pragma once
// What tells one local server's connections from another's: the name its log lines begin
// with, the largest request body it reads, its own error replies, and what answers every
// request it reads.
#include <cstddef>
#include <functional>
#include <string>

#include "host_api/http.hpp"
#include "tests/sim/common/error_replies.hpp"
#include "tests/sim/common/sim_reply.hpp"

namespace sim::common {

struct ServerSettings {
    std::string name;  // the program's, e.g. "shopify-sim"
    std::size_t body_limit = 1024 * 1024;
    ErrorReplies errors;  // internal_error answers a handler that throws
    // Usually the route table's dispatch, behind whatever the server counts first.
    std::function<SimReply(const host_api::HttpRequest&)> handler;
};

}  // namespace sim::common
