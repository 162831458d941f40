#pragma once
// The answer of the local Shopify's control routes (/_sim/...) to a request they cannot
// use: 400 with {"error": message}.
#include <string>

#include "tests/sim/common/sim_reply.hpp"

namespace sim::shopify {

common::SimReply control_bad_request(const std::string& message);

}  // namespace sim::shopify
