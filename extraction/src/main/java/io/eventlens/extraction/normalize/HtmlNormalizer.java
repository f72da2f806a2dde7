package io.eventlens.extraction.normalize;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.TextBuilder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into text with jsoup, tracking where every character came from.
 *
 * <p>Boilerplate is dropped: scripts and styles, navigation, page headers and footers outside the
 * main content, cookie and consent banners, breadcrumbs, sharing widgets, and sections headed
 * "See also", "Related ...", "More events" and the like (events only listed as links are not the
 * page's events). Block elements become line breaks (paragraphs and headings a blank line), a
 * definition term or table header and its value become one "Label: value" line, whitespace runs
 * become one space. Headings, list items, labels, emphasis and links are kept as {@link Markup};
 * {@code <time datetime>} values as {@link TimeElement}s.
 */
final class HtmlNormalizer {

    private static final Set<String> DROPPED_TAGS = Set.of(
            "script", "style", "noscript", "template", "svg", "head", "nav", "iframe", "form", "button", "select",
            "input", "textarea", "canvas", "object", "embed", "map", "audio", "video", "picture", "img", "title",
            "meta", "link", "dialog");
    private static final Set<String> PARAGRAPH_BLOCKS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "dl", "section", "article", "main", "header",
            "footer", "aside", "blockquote", "pre", "figure", "hr", "address", "fieldset", "details");
    private static final Set<String> LINE_BLOCKS = Set.of(
            "div", "li", "dt", "dd", "tr", "br", "caption", "figcaption", "summary", "legend", "body", "html",
            "center", "tbody", "thead", "tfoot", "menu", "option");
    /** Class/id words that mark page furniture rather than content. */
    private static final Set<String> BOILERPLATE_WORDS = Set.of(
            "cookie", "cookies", "consent", "gdpr", "breadcrumb", "breadcrumbs", "crumbs", "share",
            "sharing", "social", "newsletter", "subscribe", "navbar", "nav", "menu", "pagination", "skip",
            "advert", "advertisement", "promo");
    /** Class/id words of sections pointing elsewhere; dropped when they are mostly links. */
    private static final Set<String> POINTER_WORDS = Set.of("related", "seealso");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "banner", "contentinfo", "search", "dialog");
    /** Headings of sections that only point elsewhere. */
    private static final Pattern POINTER_HEADING = Pattern.compile(
            "(?i)^(?:see also|related(?: [\\p{L}]+){0,2}|you (?:may|might) also (?:like|be interested in)|more events|"
                    + "other events|upcoming events|past events|recent (?:posts|news|events|articles)|"
                    + "share(?: this)?(?: page| event)?|follow us|further reading|read more|latest news|"
                    + "more (?:news|stories|articles)|in this section|popular(?: [\\p{L}]+){0,3}|most read|trending(?: now)?|"
                    + "read also|also read|further events)[:.]?$");

    private final Document document;
    private final String src;
    private final TextBuilder out;
    private final List<Markup> markup = new ArrayList<>();
    private final List<TimeElement> times = new ArrayList<>();
    private final List<Masthead> mastheads = new ArrayList<>();
    /** Text offset where an element's first visible character landed, -1 while it has none. */
    private final Map<Element, int[]> open = new IdentityHashMap<>();
    private final List<int[]> unresolved = new ArrayList<>();

    private int pendingBreaks;
    private int breakAt;
    private boolean pendingSpace;
    private int spaceFrom;
    private int spaceTo;
    private String pendingSeparator;
    private int separatorAt;
    private int lastContentEnd;
    private int visited;

    HtmlNormalizer(Document document) {
        this.document = document;
        this.src = document.source();
        this.out = new TextBuilder(src);
    }

    NormalizedText normalize() {
        org.jsoup.nodes.Document html = Jsoup.parse(src, "", Parser.htmlParser().setTrackPosition(true));
        int h1Count = html.select("h1").size();
        Element root = html.body() != null ? html.body() : html;
        Set<TextNode> outOfPlace = outOfPlace(root, h1Count);
        java.util.PriorityQueue<TextNode> waiting = new java.util.PriorityQueue<>(
                java.util.Comparator.comparingInt((TextNode t) -> t.sourceRange().startPos()));
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if ((++visited & 0x3FF) == 0) {
                    document.checkDeadline();
                }
                if (node instanceof TextNode text) {
                    if (outOfPlace.contains(text)) {
                        waiting.add(text);
                        return FilterResult.CONTINUE;
                    }
                    if (text.sourceRange().isTracked()) {
                        while (!waiting.isEmpty() && waiting.peek().sourceRange().startPos() < text.sourceRange().startPos()) {
                            textOutOfPlace(waiting.poll());
                        }
                    }
                    text(text);
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element element) {
                    boolean boilerplate = isBoilerplate(element, h1Count);
                    if (isPageBanner(element)) {
                        mastheadNames(element, boilerplate);
                    }
                    if (boilerplate) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    enter(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    leave(element);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        while (!waiting.isEmpty()) {
            textOutOfPlace(waiting.poll());
        }
        return new NormalizedText(out.text(), out.offsetMap(), markup, times, mastheads);
    }

    /**
     * The text nodes the parser moved ahead of text that stands before them in the source: jsoup moves
     * text standing directly in a table (outside any cell) to before the table. Read in DOM order they
     * would make the offset map run backwards; they are read where the source has them instead.
     */
    private Set<TextNode> outOfPlace(Element root, int h1Count) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && text.sourceRange().isTracked()) {
                    texts.add(text);
                } else if (node instanceof Element element && isBoilerplate(element, h1Count)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, root);
        Set<TextNode> moved = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        int laterStart = Integer.MAX_VALUE; // the least source start of the texts read after this one
        for (int i = texts.size() - 1; i >= 0; i--) {
            int start = texts.get(i).sourceRange().startPos();
            if (start > laterStart) {
                moved.add(texts.get(i));
            }
            laterStart = Math.min(laterStart, start);
        }
        return moved;
    }

    /**
     * Writes a text the parser had moved, where the source has it: after a space, leaving the break,
     * separator or markup waiting for the next text to it.
     */
    private void textOutOfPlace(TextNode node) {
        if (node.isBlank()) {
            return;
        }
        int savedBreaks = pendingBreaks;
        int savedBreakAt = breakAt;
        boolean savedSpace = pendingSpace;
        int savedSpaceFrom = spaceFrom;
        int savedSpaceTo = spaceTo;
        String savedSeparator = pendingSeparator;
        int savedSeparatorAt = separatorAt;
        String savedField = pendingField;
        List<int[]> savedUnresolved = new ArrayList<>(unresolved);
        unresolved.clear();
        pendingBreaks = 0;
        pendingSeparator = null;
        pendingField = null;
        int at = node.sourceRange().startPos();
        pendingSpace = out.length() > 0;
        spaceFrom = at;
        spaceTo = at;
        text(node);
        pendingBreaks = savedBreaks;
        breakAt = savedBreakAt;
        pendingSeparator = savedSeparator;
        separatorAt = savedSeparatorAt;
        pendingField = savedField;
        unresolved.addAll(savedUnresolved);
        if (savedSpace || (savedBreaks == 0 && savedSeparator == null)) {
            pendingSpace = true; // the next text follows after a space
            spaceFrom = savedSpace ? savedSpaceFrom : node.sourceRange().endPos();
            spaceTo = savedSpace ? savedSpaceTo : node.sourceRange().endPos();
        } else {
            pendingSpace = false;
        }
    }

    private void enter(Element element) {
        String tag = element.normalName();
        int at = element.sourceRange().isTracked() ? element.sourceRange().startPos() : lastSourcePos();
        if ((tag.equals("dd") || tag.equals("td")) && followsLabel(element)) {
            separator(": ", at);
        } else if ((tag.equals("td") || tag.equals("th")) && element.previousElementSibling() != null) {
            separator(" | ", at);
        } else if (isPersonField(element) && followsInlineSibling(element)) {
            separator(", ", at); // <strong class="name">A</strong> <span class="role">Director</span>: "A, Director"
        } else if (isPersonBlockField(element)) {
            separator(", ", at); // a speaker card's <h3>A</h3> <p class="role">Director</p> <p class="org">X</p>: "A, Director, X"
        } else if (PARAGRAPH_BLOCKS.contains(tag)) {
            requestBreak(2, at);
        } else if (LINE_BLOCKS.contains(tag)) {
            requestBreak(1, at);
        }
        String field = fieldOf(element);
        if (field != null && !followsLabel(element)
                && !element.text().strip().toLowerCase(Locale.ROOT).startsWith(field.toLowerCase(Locale.ROOT))) {
            // <p class="venue">Hall 2</p> reads as "Venue: Hall 2", as a page's visitor reads it
            pendingField = field + ": ";
        }
        if (isMarked(element)) {
            int[] slot = {-1};
            open.put(element, slot);
            unresolved.add(slot);
        }
        if (tag.equals("pre")) {
            preDepth++;
        }
    }

    private int preDepth;
    private String pendingField;

    /** Class or microdata names of fields an event page marks up, and the label a reader would see. */
    private static final java.util.Map<String, String> FIELD_CLASSES = java.util.Map.ofEntries(
            java.util.Map.entry("venue", "Venue"), java.util.Map.entry("location", "Location"),
            java.util.Map.entry("place", "Place"), java.util.Map.entry("where", "Where"), java.util.Map.entry("address", "Address"),
            java.util.Map.entry("date", "Date"), java.util.Map.entry("startdate", "Date"),
            java.util.Map.entry("time", "Time"), java.util.Map.entry("organizer", "Organizer"),
            java.util.Map.entry("organiser", "Organiser"));

    private static final Set<String> PERSON_FIELD_WORDS = Set.of("role", "position", "job", "jobtitle", "org", "organisation",
            "organization", "company", "affiliation", "institution", "employer");
    private static final Set<String> PERSON_WORDS = Set.of("speaker", "person", "member", "people", "staff", "author", "job");

    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s_\\-]+");

    /** The words of class, id or itemprop names, lower case: "speaker-card Role_Title" gives speaker, card, role, title. */
    private static String[] nameWords(String names) {
        return NAME_SEPARATORS.split(names.toLowerCase(Locale.ROOT));
    }

    /** An inline element whose class names a person's title or organisation ("role", "speaker-title", "affiliation"). */
    private static boolean isPersonField(Element element) {
        if (PARAGRAPH_BLOCKS.contains(element.normalName()) || LINE_BLOCKS.contains(element.normalName())) {
            return false;
        }
        String names = (element.className() + " " + element.attr("itemprop")).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        String[] words = nameWords(names);
        boolean person = false;
        for (String w : words) {
            person |= PERSON_WORDS.contains(w);
        }
        for (String w : words) {
            if (PERSON_FIELD_WORDS.contains(w) || w.equals("title") && person) {
                return true;
            }
        }
        return false;
    }

    /**
     * A block of a person's card that gives their post or organisation ("speaker-card__role",
     * "person-affiliation") right under their name or another such block: it goes on the name's line.
     */
    private static boolean isPersonBlockField(Element element) {
        if (!PARAGRAPH_BLOCKS.contains(element.normalName()) && !LINE_BLOCKS.contains(element.normalName())
                || element.normalName().startsWith("h") && element.normalName().length() == 2) {
            return false;
        }
        if (!personFieldNames(element) || !element.children().isEmpty() && element.text().length() > 200) {
            return false;
        }
        Element previous = element.previousElementSibling();
        while (previous != null && previous.normalName().equals("img")) {
            previous = previous.previousElementSibling();
        }
        if (previous == null || previous.text().isBlank()) {
            return false;
        }
        if (personFieldNames(previous)) {
            return true;
        }
        String names = (previous.className() + " " + previous.attr("itemprop")).toLowerCase(Locale.ROOT);
        boolean named = false;
        for (String w : nameWords(names)) {
            named |= w.equals("name");
        }
        return named && previous.text().length() <= 80;
    }

    /** The class or itemprop names a person's post or organisation, on a person's card. */
    private static boolean personFieldNames(Element element) {
        String names = (element.className() + " " + element.attr("itemprop")).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        boolean field = false;
        boolean person = false;
        for (String w : nameWords(names)) {
            field |= PERSON_FIELD_WORDS.contains(w);
            person |= PERSON_WORDS.contains(w);
        }
        if (!field) {
            return false;
        }
        Element up = element.parent();
        for (int depth = 0; depth < 4 && up != null && !person; depth++, up = up.parent()) {
            for (String w : nameWords(up.className())) {
                person |= PERSON_WORDS.contains(w) || w.equals("speakers") || w.equals("panelists") || w.equals("bio");
            }
        }
        return person;
    }

    /** Another inline element ends right before this one, with only white space between them. */
    private static boolean followsInlineSibling(Element element) {
        Element previous = element.previousElementSibling();
        if (previous == null || PARAGRAPH_BLOCKS.contains(previous.normalName()) || LINE_BLOCKS.contains(previous.normalName())
                || previous.text().isBlank()) {
            return false;
        }
        for (org.jsoup.nodes.Node n = element.previousSibling(); n != null && n != previous; n = n.previousSibling()) {
            if (!(n instanceof org.jsoup.nodes.TextNode t) || !t.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The field a block element's class or itemprop names ("event-venue", itemprop="location"), or null. */
    private static String fieldOf(Element element) {
        if (!PARAGRAPH_BLOCKS.contains(element.normalName()) && !LINE_BLOCKS.contains(element.normalName())) {
            return null; // an inline field ("<span class=date>") is part of a line that says what it is
        }
        String names = (element.className() + " " + element.attr("itemprop")).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return null;
        }
        String[] words = nameWords(names);
        if (namesTimeAndPlace(words)) {
            return null; // "when-where", "date-venue": a card's line of facts ("4 – 5:30 p.m. · Room 4"), no one field
        }
        for (String word : words) {
            String label = FIELD_CLASSES.get(word);
            if (label != null && element.children().stream().noneMatch(c -> fieldOf(c) != null)
                    && element.select("span.label, .label, label, strong, b, dt, th").isEmpty()) {
                return label;
            }
        }
        return null;
    }

    private static final Set<String> TIME_FIELD_WORDS = Set.of("date", "time", "when", "datetime", "startdate", "day");
    private static final Set<String> PLACE_FIELD_WORDS = Set.of("venue", "location", "place", "where", "address");

    /** Class words naming both when and where an event is ("when-where", "event-date-location"). */
    private static boolean namesTimeAndPlace(String[] words) {
        boolean time = false;
        boolean place = false;
        for (String w : words) {
            time |= TIME_FIELD_WORDS.contains(w);
            place |= PLACE_FIELD_WORDS.contains(w);
        }
        return time && place;
    }

    private void leave(Element element) {
        String tag = element.normalName();
        if (tag.equals("pre")) {
            preDepth--;
        }
        int[] slot = open.remove(element);
        if (slot != null) {
            unresolved.remove(slot);
            if (slot[0] >= 0 && lastContentEnd > slot[0]) {
                addMarkup(element, tag, slot[0], lastContentEnd);
            }
        }
        Range end = element.endSourceRange();
        int at = end.isTracked() ? end.endPos() : lastSourcePos();
        if (tag.equals("br")) {
            return; // handled on entry
        }
        if ((tag.equals("dt") || tag.equals("th")) && labels(element)) {
            return; // the value follows on the same line
        }
        if (isInlineLabel(element)) {
            // <p><span class="label">Date</span> Tue 28.01.2025</p> reads as "Date: Tue 28.01.2025", as a visitor sees it
            separator(": ", at);
            return;
        }
        if (PARAGRAPH_BLOCKS.contains(tag)) {
            requestBreak(2, at);
        } else if (LINE_BLOCKS.contains(tag)) {
            requestBreak(1, at);
        }
    }

    private void addMarkup(Element element, String tag, int start, int end) {
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> markup.add(new Markup(start, end, Markup.Kind.HEADING, tag.charAt(1) - '0'));
            case "li" -> markup.add(Markup.of(start, end, Markup.Kind.LIST_ITEM));
            case "dt", "th" -> markup.add(Markup.of(start, end, Markup.Kind.LABEL));
            case "strong", "b" -> markup.add(Markup.of(start, end, Markup.Kind.STRONG));
            case "em", "i" -> markup.add(Markup.of(start, end, Markup.Kind.EMPHASIS));
            case "a" -> markup.add(Markup.of(start, end, Markup.Kind.LINK));
            case "time" -> times.add(new TimeElement(start, end, element.attr("datetime").strip()));
            default -> {
            }
        }
    }

    private static boolean isMarked(Element element) {
        return switch (element.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "strong", "b", "em", "i", "a" -> true;
            case "th" -> labels(element);
            case "time" -> element.hasAttr("datetime") && !element.attr("datetime").isBlank();
            default -> false;
        };
    }

    /**
     * An inline element a page styles as the label of the text after it ({@code <span class="label">Venue</span> Hall 2},
     * {@code <label>When</label> ...}): short, without its own colon, first in its line and followed by text.
     */
    private static boolean isInlineLabel(Element element) {
        String tag = element.normalName();
        if (PARAGRAPH_BLOCKS.contains(tag) || LINE_BLOCKS.contains(tag)) {
            return false;
        }
        boolean labelled = tag.equals("label");
        if (!labelled) {
            for (String word : nameWords(element.className())) {
                labelled |= word.equals("label") || word.equals("key");
            }
        }
        String own = element.text().strip();
        if (!labelled || own.isEmpty() || own.length() > 30 || own.endsWith(":")) {
            return false;
        }
        for (org.jsoup.nodes.Node n = element.previousSibling(); n != null; n = n.previousSibling()) {
            if (!(n instanceof org.jsoup.nodes.TextNode t) || !t.isBlank()) {
                return false; // not the first thing in its line
            }
        }
        for (org.jsoup.nodes.Node n = element.nextSibling(); n != null; n = n.nextSibling()) {
            if (n instanceof org.jsoup.nodes.TextNode t ? !t.isBlank() : n instanceof Element e && !e.text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <dt>} or {@code <th>} whose value cell follows it. */
    private static boolean labels(Element element) {
        Element next = element.nextElementSibling();
        return next != null && (next.normalName().equals("dd") || next.normalName().equals("td"));
    }

    private static boolean followsLabel(Element element) {
        Element previous = element.previousElementSibling();
        return previous != null && (previous.normalName().equals("dt") || previous.normalName().equals("th"));
    }

    private boolean isBoilerplate(Element element, int h1Count) {
        String tag = element.normalName();
        if (DROPPED_TAGS.contains(tag)) {
            return true;
        }
        if (element.hasAttr("hidden") || "true".equalsIgnoreCase(element.attr("aria-hidden"))
                || element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none")) {
            return true;
        }
        if ((tag.equals("header") || tag.equals("footer")) && !insideContent(element)) {
            // a page header holding the page's only <h1> is the title, not furniture
            return !(tag.equals("header") && h1Count == 1 && !element.select("h1").isEmpty());
        }
        if (BOILERPLATE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (hasBoilerplateName(element.className()) || hasBoilerplateName(element.id())) {
            return true;
        }
        if (tag.equals("aside") && mostlyLinks(element) && element.select("a").size() >= 2) {
            return true; // a sidebar of links
        }
        if (hasPointerName(element.className()) || hasPointerName(element.id()) || isPointerSection(element)) {
            // "See also", "Related": elsewhere, not this page; "More events" when it only links to them
            return !listsEvents(element) || mostlyLinks(element);
        }
        return false;
    }

    /** A page-level {@code <header>} or banner: the masthead with the site's name, dropped from the text as furniture. */
    private static boolean isPageBanner(Element element) {
        return (element.normalName().equals("header") || "banner".equalsIgnoreCase(element.attr("role")))
                && !insideContent(element);
    }

    /** Tags whose text is one name of a masthead each; navigation and controls inside it are left out. */
    private static final Set<String> MASTHEAD_BLOCKS = Set.of("a", "p", "div", "span", "h1", "h2", "h3", "h4", "h5", "h6",
            "strong", "b", "em", "li", "section");
    /** At most this many names are kept from one masthead (a banner is a few names, not a page). */
    private static final int MASTHEAD_NAMES = 8;

    /** The logo alt texts and the site title of a page banner, as {@link Masthead}s where the banner stood. */
    private void mastheadNames(Element banner, boolean dropped) {
        List<String> names = new ArrayList<>();
        collectMasthead(banner, names, 0, dropped);
        int at = out.text().length();
        for (String name : names) {
            mastheads.add(new Masthead(at, at, name));
        }
    }

    /** {@code withH1}: the banner is dropped, so an {@code <h1>} in it is the site's name, not the page's title (which is kept). */
    private static void collectMasthead(Element element, List<String> names, int depth, boolean withH1) {
        if (names.size() >= MASTHEAD_NAMES || depth > 12) {
            return;
        }
        String tag = element.normalName();
        if (depth > 0 && (tag.equals("nav") || tag.equals("h1") && !withH1 || tag.equals("ul") || tag.equals("ol") || tag.equals("menu")
                || tag.equals("form") || tag.equals("button") || tag.equals("script") || tag.equals("style")
                || BOILERPLATE_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
                || hasBoilerplateName(element.className()) || hasBoilerplateName(element.id()))) {
            return; // the navigation links, the search box, the sharing buttons; the page's own title
        }
        if (tag.equals("img")) {
            String alt = element.attr("alt").strip();
            if (!alt.isEmpty()) {
                names.add(alt);
            }
            return;
        }
        boolean nested = false;
        for (Element child : element.children()) {
            nested |= MASTHEAD_BLOCKS.contains(child.normalName()) || child.normalName().equals("img");
        }
        if (!nested) {
            String text = element.text().strip();
            if (!text.isEmpty() && text.length() <= 150) {
                names.add(text);
            }
            return;
        }
        String own = element.ownText().strip();
        if (!own.isEmpty() && own.length() <= 150) {
            names.add(own);
        }
        for (Element child : element.children()) {
            collectMasthead(child, names, depth + 1, withH1);
        }
    }

    private static boolean insideContent(Element element) {
        for (Element p = element.parent(); p != null; p = p.parent()) {
            String tag = p.normalName();
            if (tag.equals("main") || tag.equals("article") || "main".equals(p.attr("role"))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBoilerplateName(String classOrId) {
        if (classOrId == null || classOrId.isEmpty()) {
            return false;
        }
        for (String w : nameWords(classOrId)) {
            if (BOILERPLATE_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasPointerName(String classOrId) {
        if (classOrId == null || classOrId.isEmpty()) {
            return false;
        }
        String[] words = nameWords(classOrId);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (POINTER_WORDS.contains(w) || (w.equals("see") && next.equals("also"))
                    || ((w.equals("more") || w.equals("other") || w.equals("upcoming")) && next.startsWith("event"))) {
                return true;
            }
        }
        return false;
    }

    /** A section of events ("Upcoming events", class "more-events"): it may describe them, or only link to them. */
    private static boolean listsEvents(Element element) {
        Element first = element.firstElementChild();
        if (first != null && first.normalName().matches("h[1-6]")) {
            return first.text().toLowerCase(Locale.ROOT).contains("event");
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return names.matches(".*(?:more|other|upcoming|past)[-_ ]?events?.*");
    }

    /** Half or more of the element's text (headings aside) is the text of links. */
    private static boolean mostlyLinks(Element element) {
        int all = 0;
        int linked = 0;
        for (Element e : element.getAllElements()) {
            if (e.normalName().matches("h[1-6]")) {
                all -= e.text().length();
            }
        }
        all += element.text().length();
        for (Element a : element.select("a")) {
            linked += a.text().length();
        }
        return all <= 0 || linked * 2 >= all;
    }

    /** A container whose first child is a heading like "See also" or "More events". */
    private static boolean isPointerSection(Element element) {
        String tag = element.normalName();
        if (!(tag.equals("section") || tag.equals("aside") || tag.equals("div"))) {
            return false;
        }
        Element first = element.firstElementChild();
        if (first == null || !first.normalName().matches("h[1-6]")) {
            return false;
        }
        String heading = first.text().strip();
        return heading.length() <= 60 && POINTER_HEADING.matcher(heading).matches();
    }

    private void text(TextNode node) {
        Range range = node.sourceRange();
        if (!range.isTracked() || range.endPos() > src.length() || range.startPos() > range.endPos()) {
            String whole = node.getWholeText();
            if (!whole.isBlank()) {
                int at = lastSourcePos();
                emitReplacement(whole.strip().replaceAll("\\s+", " "), at, at);
            }
            return;
        }
        int i = range.startPos();
        int end = range.endPos();
        while (i < end) {
            char c = src.charAt(i);
            if (c == '&') {
                int semi = entityEnd(i, end);
                if (semi > 0) {
                    String raw = src.substring(i, semi + 1);
                    String decoded = Parser.unescapeEntities(raw, false);
                    if (!decoded.equals(raw)) {
                        if (decoded.isBlank()) {
                            space(i, semi + 1);
                        } else {
                            emitReplacement(decoded, i, semi + 1);
                        }
                        i = semi + 1;
                        continue;
                    }
                }
            }
            if (c == '\n' && preDepth > 0) {
                requestBreak(1, i);
                i++;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00A0') {
                int from = i;
                while (i < end && (Character.isWhitespace(src.charAt(i)) || Character.isSpaceChar(src.charAt(i))) && src.charAt(i) != '&') {
                    if (src.charAt(i) == '\n' && preDepth > 0) {
                        break;
                    }
                    i++;
                }
                space(from, i);
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                i++;
            } else if (Character.isISOControl(c)) {
                space(i, i + 1);
                i++;
            } else {
                flush();
                out.copy(i, i + 1);
                contentEmitted();
                i++;
            }
        }
        lastSource = end;
    }

    private void emitReplacement(String text, int from, int to) {
        flush();
        out.replace(text, from, to);
        contentEmitted();
    }

    private void contentEmitted() {
        lastContentEnd = out.length();
    }

    /** The last source position seen, for the rare node whose position jsoup could not track. */
    private int lastSource;

    private int lastSourcePos() {
        return Math.max(0, Math.min(src.length(), lastSource));
    }

    private void space(int from, int to) {
        if (out.length() == 0 || pendingBreaks > 0) {
            return;
        }
        if (!pendingSpace) {
            pendingSpace = true;
            spaceFrom = from;
        }
        spaceTo = to;
    }

    private void requestBreak(int lines, int at) {
        lastSource = at;
        pendingSeparator = null;
        if (out.length() == 0) {
            return;
        }
        if (lines > pendingBreaks) {
            pendingBreaks = lines;
            breakAt = at;
        }
        pendingSpace = false;
    }

    private void separator(String text, int at) {
        lastSource = at;
        if (out.length() == 0) {
            return;
        }
        pendingSeparator = text;
        separatorAt = at;
        pendingBreaks = 0;
        pendingSpace = false;
    }

    /** Writes the break, separator or space waiting before the next visible character, and a field label. */
    private void flush() {
        if (pendingBreaks > 0) {
            out.replace(pendingBreaks == 2 ? "\n\n" : "\n", breakAt, breakAt);
        } else if (pendingSeparator != null) {
            String sep = pendingSeparator;
            if (sep.startsWith(":") && out.lastChar() == ':') {
                sep = " ";
            }
            out.replace(sep, separatorAt, separatorAt);
        } else if (pendingSpace && out.length() > 0 && out.lastChar() != ' ' && out.lastChar() != '\n') {
            if (spaceTo - spaceFrom == 1 && src.charAt(spaceFrom) == ' ' && spaceFrom >= out.sourceReached()) {
                out.copy(spaceFrom, spaceTo);
            } else {
                out.replace(" ", spaceFrom, spaceTo);
            }
        }
        pendingBreaks = 0;
        pendingSeparator = null;
        pendingSpace = false;
        if (pendingField != null) {
            int at = Math.max(0, Math.min(src.length(), lastSource));
            out.replace(pendingField, at, at);
            pendingField = null;
        }
        if (!unresolved.isEmpty()) {
            int here = out.length();
            for (int[] slot : unresolved) {
                slot[0] = here;
            }
            unresolved.clear();
        }
    }

    private int entityEnd(int amp, int to) {
        int limit = Math.min(to, amp + 34);
        for (int k = amp + 1; k < limit; k++) {
            char c = src.charAt(k);
            if (c == ';') {
                return k > amp + 1 ? k : -1;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                return -1;
            }
        }
        return -1;
    }
}
