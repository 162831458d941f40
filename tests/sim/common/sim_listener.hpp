#pragma once
// The accept loop of a local server: every accepted connection becomes a SimSession on a
// strand of its own.
#include <cstdint>
#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/error.hpp>

#include "tests/sim/common/server_settings.hpp"

namespace sim::common {

class SimListener : public std::enable_shared_from_this<SimListener> {
public:
    // `tls` and `settings` must outlive `io`: sessions still pending when it goes use them.
    SimListener(boost::asio::io_context& io, boost::asio::ssl::context& tls, const ServerSettings& settings);

    // Binds and listens; returns the bound port. Throws boost::system::system_error.
    std::uint16_t listen(const boost::asio::ip::tcp::endpoint& endpoint);
    void start();
    // Stops accepting and returns once the socket is closed. Call it while the
    // io_context runs, from any thread but the listener's own.
    void stop();

private:
    void accept();
    void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context& io_;
    boost::asio::ssl::context& tls_;
    boost::asio::ip::tcp::acceptor acceptor_;  // on a strand
    const ServerSettings& settings_;
};

}  // namespace sim::common
