#include "plugin/sync/initial_import.hpp"

#include <algorithm>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "plugin/shopify/bulk_file_download.hpp"
#include "plugin/shopify/bulk_orders_file.hpp"
#include "plugin/shopify/graphql_operations.hpp"
#include "plugin/shopify/json_reading.hpp"
#include "plugin/sync/order_memory.hpp"
#include "plugin/sync/reconciler.hpp"

namespace shopify::sync {
namespace {

// Bulk operations take seconds to minutes: looking more often only spends points.
constexpr std::chrono::seconds k_look_every{2};
constexpr std::chrono::minutes k_retry_failed_after{5};
constexpr std::chrono::seconds k_wait_after_error{30};
constexpr std::int64_t k_orders_per_commit = 256;

std::string progress_key(host_api::ConnectionId store) { return state_key("initial", store, "progress"); }

std::string to_json(const InitialImportProgress& progress) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key("state");
    out.String(progress.state);
    out.Key("operation");
    out.String(progress.operation);
    out.Key("imported");
    out.Int64(progress.imported);
    out.Key("total");
    out.Int64(progress.total);
    out.Key("message");
    out.String(progress.message);
    out.EndObject();
    return buffer.GetString();
}

std::string one_variable(const char* name, const std::string& value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> out(buffer);
    out.StartObject();
    out.Key(name);
    out.String(value);
    out.EndObject();
    return buffer.GetString();
}

std::string bulk_query(const std::string& search) {
    std::string query = k_bulk_orders_selection;
    query.replace(query.find("$SEARCH"), 7, search);
    return query;
}

}  // namespace

std::string initial_import_search(host_api::Timestamp since) {
    return "created_at:>='" + host_api::format_iso8601(since) +
           "' AND -fulfillment_status:fulfilled AND -status:cancelled AND -financial_status:refunded";
}

host_api::Result<InitialImportProgress> InitialImport::progress(host_api::ConnectionId store) {
    auto value = host_.state.get(progress_key(store));
    if (!value) return value.error();
    InitialImportProgress progress;
    if (!*value) return progress;
    rapidjson::Document json;
    json.Parse((*value)->c_str());
    if (json.HasParseError() || !json.IsObject()) return progress;
    progress.state = text_at(json, "state");
    progress.operation = text_at(json, "operation");
    progress.imported = whole_number_at(json, "imported");
    progress.total = whole_number_at(json, "total");
    progress.message = text_at(json, "message");
    return progress;
}

host_api::Result<bool> InitialImport::advance(const StoreSettings& store, GraphqlClient& client) {
    const auto now = std::chrono::steady_clock::now();
    if (next_look_[store.connection_id] > now) return false;
    next_look_[store.connection_id] = now + k_look_every;
    auto current = progress(store.connection_id);
    if (!current) return current.error();
    if (current->state == "done") return false;
    const bool starting = current->state.empty() || current->state == "failed";  // a failed one starts anew
    auto stepped = starting ? start(store, client, *current) : look(store, client, *current);
    if (!stepped) {
        next_look_[store.connection_id] = now + k_wait_after_error;  // imports go on meanwhile
        return stepped.error();
    }
    if (current->state == "failed") next_look_[store.connection_id] = now + k_retry_failed_after;
    return current->state == "running";
}

host_api::Result<void> InitialImport::start(const StoreSettings& store, GraphqlClient& client,
                                            InitialImportProgress& progress) {
    const auto since = std::chrono::time_point_cast<std::chrono::seconds>(host_api::now() - k_history);
    auto answer = client.execute(k_bulk_orders_run, k_bulk_orders_run_query,
                                 one_variable("query", bulk_query(initial_import_search(since))), k_mutation_cost);
    if (!answer) return answer.error();
    const auto& payload = answer->document["data"]["bulkOperationRunQuery"];
    std::string refusal;
    if (payload.IsObject() && payload.HasMember("userErrors") && payload["userErrors"].IsArray())
        for (const auto& error : payload["userErrors"].GetArray()) refusal += text_at(error, "message");
    const auto operation = payload.IsObject() && payload.HasMember("bulkOperation")
                               ? text_at(payload["bulkOperation"], "id")
                               : std::string();
    progress = InitialImportProgress{};
    if (!refusal.empty() || operation.empty()) {
        progress.state = "failed";
        progress.message = "Shopify did not start the initial import (" + (refusal.empty() ? "no operation" : refusal) +
                           "); it is asked again in 5 minutes";
    } else {
        // What changes from now on, reconciliation catches; what was before, this file has.
        if (auto begun = Reconciler::begin_at(host_.state, store.connection_id, host_api::now()); !begun) return begun;
        progress.state = "running";
        progress.operation = operation;
        progress.message = "Shopify is collecting the orders of the last 2 months";
        host_.logger->info("store {}: initial import started ({})", store.name, operation);
    }
    if (auto saved = save(store, progress); !saved) return saved.error();
    return report(store, progress);
}

