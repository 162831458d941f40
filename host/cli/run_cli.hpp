#pragma once

namespace host::cli {

// Parses the global options, finds the command and runs it; returns the exit code.
int run_cli(int argc, char** argv);

}  // namespace host::cli
