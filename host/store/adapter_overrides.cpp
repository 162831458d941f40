#include "host/store/adapter_overrides.hpp"

namespace host::store {

namespace {

constexpr const char* k_override_select = "SELECT adapter_id, library_path, requested_at FROM adapter_overrides ";

AdapterOverride override_from_row(const Statement& row) {
    return {row.column_text(0), row.column_text(1), row.column_time(2)};
}

}  // namespace

host_api::Result<void> AdapterOverrides::set(const std::string& adapter_id, const std::string& library_path) {
    return db_.call("record adapter override", [&]() -> host_api::Result<void> {
        if (adapter_id.empty() || library_path.empty())
            return host_api::permanent_error("record adapter override: adapter id and library path are required");
        db_.prepare(
               "INSERT OR REPLACE INTO adapter_overrides (adapter_id, library_path, requested_at) VALUES (?1, ?2, ?3)")
            .bind_text(1, adapter_id)
            .bind_text(2, library_path)
            .bind_time(3, host_api::now())
            .run();
        return host_api::success();
    });
}

host_api::Result<std::optional<AdapterOverride>> AdapterOverrides::get(const std::string& adapter_id) {
    return db_.call("read adapter override", [&]() -> host_api::Result<std::optional<AdapterOverride>> {
        auto statement = db_.prepare(std::string(k_override_select) + "WHERE adapter_id = ?1");
        statement.bind_text(1, adapter_id);
        if (!statement.step()) return std::optional<AdapterOverride>();
        return std::optional<AdapterOverride>(override_from_row(statement));
    });
}

host_api::Result<std::vector<AdapterOverride>> AdapterOverrides::list() {
    return db_.call("list adapter overrides", [&]() -> host_api::Result<std::vector<AdapterOverride>> {
        auto statement = db_.prepare(std::string(k_override_select) + "ORDER BY adapter_id");
        std::vector<AdapterOverride> overrides;
        while (statement.step()) overrides.push_back(override_from_row(statement));
        return overrides;
    });
}

host_api::Result<void> AdapterOverrides::clear(const std::string& adapter_id) {
    return db_.call("clear adapter override", [&]() -> host_api::Result<void> {
        db_.prepare("DELETE FROM adapter_overrides WHERE adapter_id = ?1").bind_text(1, adapter_id).run();
        return host_api::success();
    });
}

}  // namespace host::store
