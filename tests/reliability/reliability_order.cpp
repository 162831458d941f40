#include "tests/reliability/reliability_order.hpp"

namespace reliability {

std::int64_t order_id(std::int64_t first_id, int n) { return first_id + n; }

std::string order_json(std::int64_t id) {
    const auto n = std::to_string(id);
    const auto client = std::to_string(id % 500);
    const auto phone = "067" + std::to_string(2000000 + id % 500);
    const auto honey = std::to_string(id % 200);
    return R"({"id":)" + n + R"(,"name":"#)" + n + R"(","currency":"UAH","total_price":"860.00",)" +
           R"("created_at":"2026-11-27T09:00:00+02:00","updated_at":"2026-11-27T09:00:00+02:00",)" +
           R"("customer":{"id":)" + std::to_string(900000 + id % 500) +
           R"(,"first_name":"Олена","last_name":"Коваленко )" + client + R"(","phone":")" + phone + R"("},)" +
           R"("shipping_lines":[{"title":")" + k_carrier + R"(","code":"ukrposhta","price":"70.00"}],)" +
           R"("shipping_address":{"first_name":"Олена","last_name":"Коваленко","address1":"вул. Садова, 3",)" +
           R"("city":"Київ","country":"Ukraine","country_code":"UA","phone":")" + phone + R"("},)" +
           R"("line_items":[{"id":)" + n + R"(1,"name":"Мед )" + honey + R"(","title":"Мед )" + honey +
           R"(","sku":"HONEY-)" + honey + R"(","quantity":2,"price":"245.00","product_id":)" +
           std::to_string(81000 + id % 200) + R"(,"variant_id":)" + std::to_string(47000 + id % 200) +
           R"(,"variant_title":""},{"id":)" + n + R"(2,"name":"Віск","title":"Віск","sku":"WAX-1",)" +
           R"("quantity":1,"price":"300.00","product_id":82000,"variant_id":48000,"variant_title":""}]})";
}

}  // namespace reliability
