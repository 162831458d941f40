#pragma once
// The files of host/web_pages/assets, compiled into the host (embed_assets.cmake).
#include <string_view>
#include <vector>

namespace host::web_pages {

struct EmbeddedAsset {
    std::string_view name;  // the file name, e.g. "orders.html"
    std::string_view bytes;
};

const std::vector<EmbeddedAsset>& embedded_assets();

}  // namespace host::web_pages
