#include "shipping_adapters/nova_poshta/tracking_request.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace adapters::nova_poshta {

std::string status_documents_request(const std::string& api_key, const std::vector<TrackingQuery>& documents) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("apiKey");
    out.String(api_key);
    out.Key("modelName");
    out.String("TrackingDocument");
    out.Key("calledMethod");
    out.String("getStatusDocuments");
    out.Key("methodProperties");
    out.StartObject();
    out.Key("Documents");
    out.StartArray();
    for (const auto& document : documents) {
        out.StartObject();
        out.Key("DocumentNumber");
        out.String(document.number);
        out.Key("Phone");
        out.String(document.phone);
        out.EndObject();
    }
    out.EndArray();
    out.EndObject();
    out.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace adapters::nova_poshta
