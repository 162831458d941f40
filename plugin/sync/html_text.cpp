#include "plugin/sync/html_text.hpp"

#include <array>
#include <utility>

namespace shopify::sync {
namespace {

bool is_block_tag(std::string_view tag) {
    for (std::string_view block : {"p", "/p", "br", "br/", "div", "/div", "li", "/li", "ul", "/ul", "ol", "/ol", "h1",
                                   "/h1", "h2", "/h2", "h3", "/h3", "tr", "/tr"}) {
        if (tag == block) return true;
    }
    return false;
}

std::string tag_name(std::string_view inside) {
    std::string name;
    for (const char c : inside) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '>') break;
        name += (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
    }
    return name;
}

const std::array<std::pair<std::string_view, std::string_view>, 8> k_entities{{{"&amp;", "&"},
                                                                              {"&lt;", "<"},
                                                                              {"&gt;", ">"},
                                                                              {"&quot;", "\""},
                                                                              {"&#39;", "'"},
                                                                              {"&apos;", "'"},
                                                                              {"&nbsp;", " "},
                                                                              {"&#34;", "\""}}};

void append_collapsed(std::string& out, char c) {
    const bool space = c == ' ' || c == '\t' || c == '\r';
    if (space && (out.empty() || out.back() == ' ' || out.back() == '\n')) return;
    if (c == '\n') {
        while (!out.empty() && out.back() == ' ') out.pop_back();
        if (out.empty() || out.back() == '\n') return;
    }
    out += space ? ' ' : c;
}

}  // namespace

std::string html_to_text(std::string_view html) {
    std::string out;
    for (std::size_t i = 0; i < html.size();) {
        if (html[i] == '<') {
            const auto close = html.find('>', i);
            if (close == std::string_view::npos) break;
            if (is_block_tag(tag_name(html.substr(i + 1, close - i - 1)))) append_collapsed(out, '\n');
            i = close + 1;
            continue;
        }
        if (html[i] == '&') {
            bool decoded = false;
            for (const auto& [entity, text] : k_entities) {
                if (html.substr(i, entity.size()) == entity) {
                    for (const char c : text) append_collapsed(out, c);
                    i += entity.size();
                    decoded = true;
                    break;
                }
            }
            if (decoded) continue;
        }
        append_collapsed(out, html[i] == '\n' ? ' ' : html[i]);
        ++i;
    }
    while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();
    return out;
}

}  // namespace shopify::sync
