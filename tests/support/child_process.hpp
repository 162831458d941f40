#pragma once
// Runs a program as a child process, as a user or a script would, capturing what it prints.
#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace test_support {

struct CommandResult {
    int exit_code = -1;  // -1 when killed by a signal or timed out
    std::string out;
    std::string err;
};

// Runs to completion (killed after the timeout).
CommandResult run_command(const std::vector<std::string>& argv,
                          std::chrono::seconds timeout = std::chrono::seconds(60));

// A program left running (a server); killed with SIGKILL at scope end if still running.
class ChildProcess {
public:
    // stdout and stderr go to files in log_dir, readable while it runs.
    ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& log_dir);
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    void signal(int number) const;
    // The exit code once it exits, -1 if a signal ended it or it outlived the timeout.
    int wait(std::chrono::seconds timeout);
    std::string out() const;
    std::string err() const;

private:
    pid_t pid_ = -1;
    std::filesystem::path out_file_;
    std::filesystem::path err_file_;
};

}  // namespace test_support
