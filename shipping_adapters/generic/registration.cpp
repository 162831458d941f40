// What this library offers the host: its ABI signature and the adapter factory.
#include "host_api/export.hpp"
#include "shipping_adapters/generic/generic_adapter.hpp"

HOST_API_EXPORT_ADAPTER(adapters::generic::GenericAdapter)
