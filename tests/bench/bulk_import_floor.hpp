#pragma once
// The floor the bulk import is measured against in the same run: the least any program
// must do with the same file on one core. Each JSONL line parsed with RapidJSON, and the
// rows the import writes for each order (the order, its items, a client per new phone, the
// imports log line, the delivery's feed comment, the plugin's state rows: the order, each
// line, the client, the delivery) inserted into a database of the host's
// schema through prepared statements, 1,000 orders per transaction. No lookups beyond a
// map of phones, no decoding into the plugin's types, no rules.
#include <cstddef>
#include <filesystem>
#include <string>

namespace bench {

struct FloorFigures {
    std::size_t orders = 0;
    double seconds = 0;      // wall time
    double cpu_seconds = 0;  // this thread's CPU time: the machine is shared
    double rate() const { return cpu_seconds > 0 ? orders / cpu_seconds : 0; }
};

// `folder` is empty or missing; the database is made there.
FloorFigures measure_bulk_import_floor(const std::string& jsonl, const std::filesystem::path& folder);

}  // namespace bench
