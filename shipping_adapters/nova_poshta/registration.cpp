// What this library offers the host: its ABI signature and the adapter factory.
#include "host_api/export.hpp"
#include "shipping_adapters/nova_poshta/nova_poshta_adapter.hpp"

HOST_API_EXPORT_ADAPTER(adapters::nova_poshta::NovaPoshtaAdapter)
