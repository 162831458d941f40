#include "host/http/loopback_host.hpp"

#include <string>

#include <boost/asio/ip/address.hpp>

#include "host/http/host_pattern.hpp"

namespace host::http {

bool is_loopback_host(std::string_view host) {
    if (host_matches("localhost", host)) return true;
    boost::system::error_code ec;
    const auto address = boost::asio::ip::make_address(std::string(host), ec);
    return !ec && address.is_loopback();
}

}  // namespace host::http
