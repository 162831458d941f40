#pragma once
// A logger that drops everything: for code under test that needs one and tests that do
// not read what it says.
#include <memory>
#include <string>

#include <spdlog/logger.h>

namespace test_support {

std::shared_ptr<spdlog::logger> quiet_logger(const std::string& name);

}  // namespace test_support
