#pragma once
// What a connected shop is, read when the store connects: its currency against the
// host's (R3: orders in another currency are not imported) and its plan (R25: Basic
// withholds clients' data). Each problem is reported as a notice on the connection, so
// the person who connected the store sees it there, not only in a log.
#include "host_api/host_context.hpp"
#include "plugin/shopify/graphql_client.hpp"

namespace shopify::sync {

host_api::Result<void> check_shop(host_api::HostContext& host, const StoreSettings& store, GraphqlClient& client);

}  // namespace shopify::sync
