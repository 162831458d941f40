// What this library offers the host: its ABI signature and the plugin factory.
#include "host_api/export.hpp"
#include "plugin/shopify_plugin.hpp"

HOST_API_EXPORT_PLUGIN(shopify::ShopifyPlugin)
