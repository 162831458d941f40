#include "host/runtime/host_status.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace host::runtime {
namespace {

void write_library(rapidjson::Writer<rapidjson::StringBuffer>& out, const plugins::LibraryStatus& library) {
    out.StartObject();
    out.Key("kind");
    out.String(library.kind);
    out.Key("id");
    out.String(library.id);
    out.Key("name");
    out.String(library.name);
    out.Key("library");
    out.String(library.library);
    out.Key("state");
    out.String(library.state);
    out.Key("reason");
    library.reason.empty() ? out.Null() : out.String(library.reason);
    out.Key("generation");
    out.Uint64(library.generation);
    out.EndObject();
}

}  // namespace

std::string host_status_json(const std::vector<plugins::LibraryStatus>& libraries, const std::string& manifest_error) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("status");
    out.String("ok");
    out.Key("manifest_error");
    manifest_error.empty() ? out.Null() : out.String(manifest_error);
    out.Key("libraries");
    out.StartArray();
    for (const auto& library : libraries) write_library(out, library);
    out.EndArray();
    out.EndObject();
    return buffer.GetString();
}

}  // namespace host::runtime
