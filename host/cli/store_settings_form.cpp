#include "host/cli/store_settings_form.hpp"

#include <algorithm>

#include "host/cli/host_options_from_arguments.hpp"

namespace host::cli {
namespace {

std::string field_name(std::string option) {
    std::replace(option.begin(), option.end(), '-', '_');
    return option;
}

}  // namespace

std::string option_name(const std::string& field) {
    std::string option = field;
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
}

host_api::Result<runtime::SettingsValidator> settings_validator_for(const plugins::Manifest& manifest,
                                                                    store::HostStore& store) {
    auto types = store.orders().order_types();
    if (!types) return types.error();
    std::vector<std::string> names;
    for (const auto& type : *types) names.push_back(type.name);
    return runtime::SettingsValidator::create(manifest.settings_schema, {{"order_types", names}});
}

host_api::Result<StoreSettingsForm> read_store_settings(const CliContext& context, store::HostStore& store) {
    auto manifest = plugins::load_manifest(manifest_path_from(context));
    if (!manifest) return manifest.error();
    auto validator = settings_validator_for(*manifest, store);
    if (!validator) return validator.error();
    StoreSettingsForm form{std::move(*manifest), std::move(*validator), rapidjson::Document(), {}};
    form.settings.SetObject();
    auto& allocator = form.settings.GetAllocator();
    for (const auto& option : context.arguments.option_names()) {
        if (std::find(k_non_setting_options.begin(), k_non_setting_options.end(), option) != k_non_setting_options.end())
            continue;
        const auto value = *context.arguments.option(option);
        form.settings.AddMember(rapidjson::Value(field_name(option).c_str(), allocator),
                                rapidjson::Value(value.c_str(), allocator), allocator);
    }
    form.errors = form.validator.validate(form.settings);
    return form;
}

}  // namespace host::cli
