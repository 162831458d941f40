#include "host/store/host_settings.hpp"

#include <algorithm>

namespace host::store {

host_api::Result<std::optional<std::string>> HostSettings::get(const std::string& key) {
    return db_.call("read host setting", [&]() -> host_api::Result<std::optional<std::string>> {
        auto statement = db_.prepare("SELECT value FROM host_settings WHERE key = ?1");
        statement.bind_text(1, key);
        if (!statement.step()) return std::optional<std::string>();
        return std::optional<std::string>(statement.column_text(0));
    });
}

host_api::Result<void> HostSettings::set(const std::string& key, const std::string& value) {
    return db_.call("write host setting", [&]() -> host_api::Result<void> {
        db_.prepare("INSERT OR REPLACE INTO host_settings (key, value) VALUES (?1, ?2)")
            .bind_text(1, key)
            .bind_text(2, value)
            .run();
        return host_api::success();
    });
}

host_api::Result<std::string> HostSettings::get_or(const std::string& key, const std::string& fallback) {
    auto value = get(key);
    if (!value) return value.error();
    return value->value_or(fallback);
}

host_api::Result<std::string> HostSettings::currency() { return get_or(k_currency, k_default_currency); }

host_api::Result<void> HostSettings::set_currency(const std::string& code) {
    const bool iso_4217 =
        code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!iso_4217) return host_api::permanent_error("set currency: '" + code + "' is not an ISO 4217 code like UAH");
    return set(k_currency, code);
}

host_api::Result<std::string> HostSettings::public_url() { return get_or(k_public_url, ""); }

host_api::Result<void> HostSettings::set_public_url(const std::string& url) { return set(k_public_url, url); }

}  // namespace host::store
