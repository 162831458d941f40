// exchange-host: the reference host's command line (README.md, "The command line").
#include "host/cli/run_cli.hpp"

int main(int argc, char** argv) { return host::cli::run_cli(argc, argv); }
