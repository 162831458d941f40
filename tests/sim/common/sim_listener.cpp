#include "tests/sim/common/sim_listener.hpp"

#include <future>

#include <spdlog/spdlog.h>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core/bind_handler.hpp>

#include "tests/sim/common/sim_session.hpp"

namespace sim::common {
namespace net = boost::asio;
namespace beast = boost::beast;
using tcp = boost::asio::ip::tcp;

SimListener::SimListener(net::io_context& io, net::ssl::context& tls, const ServerSettings& settings)
    : io_(io), tls_(tls), acceptor_(net::make_strand(io)), settings_(settings) {}

std::uint16_t SimListener::listen(const tcp::endpoint& endpoint) {
    acceptor_.open(endpoint.protocol());
    acceptor_.set_option(net::socket_base::reuse_address(true));
    acceptor_.bind(endpoint);
    acceptor_.listen(net::socket_base::max_listen_connections);
    return acceptor_.local_endpoint().port();
}

void SimListener::start() {
    net::dispatch(acceptor_.get_executor(), beast::bind_front_handler(&SimListener::accept, shared_from_this()));
}

void SimListener::stop() {
    // Waits for the close: the io_context may be stopped right after, and a listening
    // socket nobody accepts on would leave clients hanging instead of refused.
    std::promise<void> closed;
    net::dispatch(acceptor_.get_executor(), [self = shared_from_this(), &closed] {
        beast::error_code ignored;
        self->acceptor_.close(ignored);
        closed.set_value();
    });
    closed.get_future().wait();
}

void SimListener::accept() {
    acceptor_.async_accept(net::make_strand(io_),
                           beast::bind_front_handler(&SimListener::on_accept, shared_from_this()));
}

void SimListener::on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
    if (ec) {
        spdlog::warn("{} accept failed: {}", settings_.name, ec.message());
    } else {
        std::make_shared<SimSession>(std::move(socket), tls_, settings_)->start();
    }
    accept();
}

}  // namespace sim::common
