package io.eventlens.extraction.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines a page or a release carries around its text that say nothing about an event: a photo
 * caption ("[Photo: ... Credit: ...]"), an advertisement slot, an embargo notice, a row of share
 * buttons; and the frame of a text box drawn with box-drawing characters ("┌──┐", "│ text │").
 * Normalisers drop the first kind and strip the frames, so that no reader takes a caption for a
 * heading, an embargo hour for the event's time, or a box for a section of its own.
 */
final class PageArtefacts {

    private PageArtefacts() {
    }

    /** Lines longer than this are prose, never an artefact line. */
    private static final int MAX_LENGTH = 300;

    /** "[Photo: ...]", "(Image: ...)", "[Caption] ...": a caption in brackets. */
    private static final Pattern BRACKETED_CAPTION = Pattern.compile(
            "(?i)^[\\[(](?:photo(?:graph)?s?|images?|pictures?|pictured|caption|video|graphic|illustration|credit|file photo|"
                    + "top image|main image|header image)\\b.*[\\])]$");
    /** "Photo: Name / Agency", "Image credit: ...", "Photograph by ...": a caption's credit line. */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^(?:(?:photo(?:graph)?|image|picture|cover image|top image|header image|video)s?\\s*(?:credits?)?\\s*[:©]"
                    + "|(?:photo(?:graph)?|image)s?\\s+(?:by|courtesy of)\\b|credits?\\s*:|©\\s*(?:photo|image))");
    /** "Embargoed until 00:01 ...", "EMBARGO: ...", "Under embargo until ...", "Not for publication before ...". */
    private static final Pattern EMBARGO = Pattern.compile(
            "(?i)^[\\[(*\\s]*(?:(?:strictly\\s+)?(?:under\\s+)?embargo(?:ed)?\\s*(?::|-|–|until\\b|till\\b|to\\b|for\\b|before\\b)|not\\s+for\\s+(?:publication|release|broadcast)\\s+"
                    + "(?:before|until)\\b|hold\\s+for\\s+release\\b)");
    /** Whole lines that mark an advertisement slot or a teaser between paragraphs. */
    private static final Set<String> SLOT_LINES = Set.of("advertisement", "advertising", "advert", "ad", "sponsored",
            "sponsored content", "paid content", "promoted", "story continues below", "story continues below advertisement",
            "article continues below", "continue reading below", "scroll to continue", "skip advertisement",
            "continue reading the main story",
            // a social-media thread's controls between its posts
            "show replies", "show more replies", "show this thread", "show more", "quote", "quote post", "follow", "following",
            "post", "translate post", "relevant people", "who to follow", "trending", "view replies", "view more replies",
            "load more", "see more", "see translation", "reply", "repost");
    /** The links of a site's footer: "Terms of Service · Privacy Policy · Cookie Policy · © 2025". */
    private static final Set<String> FOOTER_LINKS = Set.of("terms", "terms of service", "terms of use", "terms and conditions",
            "privacy", "privacy policy", "privacy notice", "cookie policy", "cookies", "cookie settings", "accessibility",
            "ads info", "imprint", "impressum", "legal", "legal notice", "help", "help center", "help centre", "sitemap",
            "site map", "careers", "status", "trending", "about", "contact us", "more", "advertising");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4})?.*");
    /** "Replying to @handle": a reply's header in a thread. */
    private static final Pattern REPLYING_TO = Pattern.compile("(?i)^replying\\s+to\\s+@\\S+(?:\\s+(?:and|&)\\s+@?\\S+)?$");
    /** The counters under a post: "14 Reposts  3 Quotes  41 Likes", "Repost (48) · Like (211)", "1.2K views". */
    private static final Set<String> ENGAGEMENT_WORDS = Set.of("repost", "reposts", "retweet", "retweets", "quote", "quotes",
            "like", "likes", "bookmark", "bookmarks", "view", "views", "reply", "replies", "comment", "comments", "share",
            "shares", "reaction", "reactions", "favourite", "favourites", "favorite", "favorites", "boost", "boosts",
            "impression", "impressions", "save", "saves", "repost(s)", "tweet", "tweets");
    private static final Pattern ENGAGEMENT_SPLIT = Pattern.compile("[\\s\u00B7\u2022|]+");
    private static final Pattern ENGAGEMENT_COUNT = Pattern.compile("\\(?[\\d][\\d.,]*[kKmM]?\\)?");
    /** The buttons of a share bar, "Share | Comment (14) | Print". */
    private static final Set<String> SHARE_WORDS = Set.of("share", "comment", "comments", "print", "email", "e-mail", "mail",
            "tweet", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "bluesky", "mastodon",
            "copy link", "save", "bookmark", "gift article", "listen", "like", "reply", "share this", "share on facebook",
            "share on x", "share on twitter", "share on linkedin", "share via email", "print this page", "subscribe");
    private static final Pattern FOOTER_SEPARATOR = Pattern.compile("\\s*[|\u00B7\u2022]\\s*|\\s{2,}");
    private static final Pattern SHARE_SEPARATOR = Pattern.compile("\\s*[|·•/]\\s*|\\s{2,}");
    private static final Pattern OUTER_MARKS = Pattern.compile("^[\\[(\\-–—*\\s]+|[\\])\\-–—*:.\\s]+$");
    private static final Pattern COUNT = Pattern.compile("\\s*\\(?\\d{1,6}\\)?$");

    /** The line (stripped of its indentation) is page apparatus that no reader should see. */
    static boolean isArtefactLine(CharSequence raw) {
        String line = raw.toString().strip();
        if (line.isEmpty() || line.length() > MAX_LENGTH) {
            return false;
        }
        if (BRACKETED_CAPTION.matcher(line).matches() || CREDIT_LINE.matcher(line).lookingAt()
                || EMBARGO.matcher(line).lookingAt()) {
            return true;
        }
        String bare = OUTER_MARKS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
        if (SLOT_LINES.contains(bare)) {
            return true;
        }
        return isShareBar(bare) || REPLYING_TO.matcher(line).matches() || isEngagementLine(line) || isFooterLinks(bare);
    }

    /** Two or more footer links and nothing else but a copyright ("Terms of Service · Privacy Policy · © 2025"). */
    private static boolean isFooterLinks(String lower) {
        if (lower.length() > 160) {
            return false;
        }
        int links = 0;
        boolean policy = false;
        for (String part : FOOTER_SEPARATOR.split(lower)) {
            String p = part.strip();
            if (p.isEmpty() || COPYRIGHT.matcher(p).matches()) {
                continue;
            }
            if (!FOOTER_LINKS.contains(p)) {
                return false;
            }
            policy |= p.startsWith("terms") || p.startsWith("privacy") || p.startsWith("cookie");
            links++;
        }
        return links >= 2 && policy;
    }

    /** Counters and buttons under a post and nothing else, with at least one count ("5 Reposts 19 Likes"). */
    static boolean isEngagementLine(String line) {
        if (line.length() > 120) {
            return false;
        }
        int counts = 0;
        int words = 0;
        for (String token : ENGAGEMENT_SPLIT.split(line.toLowerCase(Locale.ROOT))) {
            if (token.isEmpty()) {
                continue;
            }
            if (ENGAGEMENT_COUNT.matcher(token).matches()) {
                counts++;
            } else if (ENGAGEMENT_WORDS.contains(token)) {
                words++;
            } else {
                return false;
            }
        }
        return counts >= 1 && words >= 1 && counts <= words;
    }

    /** Two or more share buttons and nothing else ("share | comment (14) | print"). */
    private static boolean isShareBar(String lower) {
        if (lower.length() > 120) {
            return false;
        }
        String[] parts = SHARE_SEPARATOR.split(lower);
        int buttons = 0;
        for (String part : parts) {
            String p = COUNT.matcher(part.strip()).replaceAll("").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (!SHARE_WORDS.contains(p)) {
                return false;
            }
            buttons++;
        }
        return buttons >= 2;
    }

    /** A character that draws a frame: box drawing (U+2500–U+257F) and block elements (U+2580–U+259F). */
    static boolean isFrameChar(char c) {
        return c >= '\u2500' && c <= '\u259F';
    }

    /** Where the text inside a framed line "│ text │" starts: after the frame and its padding. */
    static int afterFrame(String src, int from, int to) {
        int k = from;
        while (k < to && (isFrameChar(src.charAt(k)) || LineNormalizer.isBlankChar(src.charAt(k)))) {
            k++;
        }
        return k;
    }

    /** Where the text inside a framed line ends: before the closing frame and its padding. */
    static int beforeFrame(String src, int from, int to) {
        int k = to;
        while (k > from && (isFrameChar(src.charAt(k - 1)) || LineNormalizer.isBlankChar(src.charAt(k - 1)))) {
            k--;
        }
        return k;
    }
}
