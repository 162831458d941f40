#include <catch2/catch.hpp>

#include "plugin/sync/html_text.hpp"

using shopify::sync::html_to_text;

TEST_CASE("R19 a product's HTML description becomes plain text") {
    CHECK(html_to_text("<p>Гречаний мед.</p><p>Врожай 2026 &amp; без цукру.</p>") == "Гречаний мед.\nВрожай 2026 & без цукру.");
    CHECK(html_to_text("<ul><li>Чебрець</li><li>М'ята</li></ul>") == "Чебрець\nМ'ята");
    CHECK(html_to_text("<b>Bold</b>   and\n  <i>italic</i>") == "Bold and italic");
    CHECK(html_to_text("") == "");
    CHECK(html_to_text("a &lt;b&gt; &quot;c&quot;") == "a <b> \"c\"");
}
