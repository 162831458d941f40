#include "shipping_adapters/nova_poshta/tracking_status.hpp"

#include <algorithm>
#include <array>

namespace adapters::nova_poshta {

bool is_final_status(std::string_view status_code) {
    static constexpr std::array<std::string_view, 9> k_final = {"2", "3", "9", "11", "102", "103", "105", "106", "108"};
    return std::find(k_final.begin(), k_final.end(), status_code) != k_final.end();
}

}  // namespace adapters::nova_poshta
