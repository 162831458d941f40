#pragma once
// A sim's command line as "--flag value" pairs: each known flag with the value after it,
// and every problem found on the way, so that one message can list them all.
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

namespace sim::common {

class CommandFlags {
public:
    // Notes an unknown flag and a flag without a value as problems.
    CommandFlags(const std::vector<std::string>& arguments, const std::vector<std::string>& known);

    // Notes "--flag is required" for each of `flags` that is missing or empty.
    void require(std::initializer_list<const char*> flags);
    bool given(const std::string& flag) const { return values_.count(flag) != 0; }
    // Empty when not given.
    std::string value(const std::string& flag) const;

    // One line, ending in "\n".
    void add_problem(const std::string& line) { problems_ += line; }
    const std::string& problems() const { return problems_; }

private:
    std::map<std::string, std::string> values_;
    std::string problems_;
};

}  // namespace sim::common
