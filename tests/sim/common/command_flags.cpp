#include "tests/sim/common/command_flags.hpp"

#include <algorithm>

namespace sim::common {

CommandFlags::CommandFlags(const std::vector<std::string>& arguments, const std::vector<std::string>& known) {
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const auto& flag = arguments[i];
        if (std::find(known.begin(), known.end(), flag) == known.end()) {
            problems_ += "unknown option " + flag + "\n";
            continue;
        }
        if (i + 1 == arguments.size()) {
            problems_ += flag + " needs a value\n";
            break;
        }
        values_[flag] = arguments[++i];
    }
}

void CommandFlags::require(std::initializer_list<const char*> flags) {
    for (const char* flag : flags)
        if (value(flag).empty()) problems_ += std::string(flag) + " is required\n";
}

std::string CommandFlags::value(const std::string& flag) const {
    const auto found = values_.find(flag);
    return found == values_.end() ? std::string() : found->second;
}

}  // namespace sim::common
