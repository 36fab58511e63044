package org.factcheck.core.extract;

import java.util.Locale;
import java.util.Set;

import org.apache.tika.parser.html.DefaultHtmlMapper;

/**
 * Tika's HTML mapping, but discarding what is not the article: navigation, page header and footer, asides,
 * scripts, styles and forms are dropped with their content.
 */
final class ArticleHtmlMapper extends DefaultHtmlMapper {
    private static final Set<String> DISCARDED = Set.of("NAV", "HEADER", "FOOTER", "ASIDE", "SCRIPT", "STYLE",
            "NOSCRIPT", "TEMPLATE", "FORM", "BUTTON", "SELECT", "TEXTAREA", "IFRAME", "SVG", "CANVAS", "OBJECT");
    private static final Set<String> BLOCKS = Set.of("ARTICLE", "SECTION", "MAIN", "FIGURE", "FIGCAPTION", "CAPTION");

    @Override
    public boolean isDiscardElement(String name) {
        return DISCARDED.contains(name.toUpperCase(Locale.ROOT)) || super.isDiscardElement(name);
    }

    @Override
    public String mapSafeElement(String name) {
        // Sectioning elements are passed on as divisions, so that their text stays in separate paragraphs.
        String upper = name.toUpperCase(Locale.ROOT);
        if (BLOCKS.contains(upper)) {
            return "div";
        }
        if ("BR".equals(upper)) {
            return "br";
        }
        return super.mapSafeElement(name);
    }
}
