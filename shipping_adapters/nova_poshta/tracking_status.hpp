#pragma once
// Which Nova Poshta tracking status codes end the tracking of a TTN (R13).
#include <string_view>

namespace adapters::nova_poshta {

// Final, from the StatusCode list of TrackingDocument.getStatusDocuments
// (developers.novaposhta.ua, "Трекінг: статуси"):
//   2   deleted ("Видалено")
//   3   number not found ("Номер не знайдено"): a TTN that does not exist
//   9   received ("Відправлення отримано")
//   11  received, cash-on-delivery transfer paid out
//   106 received, return-delivery waybill created
//   102, 103, 108  refused by the recipient / return ordered
//   105 storage stopped
// 10 (received, the cash-on-delivery transfer still on its way) stays open so that a
// rule on 11 can fire. Every other code, known or not, is still moving.
bool is_final_status(std::string_view status_code);

}  // namespace adapters::nova_poshta
