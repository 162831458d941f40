#pragma once
// Deliveries as the plugin hands them to the adapters, for the adapter tests.
#include "host_api/delivery.hpp"

namespace adapter_test {

// Укрпошта to Lviv: a generic carrier.
inline host_api::Delivery ukrposhta() {
    host_api::Delivery delivery;
    delivery.carrier = "Укрпошта";
    delivery.method_code = "ukrposhta-standard";
    delivery.source = "shopify";
    delivery.cost = {7000, "UAH"};
    delivery.recipient = {"Олена Коваленко", "+380671234567", "вул. Січових Стрільців, 3", "Львів", "79000", "Ukraine", "UA"};
    return delivery;
}

// Nova Poshta to a Kyiv branch, the TTN not known yet.
inline host_api::Delivery nova_poshta(const std::string& ttn = "") {
    host_api::Delivery delivery;
    delivery.carrier = "Нова Пошта";
    delivery.method_code = "np-warehouse";
    delivery.source = "shopify";
    delivery.cost = {8000, "UAH"};
    delivery.recipient = {"Олена Коваленко", "+380671234567", "вул. Хрещатик, 22", "Київ", "01001", "Ukraine", "UA"};
    delivery.np_city = "Київ";
    delivery.np_branch = "Відділення №1: вул. Пирогівський шлях, 135";
    delivery.np_ttn = ttn;
    return delivery;
}

}  // namespace adapter_test
