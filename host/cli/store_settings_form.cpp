#include "host/cli/store_settings_form.hpp"

#include <algorithm>

#include "host/cli/host_options_from_arguments.hpp"

namespace host::cli {
namespace {

std::string field_name(std::string option) {
    std::replace(option.begin(), option.end(), '-', '_');
    return option;
}

// Command-line words are text; a field the schema types as an integer gets a number when
// the text is one (otherwise the text, which the validator then refuses at the field).
rapidjson::Value typed_value(const std::string& type, const std::string& text,
                             rapidjson::Document::AllocatorType& allocator) {
    const bool digits = !text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string::npos;
    if (type == "integer" && digits) return rapidjson::Value(static_cast<std::int64_t>(std::stoll(text)));
    return rapidjson::Value(text.c_str(), allocator);
}

}  // namespace

std::string option_name(const std::string& field) {
    std::string option = field;
    std::replace(option.begin(), option.end(), '_', '-');
    return option;
}

host_api::Result<StoreSettingsForm> read_store_settings(const CliContext& context, store::HostStore& store) {
    auto manifest = plugins::load_manifest(manifest_path_from(context));
    if (!manifest) return manifest.error();
    auto forms = connections::ConnectionForms::create(*manifest, store);
    if (!forms) return forms.error();
    StoreSettingsForm form{std::move(*manifest), std::move(*forms), rapidjson::Document()};
    form.settings.SetObject();
    auto& allocator = form.settings.GetAllocator();
    for (const auto& option : context.arguments.option_names()) {
        if (std::find(k_non_setting_options.begin(), k_non_setting_options.end(), option) !=
            k_non_setting_options.end())
            continue;
        const auto value = *context.arguments.option(option);
        const auto field = field_name(option);
        form.settings.AddMember(rapidjson::Value(field.c_str(), allocator),
                                typed_value(form.forms.validator().type_of(field), value, allocator), allocator);
    }
    return form;
}

}  // namespace host::cli
