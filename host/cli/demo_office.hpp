#pragma once
// The demo's office: the seeded employees get the sign-in password "demo" (owner has
// every right, manager may open synced orders, cashier neither), and a few orders are
// typed in by hand, so the orders table's Store filter has both kinds (R4).
#include <ostream>

#include "host/store/host_store.hpp"

namespace host::cli {

inline constexpr const char* k_demo_password = "demo";

host_api::Result<void> open_demo_office(store::HostStore& store);

// Where to open the pages and how to sign in.
void print_pages_hint(std::ostream& out, const std::string& url);

}  // namespace host::cli
