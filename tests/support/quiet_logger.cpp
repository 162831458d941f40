#include "tests/support/quiet_logger.hpp"

#include <spdlog/sinks/null_sink.h>

namespace test_support {

std::shared_ptr<spdlog::logger> quiet_logger(const std::string& name) {
    return std::make_shared<spdlog::logger>(name, std::make_shared<spdlog::sinks::null_sink_mt>());
}

}  // namespace test_support
