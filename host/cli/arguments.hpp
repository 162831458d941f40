#pragma once
// The words of one command line: positional words, and options given as "--name value",
// "--name=value" or a bare "--name" (a switch). An option may repeat (--rule A --rule B).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace host::cli {

class Arguments {
public:
    static Arguments parse(const std::vector<std::string>& words);

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
