#pragma once
// A local server of the demo (shopify-sim, novaposhta-sim) run as a child process on a
// free loopback port. Started once it prints "listening on"; stopped (SIGTERM, then
// waited for) when this object goes.
#include <sys/types.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "host_api/result.hpp"

namespace host::cli {

class DemoServerProcess {
public:
    // Runs `executable --listen 127.0.0.1:PORT arguments...`.
    static host_api::Result<std::unique_ptr<DemoServerProcess>> start(const std::filesystem::path& executable,
                                                                      const std::vector<std::string>& arguments);
    ~DemoServerProcess();
    DemoServerProcess(const DemoServerProcess&) = delete;
    DemoServerProcess& operator=(const DemoServerProcess&) = delete;

    std::uint16_t port() const { return port_; }

private:
    DemoServerProcess(std::string name, std::uint16_t port) : name_(std::move(name)), port_(port) {}
    host_api::Result<void> wait_until_listening(int stdout_fd);

    std::string name_;  // the executable's file name, for messages
    std::uint16_t port_;
    pid_t pid_ = -1;
};

}  // namespace host::cli
