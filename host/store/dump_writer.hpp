#pragma once
// `exchange-host dump <kind>`: one kind of host record as a JSON array, for scripts and
// tests. Money is a decimal string, times ISO 8601, absent values (no origin, no client,
// no category, no product) null; text is written as stored (UTF-8 kept as is). Store
// connections and Nova Poshta settings hold secrets and have no dump.
#include <string>
#include <string_view>

#include "host_api/result.hpp"

namespace host::store {

class HostStore;

// kind: orders | contacts | products | categories | waybills | feed | imports.
// An unknown kind is an Error that names the valid ones.
host_api::Result<std::string> dump_json(HostStore& store, std::string_view kind);

// "orders, contacts, products, categories, waybills, feed, imports"
std::string dump_kinds();

}  // namespace host::store
