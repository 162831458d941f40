# Writes OUTPUT, a C++ file holding every file of ASSETS_DIR as bytes, so the pages ship
# inside exchange-host (no folder to install beside it). Run by the build whenever a file
# of the folder changes.
file(GLOB asset_files LIST_DIRECTORIES false "${ASSETS_DIR}/*")
list(SORT asset_files)
set(body "")
set(table "")
set(index 0)
foreach(path IN LISTS asset_files)
  get_filename_component(name "${path}" NAME)
  file(READ "${path}" hex HEX)
  string(LENGTH "${hex}" hex_length)
  math(EXPR size "${hex_length} / 2")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  string(APPEND body "const unsigned char asset_${index}[] = {${bytes} 0};\n")
  string(APPEND table "    {\"${name}\", std::string_view(reinterpret_cast<const char*>(asset_${index}), ${size})},\n")
  math(EXPR index "${index} + 1")
endforeach()
file(WRITE "${OUTPUT}.new" "// Made by host/web_pages/embed_assets.cmake from host/web_pages/assets; do not edit.
#include \"host/web_pages/embedded_assets.hpp\"

namespace host::web_pages {
namespace {
${body}}  // namespace

const std::vector<EmbeddedAsset>& embedded_assets() {
    static const std::vector<EmbeddedAsset> assets{
${table}    };
    return assets;
}

}  // namespace host::web_pages
")
# Unchanged text keeps its time stamp, so nothing recompiles for nothing.
file(COPY_FILE "${OUTPUT}.new" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.new")
