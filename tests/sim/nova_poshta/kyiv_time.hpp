#pragma once
// Times as Nova Poshta writes them in tracking records: Kyiv wall-clock time, without a
// zone, in whichever of its formats the field uses.
#include <string>

#include "host_api/time.hpp"

namespace sim::nova_poshta {

enum class NpDateFormat {
    day_first,   // "26-02-2022 11:08:03"   DateCreated, ScheduledDeliveryDate
    year_first,  // "2022-03-07 12:00:00"   AdjustedDate, TrackingUpdateDate, ActualDeliveryDate
    time_first,  // "15:16 08.03.2022"      DateScan
    dotted,      // "08.03.2022 15:16:47"   RecipientDateTime
    date_only,   // "2022-03-16"            DateFirstDayStorage
};

// Kyiv is UTC+2, UTC+3 from the last Sunday of March to the last Sunday of October.
std::string np_date(host_api::Timestamp utc, NpDateFormat format);

}  // namespace sim::nova_poshta
