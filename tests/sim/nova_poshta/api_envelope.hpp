#pragma once
// The envelope of every Nova Poshta API 2.0 answer, keys in the API's order: success,
// data, errors, warnings, info, messageCodes, errorCodes, warningCodes, infoCodes.
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace sim::nova_poshta {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

struct ApiMessages {
    std::vector<std::string> errors;
    std::vector<std::string> error_codes;
    // Plain strings, as in "Invalid DocumentNumber: 445".
    std::vector<std::string> warnings;
    // {"ID_<number>": "text"} objects, as the tracking answers give them.
    std::vector<std::pair<std::string, std::string>> document_warnings;
};

// `data` writes the members of the "data" array; none leaves it empty.
std::string api_envelope(bool success, const std::function<void(JsonWriter&)>& data, const ApiMessages& messages);

// success false, data [], the errors and codes given.
std::string api_refusal(const ApiMessages& messages);

}  // namespace sim::nova_poshta
