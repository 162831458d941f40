#include "tests/support/child_process.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <stdexcept>
#include <thread>

#include "tests/support/temp_dir.hpp"
#include "tests/support/text_file.hpp"

namespace test_support {
namespace {

std::atomic<int> g_serial{0};

pid_t spawn(const std::vector<std::string>& argv, const std::filesystem::path& out, const std::filesystem::path& err) {
    const pid_t pid = ::fork();
    if (pid < 0) throw std::runtime_error("fork failed");
    if (pid == 0) {
        const int out_fd = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int err_fd = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int null_fd = ::open("/dev/null", O_RDONLY);
        ::dup2(null_fd, 0);
        ::dup2(out_fd, 1);
        ::dup2(err_fd, 2);
        std::vector<char*> args;
        for (const auto& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    return pid;
}

int wait_for(pid_t pid, std::chrono::seconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        int status = 0;
        const pid_t done = ::waitpid(pid, &status, WNOHANG);
        if (done == pid) return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        if (done < 0) return -1;
        if (std::chrono::steady_clock::now() > deadline) return -2;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
}

// The child opens its files after the fork: until it has, what it wrote is nothing yet.
std::string output_so_far(const std::filesystem::path& file) {
    return std::filesystem::exists(file) ? read_text(file) : std::string();
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& argv, std::chrono::seconds timeout) {
    TempDir logs;
    ChildProcess child(argv, logs.path());
    CommandResult result;
    result.exit_code = child.wait(timeout);
    result.out = child.out();
    result.err = child.err();
    return result;
}

ChildProcess::ChildProcess(const std::vector<std::string>& argv, const std::filesystem::path& log_dir) {
    const auto serial = std::to_string(g_serial.fetch_add(1));
    out_file_ = log_dir / ("child-" + serial + ".out");
    err_file_ = log_dir / ("child-" + serial + ".err");
    pid_ = spawn(argv, out_file_, err_file_);
}

ChildProcess::~ChildProcess() {
    if (pid_ <= 0) return;
    ::kill(pid_, SIGKILL);
    ::waitpid(pid_, nullptr, 0);
}

void ChildProcess::signal(int number) const {
    if (pid_ > 0) ::kill(pid_, number);
}

int ChildProcess::wait(std::chrono::seconds timeout) {
    const int code = wait_for(pid_, timeout);
    if (code == -2) {
        ::kill(pid_, SIGKILL);
        ::waitpid(pid_, nullptr, 0);
        pid_ = -1;
        return -1;
    }
    pid_ = -1;
    return code;
}

std::string ChildProcess::out() const { return output_so_far(out_file_); }
std::string ChildProcess::err() const { return output_so_far(err_file_); }

}  // namespace test_support
