#pragma once
// Orders in the shapes tests, scripts and files hand them over: a bare REST order,
// {"order": …}, {"orders": […]} or a JSON array of orders.
#include <filesystem>
#include <vector>

#include <rapidjson/document.h>

#include "host_api/result.hpp"

namespace sim::shopify {

// The orders inside `json`, in order; empty when it holds none.
std::vector<const rapidjson::Value*> orders_in(const rapidjson::Value& json);

// The whole file parsed; integers keep every digit.
host_api::Result<rapidjson::Document> read_json_file(const std::filesystem::path& path);

}  // namespace sim::shopify
