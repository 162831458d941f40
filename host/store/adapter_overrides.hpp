#pragma once
// Requests to swap a shipping adapter to another library (R17): a CLI command records
// "adapter X should now load library Y", the running host notices (data_version) and
// applies it, then clears the request.
#include <optional>
#include <string>
#include <vector>

#include "host/store/database.hpp"
#include "host_api/time.hpp"

namespace host::store {

struct AdapterOverride {
    std::string adapter_id;
    std::string library_path;
    host_api::Timestamp requested_at{};
};

class AdapterOverrides {
public:
    explicit AdapterOverrides(Database& db) : db_(db) {}

    // Replaces an earlier request for the same adapter; requested_at is now.
    host_api::Result<void> set(const std::string& adapter_id, const std::string& library_path);
    host_api::Result<std::optional<AdapterOverride>> get(const std::string& adapter_id);
    host_api::Result<std::vector<AdapterOverride>> list();  // by adapter id
    host_api::Result<void> clear(const std::string& adapter_id);

private:
    Database& db_;
};

}  // namespace host::store
