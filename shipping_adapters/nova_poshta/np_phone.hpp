#pragma once
// Phones as the Nova Poshta API wants them: 380XXXXXXXXX, digits only.
#include <string>
#include <string_view>

namespace adapters::nova_poshta {

// From E.164 ("+380671234567") or local forms ("067 123 45 67", "80671234567",
// "(67) 123-45-67"); empty when the digits are no Ukrainian number, and the API then
// answers with the shorter record it gives without a phone.
std::string np_phone(std::string_view phone);

}  // namespace adapters::nova_poshta
