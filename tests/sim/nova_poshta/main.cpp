// novaposhta-sim: a local Nova Poshta API for tests, scripts and the demo. It speaks
// HTTPS only, with a CA and a server certificate (localhost, 127.0.0.1, ::1,
// api.novaposhta.ua) made at start.
//
//   novaposhta-sim --listen HOST:PORT --api-key K [--ca-out FILE] [--documents FILE]
//                  [--log-level debug|info|warn|error]
//
//   --listen     address and port (port 0: any free port; the line below shows it)
//   --api-key    the API key it accepts; any other gets "API auth fail"
//   --ca-out     writes the CA certificate (PEM) there for clients to trust
//   --documents  a JSON file of TTNs to know from the start: what POST /_sim/documents
//                takes (one object or an array)
//   --log-level  debug logs every request (method, path, status; never a body)
//
// The API is POST https://HOST:PORT/v2.0/json/ (TrackingDocument.getStatusDocuments);
// the control API is under /_sim/ (control_api.hpp). When ready it prints exactly one
// line on stdout, "novaposhta-sim listening on https://HOST:PORT", and runs until SIGINT
// or SIGTERM. Exit codes: 0 after a signal, 1 when it cannot start (reason on stderr),
// 2 for a usage error.
#include <pthread.h>
#include <signal.h>

#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include "tests/sim/nova_poshta/command_line.hpp"
#include "tests/sim/nova_poshta/novaposhta_sim.hpp"

int main(int argc, char** argv) {
    using namespace sim::nova_poshta;
    auto command = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!command) {
        std::cerr << command.error().message << k_usage;
        return 2;
    }
    // Logs go to stderr: stdout carries only the "listening" line scripts wait for.
    spdlog::set_default_logger(spdlog::stderr_color_mt("novaposhta-sim"));
    spdlog::set_level(spdlog::level::from_str(command->log_level));

    // Blocked before any thread starts, so every thread inherits the mask and the signals
    // wait for sigwait below.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    try {
        NovaPoshtaSim sim(command->options);
        if (!command->ca_out.empty()) {
            std::ofstream file(command->ca_out, std::ios::binary | std::ios::trunc);
            file << sim.ca_pem();
            file.close();
            if (!file) throw std::runtime_error("cannot write the CA to " + command->ca_out.string());
        }
        std::cout << "novaposhta-sim listening on https://" << command->listen_host << ":" << sim.port() << std::endl;
        int received = 0;
        sigwait(&signals, &received);
        spdlog::info("signal {}: stopping", received);
        sim.stop();
    } catch (const std::exception& e) {
        std::cerr << "novaposhta-sim: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
