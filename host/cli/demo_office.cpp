#include "host/cli/demo_office.hpp"

#include "host/cli/commands.hpp"
#include "host/store/order_entry.hpp"

namespace host::cli {
namespace {

const store::EnteredOrder k_counter_orders[] = {
    {"Олена Ковальчук", "067 555 12 34", {{"Мед гречаний 0,5 л", 2, 18500}, {"Подарункова коробка", 1, 6000}}},
    {"Тарас Мельник", "+380 93 777 88 99", {{"Мед липовий 1 л", 1, 32000}}},
    {"Ірина Бондар", "050-111-22-33", {{"Пилок квітковий 200 г", 3, 9500}, {"Віск натуральний", 1, 12000}}},
};

}  // namespace

host_api::Result<void> open_demo_office(store::HostStore& store) {
    for (const auto* login : {"owner", "manager", "cashier"})
        if (auto set = set_employee_password(store, login, k_demo_password); !set) return set;
    for (const auto& order : k_counter_orders)
        if (auto entered = store::enter_order(store, order); !entered) return entered.error();
    return host_api::success();
}

void print_pages_hint(std::ostream& out, const std::string& url) {
    out << "the host's pages: " << url << "/ (sign in as owner, manager or cashier; the demo's password is \""
        << k_demo_password << "\")\n";
}

}  // namespace host::cli
