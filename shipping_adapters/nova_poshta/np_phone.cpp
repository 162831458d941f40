#include "shipping_adapters/nova_poshta/np_phone.hpp"

namespace adapters::nova_poshta {

std::string np_phone(std::string_view phone) {
    std::string digits;
    for (const char c : phone)
        if (c >= '0' && c <= '9') digits += c;
    if (digits.size() == 12 && digits.compare(0, 3, "380") == 0) return digits;
    if (digits.size() == 11 && digits.compare(0, 2, "80") == 0) return "3" + digits;
    if (digits.size() == 10 && digits.front() == '0') return "38" + digits;
    if (digits.size() == 9 && digits.front() != '0') return "380" + digits;
    return {};
}

}  // namespace adapters::nova_poshta
