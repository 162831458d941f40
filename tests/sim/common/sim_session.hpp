#pragma once
// One HTTPS connection to a local server: TLS handshake, then HTTP/1.1 requests answered
// by the server's handler until the client closes, a timeout passes, or a fault drops the
// connection without an answer.
#include <memory>
#include <optional>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>

#include "tests/sim/common/server_settings.hpp"

namespace sim::common {

class SimSession : public std::enable_shared_from_this<SimSession> {
public:
    // `socket` must run on a strand of its own: every handler of the session runs there.
    // `settings` must outlive the io_context the socket runs on.
    SimSession(boost::asio::ip::tcp::socket&& socket, boost::asio::ssl::context& tls, const ServerSettings& settings);

    void start();

private:
    using Parser = boost::beast::http::request_parser<boost::beast::http::string_body>;
    using Response = boost::beast::http::response<boost::beast::http::string_body>;

    void on_handshake(boost::beast::error_code ec);
    void read_request();
    void on_header(boost::beast::error_code ec, std::size_t bytes);
    void read_body();
    void on_read(boost::beast::error_code ec, std::size_t bytes);
    void answer();
    SimReply reply_to(const host_api::HttpRequest& request) const;
    void on_write(bool close, boost::beast::error_code ec, std::size_t bytes);
    void shut_down();
    void drop();

    boost::beast::ssl_stream<boost::beast::tcp_stream> stream_;
    boost::beast::flat_buffer buffer_;
    std::optional<Parser> parser_;
    boost::beast::http::response<boost::beast::http::empty_body> continue_;
    Response response_;
    const ServerSettings& settings_;
};

}  // namespace sim::common
