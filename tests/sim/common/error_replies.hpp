#pragma once
// What a local server answers on its own, in the error shape of the API it stands in for.
#include "tests/sim/common/sim_reply.hpp"

namespace sim::common {

struct ErrorReplies {
    SimReply not_found;           // no route has the path
    SimReply method_not_allowed;  // a route has the path, for another method
    SimReply internal_error;      // a handler threw
};

}  // namespace sim::common
