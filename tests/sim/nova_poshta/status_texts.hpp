#pragma once
// The Status text Nova Poshta gives each StatusCode (Ukrainian, as the API answers by
// default), for documents the tests create without a text of their own.
#include <string>
#include <string_view>

namespace sim::nova_poshta {

// "" for a code not in the list: the caller then names the status itself.
std::string status_text(std::string_view status_code);

}  // namespace sim::nova_poshta
