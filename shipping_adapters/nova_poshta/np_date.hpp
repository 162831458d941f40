#pragma once
// Dates in Nova Poshta tracking records. One record mixes several formats
// ("26-02-2022 11:08:03", "2022-03-07 12:00:00", "15:16 08.03.2022",
// "08.03.2022 15:16:47", "2022-03-16"), all in Kyiv local time without a zone.
#include <optional>
#include <string_view>

#include "host_api/time.hpp"

namespace adapters::nova_poshta {

// The UTC instant of a Kyiv wall-clock time (EET, UTC+2; EEST, UTC+3, from the last
// Sunday of March to the last Sunday of October, 01:00 UTC, as the EU switches).
host_api::Timestamp kyiv_to_utc(std::chrono::sys_seconds wall_clock);

// nullopt for "" and for any text in none of the formats above (a date alone is midnight).
std::optional<host_api::Timestamp> parse_np_date(std::string_view text);

}  // namespace adapters::nova_poshta
