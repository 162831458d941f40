#pragma once
// The imports log: one line per platform order the plugin tried to import, with its state
// and, for a failure, the reason (R3, R27). `exchange-host dump imports` prints it.
#include <optional>
#include <string>
#include <vector>

#include "host_api/result.hpp"
#include "host_api/time.hpp"

namespace host_api {

inline constexpr const char* k_import_pending = "pending";
inline constexpr const char* k_import_imported = "imported";
inline constexpr const char* k_import_failed = "failed";

struct ImportRecord {
    std::string store;
    std::string external_id;
    std::string state;   // k_import_pending, k_import_imported or k_import_failed
    std::string reason;  // why it failed; empty otherwise
    int attempts = 0;
    Timestamp updated_at{};
};

class ImportLog {
public:
    virtual ~ImportLog() = default;

    // Inserts or replaces the line of (store, external_id).
    virtual Result<void> record_import(const ImportRecord& record) = 0;
    // One more attempt at (store, external_id), in one write: the line takes this state and
    // reason, the time now, and one attempt more than it had (1 for a new line).
    virtual Result<void> record_attempt(const std::string& store, const std::string& external_id,
                                        const std::string& state, const std::string& reason) = 0;
    virtual Result<std::optional<ImportRecord>> import_record(const std::string& store,
                                                              const std::string& external_id) = 0;
    // Every line with this state, oldest first; an empty state lists all.
    virtual Result<std::vector<ImportRecord>> import_records(const std::string& state) = 0;
};

}  // namespace host_api
