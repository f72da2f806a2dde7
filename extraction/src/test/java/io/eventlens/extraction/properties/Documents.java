package io.eventlens.extraction.properties;

import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.eventlens.extraction.document.SourceFormat;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Generators of documents in the genres the engine reads, made of pieces the annotators react to
 * (names, roles, organisations, dates, times, labels) joined by the artefacts of copied pages
 * (markdown links, curly quotes, broken lines), plus markup and random unicode. Every choice is a
 * draw from QuickTheories' randomness source, so a failing document shrinks towards fewer and
 * simpler pieces (each list starts with its simplest piece).
 */
final class Documents {

    private Documents() {
    }

    private static final List<String> WORDS = List.of(
            "the", "forum", "on", "water", "held", "in", "Lisbon", "was", "opened", "by", "and", "of", "at", "with",
            "Institute", "for", "Soil", "Centre", "Foundation", "University", "Office", "Council", "Mission",
            "Ms.", "Dr.", "Prof.", "Mr.", "H.E.", "Ana", "Ruiz", "Teodor", "Baranyi", "Zo\u00eb", "Okafor-Lindqvist",
            "Director", "Senior", "Fellow", "Ambassador", "Moderator", "Keynote", "Speakers", "panel", "workshop",
            "seminar", "convened", "hosted", "organised", "moderated", "chaired", "spoke", "Room", "Hall", "B",
            "IOG", "(IOG)", "U.S.", "e.g.", "Monday", "Tuesday", "March", "May", "2024", "3", "14", "9-10", "2015",
            "10:00", "3:30", "PM", "a.m.", "\u2013", "\u2014", "-", ",", ".", ";", ":", "(", ")", "'s", "&", "/");

    private static final List<String> PHRASES = List.of(
            "3 May 2024", "May 3\u20134, 2024", "9-10 March 2015", "Tuesday, 14 March", "2024-05-03", "10:00\u201312:30",
            "3:30 - 5:00 PM", "13:40-13:55 Keynote Address by Dr. Ana Ruiz", "Moderator: Ms. Lea Stern, Institute for Soil",
            "Speakers: Mr. Ivo Marek (Office for Rivers); Ms. Ada Quill, Director, Delta Foundation",
            "the Institute for Ocean Governance (IOG)", "Who: Prof. Dmitri Alek", "Time: 3:30 PM", "Place: Hall 4405",
            "Dates: 6 March 2025", "LISBON, 9 October 2024 \u2013", "FOR IMMEDIATE RELEASE", "Posted on 3 May 2024",
            "organised by the Centre for Rivers and the Delta Foundation", "\u201cgreen roofs\u201d", "\u2018quoted\u2019",
            "[the Centre](http://example.org/centre)", "[link](", "](x)", "![logo](logo.png)", "**Date:** 22 May 2025",
            "# Forum on Soil", "## Day 1", "- ", "\u2022 ", "> ", "* ", "`code`", "_it_", "&amp;", "&nbsp;", "&ndash;", "&#8211;", "&#x2014;", "&#55357;", "&bogus;", "&", "&lt;b&gt;", "\r\n",
            "\t", "\u00a0", "\ud83d\ude00", "\ud83d\udc69\ud83c\udffd\u200d\ud83d\udd2c", "\u0645\u0624\u062a\u0645\u0631",
            "\u4e1c\u4eac", "\ufffd", "\u200b", "\u00ad");

    private static final List<String> BREAKS = List.of(" ", "\n", " ", "\n\n", ", ", ". ", "\n   ", "  ");

    /** One piece of text: mostly words, some phrases, a little random unicode, joined by breaks. */
    static Gen<String> piece() {
        Gen<String> word = Generate.pick(WORDS);
        Gen<String> phrase = Generate.pick(PHRASES);
        Gen<String> unicode = strings().allPossible().ofLengthBetween(1, 3);
        Gen<String> content = Generate.frequency(
                org.quicktheories.api.Pair.of(6, word),
                org.quicktheories.api.Pair.of(3, phrase),
                org.quicktheories.api.Pair.of(1, unicode));
        return content.zip(Generate.pick(BREAKS), (text, gap) -> text + gap);
    }

    static Gen<String> prose(int maxPieces) {
        return lists().of(piece()).ofSizeBetween(0, maxPieces).map(pieces -> String.join("", pieces));
    }

    static Gen<GeneratedDocument> plain() {
        return prose(80).map(text -> new GeneratedDocument(SourceFormat.PLAIN, text));
    }

    static Gen<GeneratedDocument> markdown() {
        return prose(80).map(text -> new GeneratedDocument(SourceFormat.MARKDOWN, text));
    }

    static Gen<GeneratedDocument> html() {
        return in -> new GeneratedDocument(SourceFormat.HTML, element(in, 0));
    }

    /** Any string at all (lone surrogates included), read as any format. */
    static Gen<GeneratedDocument> unicode() {
        return Generate.enumValues(SourceFormat.class)
                .zip(strings().allPossible().ofLengthBetween(0, 300), GeneratedDocument::new);
    }

    static Gen<GeneratedDocument> anyDocument() {
        return Generate.oneOf(plain(), markdown(), html(), unicode());
    }

    private static final List<String> TAGS = List.of(
            "p", "div", "span", "b", "a", "li", "ul", "table", "tr", "h1", "h2", "dt", "dd", "dl", "br", "time",
            "script", "style", "nav", "header", "footer", "main", "article", "pre", "em", "strong", "section");
    private static final List<String> ATTRIBUTES = List.of(
            "", " class=\"content\"", " href=\"/events/1\"", " datetime=\"2024-05-03\"", " datetime=\"2024-05-03T10:00\"",
            " class=\"cookie-banner\"", " role=\"navigation\"", " id=\"footer\"", " datetime=\"garbage\"");

    /**
     * An element with text and child elements, sometimes left unclosed; depth-limited. Tables are
     * well formed (text only inside cells): stray text in a table is moved by the HTML parser, a
     * case of its own in {@link OffsetProperties}.
     */
    private static String element(RandomnessSource in, int depth) {
        String tag = TAGS.get((int) in.next(Constraint.between(0, TAGS.size() - 1)));
        String attributes = ATTRIBUTES.get((int) in.next(Constraint.between(0, ATTRIBUTES.size() - 1)));
        if (tag.equals("table") || tag.equals("tr")) {
            return table(in, depth, attributes);
        }
        StringBuilder b = new StringBuilder("<").append(tag).append(attributes).append('>');
        int children = depth >= 4 ? 0 : (int) in.next(Constraint.between(0, 4));
        for (int k = 0; k <= children; k++) {
            b.append(prose(6).generate(in));
            if (k < children) {
                b.append(element(in, depth + 1));
            }
        }
        boolean closed = in.next(Constraint.between(0, 5)) > 0; // mostly closed
        if (closed) {
            b.append("</").append(tag).append('>');
        }
        return b.toString();
    }

    private static String table(RandomnessSource in, int depth, String attributes) {
        StringBuilder b = new StringBuilder("<table").append(attributes).append('>');
        int rows = (int) in.next(Constraint.between(1, 3));
        for (int r = 0; r < rows; r++) {
            b.append("<tr>");
            int cells = (int) in.next(Constraint.between(1, 3));
            for (int c = 0; c < cells; c++) {
                String cell = in.next(Constraint.between(0, 3)) == 0 ? "th" : "td";
                b.append('<').append(cell).append('>').append(prose(6).generate(in));
                if (depth < 4 && in.next(Constraint.between(0, 2)) == 0) {
                    b.append(element(in, depth + 1));
                }
                b.append("</").append(cell).append('>');
            }
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }
}
