#pragma once
// What every sim's main() does around its server: logs on stderr (stdout carries only
// the "listening" line scripts wait for), SIGINT and SIGTERM waited for instead of
// delivered, the CA written where --ca-out says, and the exit codes: 0 after a signal,
// 1 when the server cannot start (the reason on stderr), 2 for a usage error.
#include <signal.h>

#include <cstdint>
#include <functional>
#include <string>

#include "tests/sim/common/program_options.hpp"

namespace sim::common {

class SimProgram {
public:
    // Sets up the logger and blocks the signals: make it before any thread starts, so
    // that every thread inherits the mask.
    SimProgram(std::string name, ProgramOptions options);

    // Starts a `Sim` (port(), ca_pem(), stop()) from `options`, announces it, tells
    // `on_ready`, and stops it after SIGINT or SIGTERM: 0; 1 when it cannot start.
    template <class Sim, class Options>
    int serve(const Options& options, const std::function<void(const Sim&)>& on_ready = {}) const {
        return run([&] {
            Sim sim(options);
            announce(sim.port(), sim.ca_pem());
            if (on_ready) on_ready(sim);
            wait_for_signal();
            sim.stop();
        });
    }

private:
    // 0 when `serve` returns, 1 (the reason on stderr) when it throws.
    int run(const std::function<void()>& serve) const;
    // Writes the CA where asked, then prints "<name> listening on https://HOST:PORT".
    void announce(std::uint16_t port, const std::string& ca_pem) const;
    // Returns once SIGINT or SIGTERM arrives.
    void wait_for_signal() const;

    std::string name_;
    ProgramOptions options_;
    sigset_t signals_;
};

// Prints a usage error (its problems and the usage) on stderr; returns 2, the exit code
// for it.
int usage_error(const std::string& message);

}  // namespace sim::common
