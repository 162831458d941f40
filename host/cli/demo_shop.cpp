#include "host/cli/demo_shop.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace host::cli {
namespace {

std::uint16_t free_loopback_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    std::uint16_t port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (fd >= 0) ::close(fd);
    return port;
}

pid_t spawn(const std::vector<std::string>& argv, int stdout_fd) {
    const pid_t pid = ::fork();
    if (pid != 0) return pid;
    ::dup2(stdout_fd, 1);
    std::vector<char*> args;
    for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    ::execv(args[0], args.data());
    ::_exit(127);
}

std::string to_json(const rapidjson::Value& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    value.Accept(out);
    return buffer.GetString();
}

}  // namespace

DemoShop::DemoShop(DemoShopOptions options, std::uint16_t port)
    : options_(std::move(options)), port_(port), client_({}, true) {}

DemoShop::~DemoShop() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
}

host_api::Result<std::unique_ptr<DemoShop>> DemoShop::start(const DemoShopOptions& options) {
    if (!std::filesystem::exists(options.executable))
        return host_api::permanent_error(options.executable.string() + " not found: build the project first");
    std::unique_ptr<DemoShop> shop(new DemoShop(options, free_loopback_port()));
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return host_api::permanent_error("cannot make a pipe for shopify-sim");
    shop->pid_ = spawn({options.executable.string(), "--listen", "127.0.0.1:" + std::to_string(shop->port_), "--shop",
                        options.domain, "--token", options.token, "--client-secret", options.client_secret,
                        "--currency", "UAH", "--ca-out", options.ca_file.string(), "--webhook-url", options.webhook_url},
                       pipe_fds[1]);
    ::close(pipe_fds[1]);
    auto listening = shop->wait_until_listening(pipe_fds[0]);
    ::close(pipe_fds[0]);
    if (!listening) return listening.error();
    return shop;
}

// shopify-sim prints "shopify-sim listening on https://…" once it serves.
host_api::Result<void> DemoShop::wait_until_listening(int stdout_fd) {
    std::string seen;
    pollfd poll_fd{stdout_fd, POLLIN, 0};
    for (int waited = 0; waited < 150 && seen.find("listening on") == std::string::npos; ++waited) {
        if (::poll(&poll_fd, 1, 100) <= 0) continue;
        char buffer[256];
        const auto got = ::read(stdout_fd, buffer, sizeof buffer);
        if (got <= 0) break;
        seen.append(buffer, static_cast<std::size_t>(got));
    }
    if (seen.find("listening on") == std::string::npos)
        return host_api::permanent_error("shopify-sim did not start on port " + std::to_string(port_));
    return host_api::success();
}

host_api::Result<int> DemoShop::post_all(const std::string& kind, const std::string& json_array) {
    rapidjson::Document doc;
    doc.Parse(json_array.c_str());
    if (doc.HasParseError()) return host_api::permanent_error("sample " + kind + " are not JSON");
    int accepted = 0;
    const auto post = [&](const rapidjson::Value& item) {
        host_api::OutboundRequest request;
        request.url = api_url() + "/_sim/" + kind;
        request.headers = {{"Content-Type", "application/json"}};
        request.body = to_json(item);
        request.ca_file = options_.ca_file.string();
        auto response = client_.send(request);
        if (response && response->status >= 200 && response->status < 300) ++accepted;
    };
    if (doc.IsArray()) {
        for (const auto& item : doc.GetArray()) post(item);
    } else {
        post(doc.HasMember("order") ? doc["order"] : doc);
    }
    return accepted;
}

}  // namespace host::cli
