#pragma once
// A small HTTPS client for the sim's tests: trusts only the CA the sim generated, checks
// the certificate against the host name, and tells an answer from a dropped connection.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

#include <rapidjson/document.h>

#include "host_api/http.hpp"

namespace sim_test {

struct ClientResponse {
    bool answered = false;  // false: the connection ended without an answer
    std::string error;      // why, then
    int status = 0;
    int interim_status = 0;  // a 1xx that came before the answer, e.g. 100 Continue
    host_api::HttpHeaders headers;
    std::string body;

    std::optional<std::string> header(std::string_view name) const { return host_api::find_header(headers, name); }
    // The body parsed; integers keep every digit.
    rapidjson::Document json() const;
};

struct ClientRequest {
    std::string method = "GET";
    std::string target = "/";
    host_api::HttpHeaders headers;
    std::string body;
    std::string host = "127.0.0.1";  // connected to and verified against the certificate
};

ClientResponse https_request(const std::string& ca_pem, std::uint16_t port, const ClientRequest& request,
                             std::chrono::seconds timeout = std::chrono::seconds(20));

}  // namespace sim_test
