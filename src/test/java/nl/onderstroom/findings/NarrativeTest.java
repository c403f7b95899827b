package nl.onderstroom.findings;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The narrative's markup: paragraphs, bold, italic and lists render; nothing that runs ever does. */
class NarrativeTest {

    @Test
    void paragraphs_bold_italic_and_lists_render_as_markup() {
        String html = Narrative.toHtml("Every door is **open**, yet *each* department\nworks alone.\n\n"
                + "- Sales\n- Operations\n\n1. Name it\n2. Start together");
        assertThat(html).isEqualTo("<p>Every door is <strong>open</strong>, yet <em>each</em> department<br>works"
                + " alone.</p><ul><li>Sales</li><li>Operations</li></ul><ol><li>Name it</li><li>Start together</li></ol>");
    }

    @Test
    void the_plain_text_keeps_the_words_without_markup() {
        assertThat(Narrative.toText("**Open** doors\n\n- one\n- two")).isEqualTo("Open doors\n\none\ntwo");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "**<svg onload=alert(1)>**",
            "- <iframe src=javascript:alert(1)></iframe>",
            "*<b onmouseover=alert(1)>x</b>*",
            "[click](javascript:alert(1))",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
            "<scr<script>ipt>alert(1)</script>",
            "\"><script>alert(1)</script>",
    })
    void hostile_input_renders_as_text_and_never_as_a_script_handler_or_link(String hostile) {
        String html = Narrative.toHtml("Intro\n\n" + hostile);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("script, img, a, svg, iframe, b, object, embed, style")).isEmpty();
        for (Element e : doc.body().children().select("*")) {
            assertThat(e.tagName()).isIn("p", "strong", "em", "ul", "ol", "li", "br");
            assertThat(e.attributes().size()).as(e.tagName()).isZero();
        }
        // handlers and javascript: may only appear as escaped text, never inside a tag
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainPattern("<[^>]*(on\\w+=|javascript:)");
        // the words are still there for the reader, as text
        assertThat(doc.body().text()).contains("alert(1)");
    }

    @Test
    void a_script_tag_is_shown_as_typed() {
        Document doc = Jsoup.parseBodyFragment(Narrative.toHtml("a <script>x</script> b"));
        assertThat(doc.body().text()).isEqualTo("a <script>x</script> b");
    }
}
