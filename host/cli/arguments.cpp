#include "host/cli/arguments.hpp"

namespace host::cli {

Arguments Arguments::parse(const std::vector<std::string>& words, const std::set<std::string>& switches) {
    Arguments arguments;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (word.rfind("--", 0) != 0 || word.size() == 2) {
            arguments.positional_.push_back(word);
            continue;
        }
        const auto equals = word.find('=');
        if (equals != std::string::npos) {
            arguments.options_[word.substr(2, equals - 2)].push_back(word.substr(equals + 1));
        } else if (switches.count(word.substr(2)) == 0 && i + 1 < words.size() && words[i + 1].rfind("--", 0) != 0) {
            arguments.options_[word.substr(2)].push_back(words[++i]);
        } else {
            arguments.options_[word.substr(2)].push_back("true");
        }
    }
    return arguments;
}

std::optional<std::string> Arguments::option(const std::string& name) const {
    const auto found = options_.find(name);
    if (found == options_.end() || found->second.empty()) return std::nullopt;
    return found->second.back();
}

std::vector<std::string> Arguments::options(const std::string& name) const {
    const auto found = options_.find(name);
    return found == options_.end() ? std::vector<std::string>{} : found->second;
}

std::vector<std::string> Arguments::option_names() const {
    std::vector<std::string> names;
    for (const auto& [name, values] : options_) names.push_back(name);
    return names;
}

}  // namespace host::cli
