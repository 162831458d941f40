#pragma once
// One HTTPS connection to the local Nova Poshta: TLS handshake, then HTTP/1.1 requests
// answered by the route table until the client closes, a timeout passes, or a fault drops
// the connection without an answer.
#include <memory>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include "tests/sim/nova_poshta/route_table.hpp"

namespace sim::nova_poshta {

class SimSession : public std::enable_shared_from_this<SimSession> {
public:
    // `socket` must run on a strand of its own: every handler of the session runs there.
    SimSession(boost::asio::ip::tcp::socket&& socket, boost::asio::ssl::context& tls, const RouteTable& routes);

    void start();

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using Response = boost::beast::http::response<boost::beast::http::string_body>;

    void on_handshake(boost::beast::error_code ec);
    void read_request();
    void on_read(boost::beast::error_code ec, std::size_t bytes);
    void answer();
    void on_write(bool close, boost::beast::error_code ec, std::size_t bytes);
    void shut_down();
    void drop();

    boost::beast::ssl_stream<boost::beast::tcp_stream> stream_;
    boost::beast::flat_buffer buffer_;
    std::optional<Parser> parser_;
    Response response_;
    const RouteTable& routes_;
};

}  // namespace sim::nova_poshta
