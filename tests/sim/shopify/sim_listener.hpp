#pragma once
// The accept loop of the local Shopify: every accepted connection becomes a SimSession on
// a strand of its own.
#include <cstdint>
#include <memory>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/beast/core/error.hpp>

#include "tests/sim/shopify/route_table.hpp"
#include "tests/sim/shopify/sim_stats.hpp"

namespace sim::shopify {

class SimListener : public std::enable_shared_from_this<SimListener> {
public:
    SimListener(boost::asio::io_context& io, boost::asio::ssl::context& tls, const RouteTable& routes, SimStats& stats);

    // Binds and listens; returns the bound port. Throws boost::system::system_error.
    std::uint16_t listen(const boost::asio::ip::tcp::endpoint& endpoint);
    void start();
    // Stops accepting. Safe from any thread.
    void stop();

private:
    void accept();
    void on_accept(boost::beast::error_code ec, boost::asio::ip::tcp::socket socket);

    boost::asio::io_context& io_;
    boost::asio::ssl::context& tls_;
    boost::asio::ip::tcp::acceptor acceptor_;  // on a strand
    const RouteTable& routes_;
    SimStats& stats_;
};

}  // namespace sim::shopify
