#pragma once
// The words of one command line: positional words, and options given as "--name value" or
// "--name=value"; a switch (a name in `switches`, or an option with nothing after it)
// stands alone and reads "true". An option may repeat (--rule A --rule B).
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace host::cli {

class Arguments {
public:
    static Arguments parse(const std::vector<std::string>& words, const std::set<std::string>& switches = {});

    const std::vector<std::string>& positional() const { return positional_; }
    std::optional<std::string> option(const std::string& name) const;  // the last one given
    std::vector<std::string> options(const std::string& name) const;   // every one, in order
    bool has(const std::string& name) const { return options_.count(name) != 0; }
    std::vector<std::string> option_names() const;

private:
    std::vector<std::string> positional_;
    std::map<std::string, std::vector<std::string>> options_;
};

}  // namespace host::cli
