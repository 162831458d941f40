#include "host/cli/demo_server_process.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

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

}  // namespace

host_api::Result<std::unique_ptr<DemoServerProcess>> DemoServerProcess::start(
    const std::filesystem::path& executable, const std::vector<std::string>& arguments) {
    if (!std::filesystem::exists(executable))
        return host_api::permanent_error(executable.string() + " not found: build the project first");
    std::unique_ptr<DemoServerProcess> server(
        new DemoServerProcess(executable.filename().string(), free_loopback_port()));
    int pipe_fds[2];
    if (::pipe(pipe_fds) != 0) return host_api::permanent_error("cannot make a pipe for " + server->name_);
    std::vector<std::string> argv{executable.string(), "--listen", "127.0.0.1:" + std::to_string(server->port_)};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    server->pid_ = spawn(argv, pipe_fds[1]);
    ::close(pipe_fds[1]);
    auto listening = server->wait_until_listening(pipe_fds[0]);
    ::close(pipe_fds[0]);
    if (!listening) return listening.error();
    return server;
}

DemoServerProcess::~DemoServerProcess() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGTERM);
    ::waitpid(pid_, nullptr, 0);
}

// The local servers print "<name> listening on https://…" once they serve; 15 s covers
// making their certificates on a busy machine.
host_api::Result<void> DemoServerProcess::wait_until_listening(int stdout_fd) {
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
        return host_api::permanent_error(name_ + " did not start on port " + std::to_string(port_));
    return host_api::success();
}

}  // namespace host::cli