host_api::Result<void> InitialImport::look(const StoreSettings& store, GraphqlClient& client,
                                           InitialImportProgress& progress) {
    auto answer = client.execute(k_bulk_operation_status, k_bulk_operation_status_query,
                                 one_variable("id", progress.operation), 1);
    if (!answer) return answer.error();
    const auto& operation = answer->document["data"]["node"];
    const auto status = text_at(operation, "status");
    if (status == "COMPLETED") {
        progress.total = whole_number_at(operation, "rootObjectCount");
        const auto url = text_at(operation, "url");
        if (url.empty()) {  // no order matched: Shopify gives no file
            progress.state = "done";
            progress.message = "Initial import done: no open orders in the last 2 months";
            if (auto saved = save(store, progress); !saved) return saved.error();
            return report(store, progress);
        }
        return import_file(store, url, progress);
    }
    if (status == "CREATED" || status == "RUNNING") return host_api::success();
    progress.state = "failed";
    progress.message = "the initial import's bulk operation ended " + status +
                       (text_at(operation, "errorCode").empty() ? "" : " (" + text_at(operation, "errorCode") + ")") +
                       "; it starts again in 5 minutes";
    host_.logger->warn("store {}: {}", store.name, progress.message);
    if (auto saved = save(store, progress); !saved) return saved.error();
    return report(store, progress);
}

host_api::Result<void> InitialImport::import_file(const StoreSettings& store, const std::string& url,
                                                  InitialImportProgress& progress) {
    auto file = download_bulk_file(host_.http, url, store.ca_file);
    if (!file) return file.error();
    const BulkOrdersFile orders(file->get());
    progress.total = static_cast<std::int64_t>(orders.size());
    while (progress.imported < progress.total) {
        if (auto batch = import_batch(store, orders, progress); !batch) return batch.error();
        (void)report(store, progress);
    }
    progress.state = "done";
    progress.message = "Initial import done: " + std::to_string(progress.total) + " open orders of the last 2 months";
    host_.logger->info("store {}: {}", store.name, progress.message);
    if (auto saved = save(store, progress); !saved) return saved.error();
    return report(store, progress);
}

// Up to k_orders_per_commit orders of the file in one transaction, the progress written
// with them: one flush to disk for the batch instead of one per order, and a restart
// still resumes after the last order committed. An error rolls the whole batch back.
host_api::Result<void> InitialImport::import_batch(const StoreSettings& store, const BulkOrdersFile& orders,
                                                   InitialImportProgress& progress) {
    auto unit = host_.transactions.begin();
    if (!unit) return unit.error();
    auto facts = importer_.read_host_facts();
    if (!facts) return facts.error();
    auto next = progress;
    const auto end = std::min(progress.total, progress.imported + k_orders_per_commit);
    for (auto i = progress.imported; i < end; ++i) {
        const auto bulk = orders.order(static_cast<std::size_t>(i));
        if (bulk.order) {
            if (auto imported = importer_.import_within(store, *bulk.order, *facts); !imported)
                return imported.error();
        } else if (auto recorded = importer_.record_failure(store, bulk.id, bulk.order.error().message, {});
                   !recorded) {
            return recorded.error();
        }
    }
    next.imported = end;
    next.message = "imported " + std::to_string(next.imported) + " of " + std::to_string(next.total) + " orders";
    if (auto saved = save(store, next); !saved) return saved.error();
    if (auto committed = (*unit)->commit(); !committed) return committed.error();
    progress = next;
    return host_api::success();
}

host_api::Result<void> InitialImport::save(const StoreSettings& store, const InitialImportProgress& progress) {
    return host_.state.put(progress_key(store.connection_id), to_json(progress));
}

host_api::Result<void> InitialImport::report(const StoreSettings& store, const InitialImportProgress& progress) {
    if (progress.total <= 0) return host_.connections.report(store.connection_id, "initial_import", progress.message);
    return host_.connections.report_progress(store.connection_id, "initial_import", progress.message,
                                             {progress.imported, progress.total});
}

}  // namespace shopify::sync
