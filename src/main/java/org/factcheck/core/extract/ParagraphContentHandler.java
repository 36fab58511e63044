package org.factcheck.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factcheck.core.facts.Span;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives Tika's XHTML events and writes the body text with one paragraph per block: headings, paragraphs,
 * list items, table cells and line breaks each end a paragraph; white space inside a paragraph is folded to single
 * spaces; paragraphs are separated by a blank line. The document head (title, metadata) is not body text.
 */
final class ParagraphContentHandler extends DefaultHandler {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "div", "blockquote", "pre", "dt", "dd", "tr", "table", "ul", "ol", "dl", "br", "caption", "title", "hr");

    /** Thrown when the text passes the write limit, or reading the document its time limit. */
    static final class LimitReached extends SAXException {
        private static final long serialVersionUID = 1L;
        /** Whether the limit is on time (else on the text's length). */
        private final boolean time;

        LimitReached(String message, boolean time) {
            super(message);
            this.time = time;
        }

        boolean time() {
            return time;
        }
    }

    /** How many events pass between two looks at the clock. */
    private static final int CLOCK_EVERY = 4096;

    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final int limit;
    private final long deadline;
    private final long seconds;
    private int events;
    private int headDepth;

    /**
     * @param limit   the most characters of text
     * @param seconds the most time the parse may take, in seconds: past it, the next event stops it
     */
    ParagraphContentHandler(int limit, long seconds) {
        this.limit = limit;
        this.seconds = seconds;
        this.deadline = System.nanoTime() + seconds * 1_000_000_000L;
    }

    /** Stops the parse past the deadline, looking at the clock every {@value #CLOCK_EVERY} events. */
    private void tick() throws LimitReached {
        if (++events % CLOCK_EVERY == 0 && System.nanoTime() - deadline > 0) {
            throw new LimitReached("reading the document took more than " + seconds + " s", true);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        tick();
        String name = name(localName, qName);
        if ("head".equals(name) || headDepth > 0) {
            headDepth++;
            return;
        }
        if (BLOCKS.contains(name)) {
            flush();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        tick();
        if (headDepth > 0) {
            headDepth--;
            return;
        }
        if (BLOCKS.contains(name(localName, qName))) {
            flush();
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        tick();
        if (headDepth == 0) {
            paragraph.append(ch, start, length);
            if (paragraph.length() + out.length() > limit + 1024L) {
                flush();
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // Formatting white space between elements is not text.
    }

    @Override
    public void endDocument() throws SAXException {
        flush();
    }

    private void flush() throws SAXException {
        if (paragraph.length() == 0) {
            return;
        }
        String text = org.factcheck.core.text.TextFold.whitespace(paragraph);
        paragraph.setLength(0);
        if (text.isEmpty()) {
            return;
        }
        if (out.length() > 0) {
            out.append("\n\n");
        }
        out.append(text);
        if (out.length() > limit) {
            throw new LimitReached("the text is longer than " + limit + " characters", false);
        }
    }

    private static String name(String localName, String qName) {
        String n = localName != null && !localName.isEmpty() ? localName : qName;
        return n == null ? "" : n.toLowerCase(java.util.Locale.ROOT);
    }

    String text() {
        return out.toString();
    }

    /**
     * The paragraphs of a text this handler wrote (normalised since: composing characters keeps line breaks): each
     * block it flushed, as the blank lines it wrote between them delimit it. A block holds no line break, since its
     * white space was folded.
     */
    static List<Span> paragraphs(String text) {
        List<Span> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf("\n\n", start);
            int stop = end < 0 ? text.length() : end;
            if (stop > start) {
                out.add(Span.of(text, start, stop));
            }
            if (end < 0) {
                break;
            }
            start = end + 2;
        }
        return out;
    }
}
