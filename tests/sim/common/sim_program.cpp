#include "tests/sim/common/sim_program.hpp"

#include <pthread.h>

#include <exception>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace sim::common {

SimProgram::SimProgram(std::string name, ProgramOptions options)
    : name_(std::move(name)), options_(std::move(options)) {
    spdlog::set_default_logger(spdlog::stderr_color_mt(name_));
    spdlog::set_level(spdlog::level::from_str(options_.log_level));

    // A shell starts background jobs with SIGINT ignored, and an ignored signal is
    // discarded rather than kept for sigwait: restore the default first.
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
}

int SimProgram::run(const std::function<void()>& serve) const {
    try {
        serve();
    } catch (const std::exception& e) {
        std::cerr << name_ << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}

void SimProgram::announce(std::uint16_t port, const std::string& ca_pem) const {
    if (!options_.ca_out.empty()) {
        std::ofstream file(options_.ca_out, std::ios::binary | std::ios::trunc);
        file << ca_pem;
        file.close();
        if (!file) throw std::runtime_error("cannot write the CA to " + options_.ca_out.string());
    }
    std::cout << name_ << " listening on https://" << options_.listen.host_as_given << ":" << port << std::endl;
}

void SimProgram::wait_for_signal() const {
    int received = 0;
    sigwait(&signals_, &received);
    spdlog::info("signal {}: stopping", received);
}

int usage_error(const std::string& message) {
    std::cerr << message;
    return 2;
}

}  // namespace sim::common
