#include "tests/unit/sim/selection_shape.hpp"

#include <set>
#include <stdexcept>

namespace sim_test {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

class Reader {
public:
    explicit Reader(std::string_view text) : text_(text) {}

    std::string next() {
        skip();
        if (at_ >= text_.size()) return "";
        if (text_.substr(at_, 3) == "...") {
            at_ += 3;
            return "...";
        }
        if (!is_name_char(text_[at_])) return std::string(1, text_[at_++]);
        const auto start = at_;
        while (at_ < text_.size() && is_name_char(text_[at_])) ++at_;
        return std::string(text_.substr(start, at_ - start));
    }

    std::string peek() {
        const auto saved = at_;
        auto token = next();
        at_ = saved;
        return token;
    }

    void expect(const std::string& token) {
        const auto got = next();
        if (got != token) throw std::runtime_error("query: expected \"" + token + "\", got \"" + got + "\"");
    }

    void skip_arguments() {
        expect("(");
        int depth = 1;
        while (depth > 0) {
            const auto token = next();
            if (token.empty()) throw std::runtime_error("query: unclosed (");
            if (token == "(") ++depth;
            if (token == ")") --depth;
        }
    }

private:
    void skip() {
        while (at_ < text_.size()) {
            const char c = text_[at_];
            if (c == '#') {
                while (at_ < text_.size() && text_[at_] != '\n') ++at_;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ',') {
                ++at_;
            } else {
                break;
            }
        }
    }

    std::string_view text_;
    std::size_t at_ = 0;
};

void parse_set(Reader& reader, Selection& into) {
    reader.expect("{");
    while (reader.peek() != "}") {
        auto token = reader.next();
        if (token.empty()) throw std::runtime_error("query: unclosed {");
        if (token == "...") {
            reader.expect("on");
            reader.next();  // the type condition
            parse_set(reader, into);
            continue;
        }
        if (reader.peek() == ":") {  // an alias: the answer uses it
            reader.next();
            reader.next();
        }
        auto& field = into.fields[token];
        if (reader.peek() == "(") reader.skip_arguments();
        if (reader.peek() == "{") parse_set(reader, field);
    }
    reader.expect("}");
}

}  // namespace

Selection parse_selection(std::string_view query) {
    Reader reader(query);
    while (reader.peek() != "{") {
        if (reader.peek() == "(") {
            reader.skip_arguments();
        } else if (reader.next().empty()) {
            throw std::runtime_error("query: no selection set");
        }
    }
    Selection root;
    parse_set(reader, root);
    return root;
}

std::vector<std::string> shape_problems(const rapidjson::Value& value, const Selection& selection,
                                        const std::string& path) {
    std::vector<std::string> problems;
    if (value.IsNull()) return problems;
    if (value.IsArray()) {
        int index = 0;
        for (const auto& element : value.GetArray()) {
            auto inner = shape_problems(element, selection, path + "[" + std::to_string(index++) + "]");
            problems.insert(problems.end(), inner.begin(), inner.end());
        }
        return problems;
    }
    if (selection.fields.empty()) {
        if (value.IsObject()) problems.push_back(path + ": an object where a scalar was selected");
        return problems;
    }
    if (!value.IsObject()) {
        problems.push_back(path + ": a scalar where fields were selected");
        return problems;
    }
    std::set<std::string> seen;
    for (const auto& member : value.GetObject()) {
        const std::string name(member.name.GetString(), member.name.GetStringLength());
        seen.insert(name);
        const auto found = selection.fields.find(name);
        if (found == selection.fields.end()) {
            problems.push_back(path + "." + name + ": not selected");
            continue;
        }
        auto inner = shape_problems(member.value, found->second, path + "." + name);
        problems.insert(problems.end(), inner.begin(), inner.end());
    }
    for (const auto& [name, unused] : selection.fields)
        if (!seen.count(name)) problems.push_back(path + "." + name + ": selected but missing");
    return problems;
}

}  // namespace sim_test
