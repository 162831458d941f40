#pragma once
// Host record ids. Shopify ids are strings in host records (external_id), never these.
#include <cstdint>

namespace host_api {

using OrderId = std::int64_t;
using OrderTypeId = std::int64_t;
using StatusId = std::int64_t;
using ItemId = std::int64_t;
using ContactId = std::int64_t;
using ProductId = std::int64_t;
using CategoryId = std::int64_t;
using CommentId = std::int64_t;
using WaybillId = std::int64_t;
using EmployeeId = std::int64_t;
using ConnectionId = std::int64_t;

}  // namespace host_api
