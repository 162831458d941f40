#pragma once
// The host's own settings, key -> text: currency (R3) and the public URL platforms reach
// the host at. Typed getters give the default when a key was never set.
#include <optional>
#include <string>

#include "host/store/database.hpp"

namespace host::store {

class HostSettings {
public:
    static constexpr const char* k_currency = "currency";
    static constexpr const char* k_public_url = "public_url";
    static constexpr const char* k_default_currency = "UAH";

    explicit HostSettings(Database& db) : db_(db) {}

    host_api::Result<std::optional<std::string>> get(const std::string& key);
    host_api::Result<void> set(const std::string& key, const std::string& value);

    host_api::Result<std::string> currency();  // "UAH" when unset
    host_api::Result<void> set_currency(const std::string& code);
    // Empty when unset: the runtime then falls back to its own listen address.
    host_api::Result<std::string> public_url();
    host_api::Result<void> set_public_url(const std::string& url);

private:
    host_api::Result<std::string> get_or(const std::string& key, const std::string& fallback);

    Database& db_;
};

}  // namespace host::store
