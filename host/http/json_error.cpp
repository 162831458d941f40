#include "host/http/json_error.hpp"

namespace host::http {

host_api::HttpResponse json_error_response(int status, const std::string& message) {
    host_api::HttpResponse response;
    response.status = status;
    response.body = R"({"error":")" + message + R"("})";
    return response;
}

}  // namespace host::http
