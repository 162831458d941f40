#pragma once
// What the demo prints once the sample orders arrived: orders, clients, products,
// deliveries, the Nova Poshta tracking update and failed imports, read back from the
// host's own records.
#include <ostream>

#include "host/cli/demo_parcel_receipt.hpp"
#include "host/store/host_store.hpp"

namespace host::cli {

void print_demo_report(store::HostStore& store, const host_api::Result<ParcelReceipt>& receipt, std::ostream& out);

}  // namespace host::cli
