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
#include <string>
#include <vector>

#include "tests/sim/common/sim_program.hpp"
#include "tests/sim/nova_poshta/command_line.hpp"
#include "tests/sim/nova_poshta/novaposhta_sim.hpp"

int main(int argc, char** argv) {
    using namespace sim::nova_poshta;
    auto command = parse_command_line(std::vector<std::string>(argv + 1, argv + argc));
    if (!command) return sim::common::usage_error(command.error().message);
    return sim::common::SimProgram("novaposhta-sim", command->program).serve<NovaPoshtaSim>(command->options);
}
