#pragma once
// What the demo prints once the sample orders arrived: orders, clients, products,
// deliveries and failed imports, read back from the host's own records.
#include <ostream>

#include "host/store/host_store.hpp"

namespace host::cli {

void print_demo_report(store::HostStore& store, std::ostream& out);

}  // namespace host::cli
