#pragma once
// Runs the built exchange-host on a temp data folder, as a script would.
#include <string>
#include <vector>

#include "tests/support/child_process.hpp"
#include "tests/support/paths.hpp"
#include "tests/support/temp_dir.hpp"

namespace test_support {

inline std::vector<std::string> host_command(const TempDir& data, std::vector<std::string> words) {
    std::vector<std::string> argv{host_executable().string(), "--data", (data / "data").string()};
    argv.insert(argv.end(), words.begin(), words.end());
    return argv;
}

inline CommandResult run_host(const TempDir& data, std::vector<std::string> words) {
    return run_command(host_command(data, std::move(words)));
}

// The options of a valid `stores add`, each of which a test may replace or drop.
inline std::vector<std::string> valid_store(const std::string& name = "Kyiv Flowers",
                                            const std::string& domain = "kyiv-flowers.myshopify.com") {
    return {"stores",         "add",          "--name",        name,
            "--domain",       domain,         "--token",       "shpat_secret_token_1",
            "--client-secret", "client_secret_value_1", "--order-type", "Online order",
            "--identify-by",  "sku"};
}

inline std::vector<std::string> without(std::vector<std::string> words, const std::string& option) {
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == option) words.erase(words.begin() + i, words.begin() + i + 2);
    return words;
}

inline std::vector<std::string> with(std::vector<std::string> words, const std::string& option,
                                     const std::string& value) {
    words = without(std::move(words), option);
    words.push_back(option);
    words.push_back(value);
    return words;
}

}  // namespace test_support
