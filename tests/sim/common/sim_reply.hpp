#pragma once
// What a route of a local server answers: an HTTP response, or (a fault a test asked for)
// a connection closed without any answer.
#include <string>
#include <utility>

#include "host_api/http.hpp"

namespace sim::common {

struct SimReply {
    host_api::HttpResponse response;
    bool drop_connection = false;
};

inline SimReply json_reply(int status, std::string body) {
    SimReply reply;
    reply.response.status = status;
    reply.response.content_type = "application/json; charset=utf-8";
    reply.response.body = std::move(body);
    return reply;
}

}  // namespace sim::common
