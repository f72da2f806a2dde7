package io.eventlens.extraction.participant;

import io.eventlens.contract.ParticipantKind;
import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.document.Span;
import io.eventlens.extraction.entity.OrganizationMention;
import io.eventlens.extraction.entity.OrganizationNames;
import io.eventlens.extraction.entity.PersonMention;
import io.eventlens.extraction.entity.Places;
import io.eventlens.extraction.entity.Vocabulary;
import io.eventlens.extraction.entity.Words;
import io.eventlens.extraction.event.ParticipantCandidate;
import io.eventlens.extraction.layout.Line;
import io.eventlens.extraction.text.Sentence;
import io.eventlens.extraction.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people with an active role in the event a region of the text describes: speakers,
 * moderators, keynote speakers, panelists and hosts, each with the role and the affiliation the
 * document states for them.
 *
 * <p>Reads the layers of {@code entity} ({@link PersonMention#LAYER}, {@link OrganizationMention#LAYER},
 * acronym definitions) and the token and sentence layers; run after those annotators. A person
 * counts as a participant when the text says they acted:
 * <ul>
 * <li>a verb after the name and its description ("Ms. X, Director of Y, gave an overview",
 * "X will moderate");</li>
 * <li>a cue before it ("moderated by X", "Keynote Address by X", "the moderator, Mr. X",
 * "Opening the workshop, Dr. X", "Speakers included X; Y; as well as Z");</li>
 * <li>an agenda or list line ("Moderator: X (Org)", "- X, Title, Organisation", "13:40 Welcome - X")
 * whose kind comes from its label or from the label line above it.</li>
 * </ul>
 * People only mentioned, quoted, spoken for ("on behalf of Dr. Y"), withdrawn, or listed under
 * staff and contact headings are left out. Several mentions of one person ("Mr. Dieng" after
 * "Mr. Adama Dieng") become one participant with the fullest name, the first role and
 * affiliation stated, and the most specific kind (host, keynote, moderator, panelist, speaker).
 * Affiliations are resolved to their fullest spelling in the document (acronyms expanded).
 *
 * <p>Stateless and thread-safe; create once and share.
 */
public final class ParticipantFinder {

    // precompiled: String.replaceAll, split and matches compile their pattern on every call
    private static final Pattern AND_BETWEEN = Pattern.compile("\\s+(?:and|&)\\s+");
    private static final Pattern LINE_PREFIX_MARKS = Pattern.compile("^[\\s\\p{Pd}\u2022\u00b7*>|\\d:.h()apm]*");

    /** Person mentions the finder reads; checked so a caller learns early that the entity annotators did not run. */
    public List<ParticipantCandidate> find(Document document, Span region) {
        if (document == null || region == null || !document.has(PersonMention.LAYER) || !document.has(Token.LAYER)) {
            return List.of();
        }
        return new Reading(document, region, OrganizationNames.of(document)).participants();
    }

    /**
     * As {@link #find(Document, Span)}, with the document's organisation names made once by the caller
     * (a caller that reads many regions of one document saves building them from the whole document each time).
     */
    public List<ParticipantCandidate> find(Document document, Span region, OrganizationNames organisations) {
        if (document == null || region == null || !document.has(PersonMention.LAYER) || !document.has(Token.LAYER)) {
            return List.of();
        }
        return new Reading(document, region, organisations).participants();
    }

    private static final Set<String> PRE_TITLE_STOP = Set.of("the", "a", "an", "and", "or", "by", "with", "include",
            "includes", "included", "including", "are", "were", "is", "was", "be", "been", "featuring", "features",
            "together", "to", "for", "from", "at", "on", "in", "as", "that", "who", "while", "when", "his", "her",
            "their", "its", "our", "also", "will", "said", "says", "of", "this", "these", "those", "after", "before",
            "during", "since", "until", "because", "although", "though", "if", "whereas", "but", "between", "among",
            "about", "into", "over", "under", "than", "then", "not", "no", "so", "such", "we", "he", "she", "they",
            "it", "i", "you", "there", "here", "what", "which", "where", "how", "why", "all", "each",
            "both", "some", "many", "most", "several", "other", "another", "any", "only", "just", "even", "still",
            "again", "once", "via", "per", "upon", "like", "up", "out", "off", "down");

    private static final Pattern WHO_HOLDS = Pattern.compile("(?i)(?:who|which)\\s+(?:holds|held|is|was|serves\\s+as|served\\s+as|"
            + "heads|headed|leads|led|chairs|chaired|directs|directed|works\\s+as|worked\\s+as|teaches|taught)\\s+"
            + "(?:the\\s+|a\\s+|an\\s+)?");
    private static final Pattern WHO_LEADS = Pattern.compile("(?i)\\b(?:heads|headed|leads|led|chairs|chaired|directs|directed)\\b");
    private static final Pattern SPEAKING_FOR = Pattern.compile("(?i)(?:speaking\\s+(?:for|on\\s+behalf\\s+of)|representing|"
            + "on\\s+behalf\\s+of|from|of|with)\\s+");
    private static final Pattern AFFILIATION_AFTER_NAME = Pattern.compile("^\\s+(?:of|from|with|at|representing)\\s+(?:the\\s+)?"
            + "[\\p{Lu}\\d]");
    private static final Pattern CLAUSE_WORD = Pattern.compile("(?:who|whom|whose|which|where|when|while|whereas|said|says|"
            + "told|tells|will|would|shall|has|have|had|is|was|are|were|also|then|later|but|although|though|as|"
            + "in\\s+which|with|and\\s+(?!the\\b)\\p{Ll}+|and\\s+by|speaking|drawing|noting|adding|citing|according|"
            + "whom|alongside|accompanied|together)\\b");
    private static final Pattern ENTRY_PREFIX = Pattern.compile("^[\\s\\p{Pd}\u2022\u00b7\u25aa\u25e6*>\u2023|]*"
            // a listed talk's day: "Wednesday 12 March, ", "Thu 27 March 2025, ", "March 12, "
            + "(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{Lu}[a-z]{2,8}\\.?"
            + "|\\p{Lu}[a-z]{2,8}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?\\s*,?\\s*)?"
            + "(?:(?:\\(?\\d{1,2}(?:[:.h]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\)?\\s*(?:[\\p{Pd}]|to)\\s*)?\\(?\\d{1,2}[:.h]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\)?)?"
            + "[\\s\\p{Pd}\u2022\u00b7*|]*(?:[A-Za-z0-9]{1,2}[.)]\\s+)?(?:[Tt]he\\s+)?$");
    /** A label, a separator or a quoted talk title ends right before the name: "Chair:", "Welcome -", "\"Title\"". */
    private static final Pattern LABEL_END = Pattern.compile("(?:[:\\p{Pd};|\"\u201d]|^[^,;.]{0,40}\\bby)\\s*$");
    /** "09:00–09:15 Welcome remarks, " / "15:15 Closing, ": a programme line's time and label, then the name after a comma. */
    private static final Pattern TIMED_LABEL_COMMA = Pattern.compile("^\\s*\\(?\\d{1,2}[:.h]\\d{2}[^,;]{0,50},\\s*$");
    /** Another agenda item on the same line (lines a normaliser joined): "C. Equity ...", "14:00 Lunch". */
    private static final Pattern NEXT_ITEM = Pattern.compile("^(?:[A-Z0-9]{1,2}[.)]\\s|\\d{1,2}[:.]\\d{2}\\b)");
    /** "Opening Remarks by the co-host": a line naming a contribution labels the entries below it. */
    private static final Pattern CONTRIBUTION_LABEL = Pattern.compile("(?i)\\b(?:remarks|address|welcome|keynote|presentations?|"
            + "speech|statement|introduction|panel|discussion|moderat\\w*)\\b");
    /** Capitalised words or an acronym right before an opening parenthesis. */
    private static final Pattern ORGANISATION_BEFORE = Pattern.compile("(\\p{Lu}[\\p{L}&'’.-]*(?:\\s+(?:of|for|the|and|&|\\p{Lu}[\\p{L}&'’.-]*)){0,7})\\s*$");
    /** "(ret.)", "(retd)", "(Retired)" after a rank. */
    private static final Pattern RETIRED_MARK = Pattern.compile("(?i)\\((?:ret|retd|rtd|retired)\\.?\\)");
    /** "moderated by Kenyan broadcaster ", "chaired by ": a verb and "by" (and a title) right before a name. */
    private static final Pattern CUE_BEFORE_NAME = Pattern.compile("(?i)\\b\\p{L}+\\s+by\\s+(?:[\\p{L}'’.-]+\\s+){0,5}$");
    private static final Pattern ABOUT_HEADING = Pattern.compile("(?i)\\W*(?:about|biography|bio|profile)\\b");
    private static final Pattern TRAILING_ARTICLE = Pattern.compile("(?i)\\bthe\\s+$");
    /** "its director, X", "their curator, Y": the determiner is no part of the title. */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "his", "her", "their", "our", "my", "your");
    /** "the council's chair", "the Institute's Board Chair": a body's possessive a word or two before the role noun. */
    private static final Pattern POSSESSOR = Pattern.compile("(\\p{L}+)['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}$");
    private static final Pattern ARTICLE_FIRST = Pattern.compile("(?i)\\W*(?:a|an|the|this|our|her|his|their|its)\\s");
    /** Nothing but white space, or a list number with its period ("  3. "). */
    private static final Pattern LIST_NUMBER = Pattern.compile("\\s*(?:\\d{1,2}[.)]\\s*)?");
    private static final Pattern BULLET_LINE = Pattern.compile("^\\s*(?:[\\p{Pd}\u2022\u00b7\u25aa\u25e6*>\u2023]|\\d{1,2}[.)])\\s");
    /** "X is Senior Lecturer in History at Y", "X serves as the director of Y". */
    private static final Pattern IS_ROLE = Pattern.compile("^\\s+(?:is|was|serves\\s+as|served\\s+as|works\\s+as|has\\s+been)\\s+"
            + "(?:currently\\s+|now\\s+|also\\s+)?(?:a\\s+|an\\s+|the\\s+)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*");
    /** Verbs of a relative clause that make its subject take part: "who will introduce the speakers", "who moderated". */
    private static final Pattern RELATIVE_PARTICIPATION = Pattern.compile("(?i)^\\s*,?\\s*who\\s+(?:also\\s+|then\\s+|later\\s+)?"
            + "(?:(?:will|shall|is\\s+to|was\\s+to|would)\\s+(?:also\\s+|then\\s+)?(?:be\\s+)?[\\p{L}]+|moderated|chaired|introduced|opened|"
            + "closed|welcomed|delivered|presented|spoke|gave|hosted|facilitated|answered|responded|replied|explained|"
            + "described|outlined|shared|discussed|argued|led|showed|demonstrated|performed|briefed|walked|reflected)\\b");
    /** More of a description after a comma: "and a former adviser", "and the then director". */
    private static final Pattern MORE_DESCRIPTION = Pattern.compile("(?i)and\\s+(?:a|an|the|former|then)\\b");
    private static final Pattern LABEL_LINE = Pattern.compile("(?i)^\\W*(?:(?:our|the|featured|invited|guest|keynote)\\s+)?"
            + "(?:speakers?|panel(?:l)?ists?|moderators?|chairs?|hosts?|keynotes?|presenters?|facilitators?|respondents?|"
            + "discussants?|lecturers?|guests?)\\W*$");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("^\\s*,?\\s*(?:who|which|whose|whom|where)\\b");
    private static final Pattern HOST_LABEL = Pattern.compile("(?i)welcom|\\bhosts?\\b|opening\\s+of|open(?:s|ed|ing)?\\s+the");
    private static final Pattern CONVENER = Pattern.compile("(?i)\\b(?:convened|hosted|organi[sz]ed|chaired|called)\\s+by\\s+(?:the\\s+)?"
            + "(\\p{Lu}[^.;,\\n()]{2,80})");

    /** How far around a name the finder reads: cues, descriptions and labels are close to it. */
    private static final int REACH = 400;

    /** How far back the quotes of a paragraph are counted. */
    private static final int QUOTE_REACH = 1500;

    /** How far before a name the cues that name its kind are looked for ("moderated by", "Speakers included"). */
    private static final int CUE_REACH = 160;

    /** One call of {@link #find}: the document, its layers, and what has been read so far. */
    private static final class Reading {
        final Document document;
        final String text;
        final Span region;
        final List<Sentence> sentences;
        final List<Token> tokens;
        final List<Line> lines;
        final List<PersonMention> persons;
        final List<PersonMention> allPersons;
        final OrganizationNames organisations;
        final RoleAndOrganization splitter;
        /** Text up to here was read as some earlier person's description: names inside it are part of a role. */
        int consumedUntil = -1;
        int consumedFrom = -1;

        Reading(Document document, Span region, OrganizationNames organisations) {
            this.document = document;
            this.text = document.text();
            this.region = region;
            this.sentences = document.get(Sentence.LAYER);
            this.tokens = document.get(Token.LAYER);
            this.lines = document.get(Line.LAYER);
            this.persons = document.within(PersonMention.LAYER, region);
            this.allPersons = document.get(PersonMention.LAYER);
            this.organisations = organisations;
            this.splitter = new RoleAndOrganization(document);
        }

        List<ParticipantCandidate> participants() {
            List<Sighting> sightings = new ArrayList<>();
            for (PersonMention m : persons) {
                if (isConsumed(m)) {
                    continue;
                }
                Sentence s = sentenceOf(m.start());
                if (s == null) {
                    continue;
                }
                Sighting sighting = read(m, s);
                shareAffiliation(sightings, sighting);
                sightings.add(sighting);
                document.checkDeadline();
            }
            return new Merger(document, organisations, conveners()).merge(sightings);
        }

        /**
         * "Ms. Judit Illes and Mr. Adam Lewkovitz of the WJC Corps": both belong to the Corps; "trainers Nermin Pal
         * and Goran Sest": both are trainers.
         */
        private void shareAffiliation(List<Sighting> earlier, Sighting current) {
            if (earlier.isEmpty()) {
                return;
            }
            Sighting previous = earlier.get(earlier.size() - 1);
            if (previous.mention.end() >= current.mention.start()
                    || !AND_BETWEEN.matcher(text.substring(previous.mention.end(), current.mention.start())).matches()) {
                return;
            }
            if (current.organization != null && previous.role == null && previous.organization == null) {
                previous.organization = current.organization;
            }
            if (previous.preRole != null && current.preRole == null && current.role == null && isPlural(previous.preRole)) {
                current.preRole = previous.preRole;
            }
        }

        private boolean isPlural(Span role) {
            String last = text.substring(role.start(), role.end()).strip();
            last = last.substring(last.lastIndexOf(' ') + 1);
            return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && Character.isLowerCase(last.charAt(0));
        }

        private boolean isConsumed(PersonMention m) {
            return consumedFrom <= m.start() && m.start() < consumedUntil;
        }

        private void consume(int from, int to) {
            if (to > consumedUntil) {
                consumedFrom = from;
                consumedUntil = to;
            }
        }

        Sighting read(PersonMention m, Sentence s) {
            Sighting sighting = new Sighting(m);
            int descriptionEnd = describe(sighting, s);
            int preStart = readBefore(sighting, s);
            titleBeforeAffiliationAfter(sighting);
            consume(m.end(), Math.max(m.end(), descriptionEnd));
            decide(sighting, s, preStart, descriptionEnd);
            return sighting;
        }

        /**
         * "Director Moussa Kane, Sahel Registry Initiative", "Councillor X, Ward 4": the title stands before the
         * name, so what follows it without a role word is the affiliation.
         */
        private void titleBeforeAffiliationAfter(Sighting sighting) {
            if (sighting.preRole == null || sighting.role == null || sighting.organization != null) {
                return;
            }
            String after = text.substring(sighting.role.start(), sighting.role.end());
            for (String w : after.split("[\\s,;()]+")) {
                if (!w.isEmpty() && (Vocabulary.isRoleWord(w) || w.equalsIgnoreCase("former"))) {
                    return;
                }
            }
            if (Words.isCapitalised(after) && !Places.isCountry(after)) {
                sighting.organization = sighting.role;
                sighting.role = null;
            }
        }

        // ---- what follows the name -------------------------------------------------------------

        /** Reads the description after the name into the sighting; returns where it ends. */
        int describe(Sighting sighting, Sentence s) {
            PersonMention m = sighting.mention;
            int lineEnd = Math.min(s.end(), m.end() + REACH);
            int k = m.end();
            if (k + 1 < text.length() && Words.isPossessive(text.substring(k, Math.min(text.length(), k + 2)))) {
                return k;
            }
            int p = skipSpaces(k, lineEnd);
            if (p >= lineEnd) {
                return lineEnd;
            }
            char c = text.charAt(p);
            if (c == ',') {
                int start = skipSpaces(p + 1, lineEnd);
                Matcher who = WHO_HOLDS.matcher(text).region(start, lineEnd);
                Matcher forOrg = SPEAKING_FOR.matcher(text).region(start, lineEnd);
                boolean leadsNamedBody = who.lookingAt() && WHO_LEADS.matcher(who.group()).find() && who.end() < lineEnd
                        && Character.isUpperCase(text.charAt(who.end()));
                if (who.lookingAt() && !leadsNamedBody && startsDescription(who.end(), lineEnd)
                        && roleWordWithin(who.end(), lineEnd, 6)) {
                    start = who.end(); // "who holds the chair in Urban Mobility at ..."
                } else if (leadsNamedBody) {
                    int end = scanEnd(who.end(), lineEnd, m); // "who heads the Kessel Port Authority": its organisation
                    sighting.organization = splitter.organisationOnly(who.end(), end);
                    leadingRole(sighting, who, -1);
                    return end;
                } else if (who.lookingAt() && WHO_LEADS.matcher(who.group()).find() && leadsPartOf(who.end(), lineEnd) > 0) {
                    // "who chairs the board of the East Lake Paralegal Alliance": the board's chair, at the alliance
                    int of = leadsPartOf(who.end(), lineEnd);
                    int orgStart = skipArticle(of, lineEnd);
                    int end = Math.min(scanEnd(orgStart, lineEnd, m), splitter.capitalisedNameEnd(orgStart, lineEnd));
                    sighting.organization = splitter.organisationOnly(orgStart, end);
                    leadingRole(sighting, who, of);
                    return end;
                } else if (who.lookingAt()) {
                    return p; // "who was appointed to the court in 2015": a clause, not a description
                } else if (forOrg.lookingAt() && !Character.isUpperCase(text.charAt(start))
                        && forOrg.end() < lineEnd && Character.isUpperCase(text.charAt(skipArticle(forOrg.end(), lineEnd)))) {
                    int end = scanEnd(forOrg.end(), lineEnd, m);
                    sighting.organization = splitter.organisationOnly(forOrg.end(), end);
                    return end;
                } else if (startsClause(start, lineEnd) || startsParticiple(start, lineEnd) || !startsDescription(start, lineEnd)
                        || nextTitleStarts(start, lineEnd) || startsWord(start, lineEnd, "and") && personWithin(start, lineEnd, 6)) {
                    return p; // ", and the hydrologist Dr. Y": the next person's title
                }
                int end = scanEnd(start, lineEnd, m);
                RoleAndOrganization.Split split = splitter.split(start, end);
                sighting.role = split.role();
                sighting.organization = split.organization();
                return end;
            }
            if (c == '(') {
                int close = closingParenthesis(p, lineEnd);
                if (close < 0) {
                    return p;
                }
                readParenthesis(sighting, p + 1, close);
                // "Captain X (retired), former master of the vessel Y": the description goes on after the parenthesis
                int q = skipSpaces(close + 1, lineEnd);
                if (q < lineEnd && text.charAt(q) == ',') {
                    int start = skipSpaces(q + 1, lineEnd);
                    if (!startsClause(start, lineEnd) && !startsParticiple(start, lineEnd) && startsDescription(start, lineEnd)
                            && !personStartsNear(start, m)) {
                        int end = scanEnd(start, lineEnd, m);
                        RoleAndOrganization.Split split = splitter.split(start, end);
                        if (split.role() != null) {
                            sighting.role = split.role();
                        }
                        if (split.organization() != null && sighting.organization == null) {
                            sighting.organization = split.organization();
                        }
                        return end;
                    }
                }
                return close + 1;
            }
            if (isDashAt(p)) {
                int start = skipSpaces(p + 1, lineEnd);
                int end = scanEnd(start, lineEnd, m);
                RoleAndOrganization.Split split = splitter.split(start, end);
                sighting.role = split.role();
                sighting.organization = split.organization();
                return end;
            }
            Matcher is = IS_ROLE.matcher(text).region(k, lineEnd);
            if (is.lookingAt() && roleWordWithin(is.end(), lineEnd, 5)) {
                int end = scanEnd(is.end(), lineEnd, m);
                RoleAndOrganization.Split split = splitter.split(is.end(), end);
                sighting.role = split.role();
                sighting.organization = split.organization();
                sighting.biography = true;
                return end;
            }
            Matcher affiliation = AFFILIATION_AFTER_NAME.matcher(text).region(k, lineEnd);
            if (affiliation.lookingAt()) {
                int orgStart = skipSpaces(k, lineEnd);
                orgStart = text.indexOf(' ', orgStart) + 1;
                int end = Math.min(scanEnd(orgStart, lineEnd, m), splitter.capitalisedNameEnd(orgStart, lineEnd));
                sighting.organization = splitter.organisationOnly(orgStart, end);
                int q = skipSpaces(end, lineEnd);
                if (q < lineEnd && text.charAt(q) == ',') {
                    // "Baroness X of Cramond, Member of the Y Committee": a title and its organisation follow the place
                    int start = skipSpaces(q + 1, lineEnd);
                    if (startsWithRoleWordAt(start, lineEnd) && !startsClause(start, lineEnd) && !personStartsNear(start, m)) {
                        int more = scanEnd(start, lineEnd, m);
                        RoleAndOrganization.Split split = splitter.split(start, more);
                        if (split.role() != null) {
                            sighting.role = split.role();
                            if (split.organization() != null) {
                                sighting.organization = split.organization();
                            }
                            return more;
                        }
                    }
                }
                return end;
            }
            return k;
        }

        /** "heads", "chairs the board of", "directs": the verb names the position the person holds now. */
        private static final Pattern LEADS_NOW = Pattern.compile("(?i)\\b(heads|chairs|directs)\\s+(?:the\\s+)?");
        /** "the board of ", "the steering committee of ": a lower-case body of the organisation named after "of". */
        private static final Pattern PART_OF = Pattern.compile("(?:[\\p{Ll}\\-]+\\s+){1,3}of\\s+(?=(?:the\\s+)?\\p{Lu})");

        /** Where the organisation starts after "who chairs the board of", or -1. */
        private int leadsPartOf(int from, int lineEnd) {
            Matcher part = PART_OF.matcher(text).region(from, lineEnd);
            return part.lookingAt() && !Vocabulary.isRoleWord(wordAt(from, lineEnd)) ? part.end() : -1;
        }

        /**
         * The position a present-tense "who heads / chairs / directs" clause states ("Head", "Chair of the board",
         * "Director"), read from the clause's span; past tenses state no current position.
         */
        private void leadingRole(Sighting sighting, Matcher who, int partOf) {
            Matcher verb = LEADS_NOW.matcher(text).region(who.start(), who.end());
            if (!verb.find()) {
                return;
            }
            String title = switch (verb.group(1).toLowerCase(Locale.ROOT)) {
                case "heads" -> "Head";
                case "chairs" -> "Chair";
                default -> "Director";
            };
            int end = verb.end(1);
            if (partOf > 0) {
                end = trimEnd(who.end(), text.lastIndexOf(" of", partOf)); // "the board" of
                title = title + " of the " + text.substring(who.end(), end).strip().replaceAll("\\s+", " ");
            }
            sighting.role = Span.of(verb.start(1), end);
            sighting.roleValue = title;
        }

        private int trimEnd(int start, int end) {
            int e = end;
            while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            return e;
        }

        /** A role word (or "former") opens the text at {@code at}, after an article: "Member of ...", "the former head of ...". */
        private boolean startsWithRoleWordAt(int at, int lineEnd) {
            Matcher w = WORD.matcher(text).region(at, Math.min(lineEnd, at + 80));
            for (int n = 0; n < 3 && w.find(); n++) {
                String word = w.group();
                if (Vocabulary.isRoleWord(word) || Vocabulary.isTitleModifier(word)) {
                    return true;
                }
                if (!(word.equalsIgnoreCase("the") || word.equalsIgnoreCase("a") || word.equalsIgnoreCase("an"))) {
                    return false;
                }
            }
            return false;
        }

        private boolean roleWordWithin(int from, int lineEnd, int words) {
            Matcher w = WORD.matcher(text).region(from, Math.min(lineEnd, from + 120));
            for (int n = 0; n < words && w.find(); n++) {
                if (Vocabulary.isRoleWord(w.group())) {
                    return true;
                }
            }
            return false;
        }

        private void readParenthesis(Sighting sighting, int start, int end) {
            String inside = text.substring(start, end).strip();
            if (inside.isEmpty()) {
                return;
            }
            if (inside.indexOf(',') >= 0 || inside.indexOf(';') >= 0) {
                RoleAndOrganization.Split split = splitter.split(start, end);
                sighting.role = split.role();
                sighting.organization = split.organization();
            } else if (Character.isLowerCase(inside.charAt(0)) || startsWithRoleWord(inside)) {
                RoleAndOrganization.Split split = splitter.split(start, end);
                sighting.role = split.role();
                sighting.organization = split.organization();
            } else if (!Places.isCountry(inside)) {
                sighting.organization = splitter.organisationOnly(start, end);
            }
        }

        /** Where a description that starts at {@code start} ends: a semicolon, a new clause, another person, the line's end. */
        int scanEnd(int start, int lineEnd, PersonMention self) {
            int depth = 0;
            for (int k = start; k < lineEnd; k++) {
                char c = text.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    if (depth == 0) {
                        return k;
                    }
                    depth--;
                } else if (depth == 0) {
                    if (c == ';' || c == '"' || c == '\u201c' || c == '\u201d') {
                        return k;
                    }
                    if (c == ',') {
                        int n = skipSpaces(k + 1, lineEnd);
                        if (startsClause(n, lineEnd) || personStartsNear(n, self)
                                || Cues.IN_CAPACITY.matcher(text).region(k, lineEnd).lookingAt() || nextTitleStarts(n, lineEnd)) {
                            return k; // "..., in her opening address": what the person did, not who they are
                        }
                    } else if (c == ' ') {
                        if (startsWord(k + 1, lineEnd, "who") || startsWord(k + 1, lineEnd, "which")
                                || startsWord(k + 1, lineEnd, "whose")) {
                            return k;
                        }
                        if (startsWord(k + 1, lineEnd, "and") && personStartsNear(k + 1, self)) {
                            return k;
                        }
                    }
                    if (personStartsAt(k, self)) {
                        // "Dean of the Faculty of Law, and the environmental lawyer Julian Sosa": the next
                        // person's title is theirs
                        int cut = Math.max(lastIndexOf(", ", start, k), Math.max(lastIndexOf(" and ", start, k), lastIndexOf("; ", start, k)));
                        return cut > start ? cut : k;
                    }
                }
            }
            return lineEnd;
        }

        private boolean startsClause(int at, int lineEnd) {
            if (at >= lineEnd) {
                return true;
            }
            Matcher clause = CLAUSE_WORD.matcher(text).region(at, lineEnd);
            if (clause.lookingAt()) {
                return true;
            }
            String word = wordAt(at, lineEnd);
            if (Vocabulary.isRoleWord(word) && roleNounFollows(at + word.length(), lineEnd)) {
                return false; // "chair of the Herders' Association", "host at the Centre": a noun, not a verb
            }
            return !word.isEmpty() && Character.isLowerCase(word.charAt(0))
                    && (Cues.PARTICIPATION_VERBS.contains(word) || word.endsWith("ed") && word.length() > 4)
                    && !roleWordNext(at + word.length(), lineEnd);
        }

        /**
         * ", and Founder and Director of X Jane Roe", ", and Finland's State Secretary, Y": a capitalised title after
         * ", and" belongs to the next person.
         */
        private boolean nextTitleStarts(int at, int lineEnd) {
            if (!startsWord(at, lineEnd, "and")) {
                return false;
            }
            int k = skipSpaces(at + 3, lineEnd);
            String w = wordAt(k, lineEnd);
            int after = k + w.length();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && after + 1 < lineEnd
                    && (text.charAt(after) == '\'' || text.charAt(after) == '\u2019') && text.charAt(after + 1) == 's') {
                // ", and Finland's State Secretary for Agriculture, X": a country's or an organisation's title
                k = after + 2;
                w = "";
                for (int n = 0; n < 3; n++) {
                    k = skipSpaces(k + w.length(), lineEnd);
                    w = wordAt(k, lineEnd);
                    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
                        return false;
                    }
                    if (Vocabulary.isRoleWord(w)) {
                        return true;
                    }
                }
                return false;
            }
            return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && Vocabulary.isRoleWord(w);
        }

        /** After a word that may be a role or a verb: "of", "at", "for", "in", a comma or the end make it the role. */
        private boolean roleNounFollows(int at, int lineEnd) {
            int k = skipSpaces(at, lineEnd);
            if (k >= lineEnd) {
                return true;
            }
            char c = text.charAt(k);
            return c == ',' || c == ';' || c == '.' || c == '(' || startsWord(k, lineEnd, "of") || startsWord(k, lineEnd, "at")
                    || startsWord(k, lineEnd, "for") || startsWord(k, lineEnd, "in") || startsWord(k, lineEnd, "with");
        }

        /**
         * What follows a comma after a name reads as a description: an article, "former", a capitalised
         * word, a role word or one within three words ("senior transport planner"); "cites the work of"
         * does not.
         */
        private boolean startsDescription(int at, int lineEnd) {
            Matcher w = WORD.matcher(text).region(at, Math.min(lineEnd, at + 80));
            for (int n = 0; n < 3 && w.find(); n++) {
                String word = w.group();
                if (n == 0 && w.start() > at && !text.substring(at, w.start()).isBlank()) {
                    return true; // "(Org)", a quote, a digit: leave it to the description
                }
                if (Character.isUpperCase(word.charAt(0)) || Vocabulary.isRoleWord(word)) {
                    return true;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                if (n == 0 && (lower.equals("a") || lower.equals("an") || lower.equals("the") || lower.equals("former")
                        || lower.equals("then") || lower.equals("currently") || lower.equals("now") || lower.equals("himself")
                        || lower.equals("herself") || lower.equals("our") || lower.equals("its") || lower.equals("their"))) {
                    return true;
                }
            }
            return false;
        }

        private boolean startsParticiple(int at, int lineEnd) {
            String word = wordAt(at, lineEnd);
            return word.length() > 4 && Character.isLowerCase(word.charAt(0)) && word.endsWith("ing")
                    && !roleWordNext(at + word.length(), lineEnd);
        }

        /** "mapping coordinator", "retired judge": the word after a participle is a role noun, so it modifies a title. */
        private boolean roleWordNext(int at, int lineEnd) {
            int k = skipSpaces(at, lineEnd);
            return k < lineEnd && Vocabulary.isRoleWord(wordAt(k, lineEnd));
        }

        private boolean personStartsNear(int at, PersonMention self) {
            int k = at;
            if (startsWord(k, text.length(), "and")) {
                k = skipSpaces(k + 3, text.length());
            }
            if (startsWord(k, text.length(), "by")) {
                k = skipSpaces(k + 2, text.length());
            }
            return personStartsAt(k, self);
        }

        private boolean personStartsAt(int offset, PersonMention self) {
            for (PersonMention p : allPersonsNear(offset)) {
                if (p != self && p.start() == offset) {
                    return true;
                }
            }
            return false;
        }

        private List<PersonMention> allPersonsNear(int offset) {
            int lo = 0;
            int hi = allPersons.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (allPersons.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return allPersons.subList(lo, Math.min(allPersons.size(), lo + 1));
        }

        // ---- what comes before the name ---------------------------------------------------------

        /**
         * Reads a role written before the name: "Human Rights Watch's UN Director, Philippe Bolopion,"
         * or "futurist Peter Schwartz". Returns where that role starts (the mention's start if none).
         */
        int readBefore(Sighting sighting, Sentence s) {
            PersonMention m = sighting.mention;
            int i = tokenAt(m.start());
            if (i <= s.firstToken()) {
                return m.start();
            }
            boolean comma = word(i - 1).equals(",");
            int last = comma ? i - 2 : i - 1;
            if (!comma) {
                last = beforeRetiredMark(last, s); // "Chief Superintendent (ret.) Graham E": the rank before the mark
            }
            if (last < s.firstToken()) {
                return m.start();
            }
            if (!comma && !Vocabulary.isRoleWord(word(last)) && !titleOfState(last, s) && !roleComplementEndsAt(last, s)) {
                return m.start();
            }
            int first = last;
            boolean hasRole = false;
            for (int j = last; j >= s.firstToken() && last - j < 12; j--) {
                String w = word(j);
                if (Vocabulary.isRoleWord(w)) {
                    hasRole = true;
                }
                if (!allowedInTitle(w, j, s)) {
                    break;
                }
                first = j;
            }
            int phraseStart = tokens.get(first).start();
            while (first <= last && (word(first).equalsIgnoreCase("the") || word(first).equals("then")
                    || POSSESSIVE_DETERMINERS.contains(word(first)) || Words.isDash(word(first)))) {
                first++;
            }
            if (!hasRole || first > last) {
                return m.start();
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last).end();
            String phrase = text.substring(start, end);
            if (comma && Cues.ROLE_NOUN_BEFORE.matcher(phrase + ",").find() && phrase.split("\\s+").length <= 3
                    && Cues.kindOfPredicate(phrase) == null && isCueNoun(phrase)) {
                return m.start(); // "the moderator, Mr. X": a cue, not a title
            }
            if (comma && (!followedByComma(m, s) && !titlesOpenTheSentence(first, s) || tokens.get(first).start() < consumedUntil)) {
                // "Subsequently, Dr. X provided": only an enclosed name has a role written before it, and
                // not when that role is the description of the person before ("A, Minister of Y, B, ...")
                // "Subsequently, Dr. X provided": only an enclosed name has a role written before it
                return m.start();
            }
            splitPossessive(sighting, first, last);
            return phraseStart;
        }

        /** The token before "(ret.)", "(retd)", "(Retired)" when one ends at token {@code last}; else {@code last}. */
        private int beforeRetiredMark(int last, Sentence s) {
            if (last - 2 < s.firstToken() || !word(last).equals(")")) {
                return last;
            }
            int open = word(last - 1).equals(".") ? last - 3 : last - 2;
            if (open < s.firstToken() || !word(open).equals("(")) {
                return last;
            }
            String mark = word(open + 1).toLowerCase(Locale.ROOT);
            boolean retired = mark.equals("ret") || mark.equals("retd") || mark.equals("rtd") || mark.equals("retired");
            return retired && open - 1 >= s.firstToken() ? open - 1 : last;
        }

        /**
         * "Moderator of the event, co-chair of the X Centre, Ismail Serag opened the meeting": titles separated by
         * commas run from the sentence's start to the name, so the name needs no comma after it.
         */
        private boolean titlesOpenTheSentence(int first, Sentence s) {
            int j = first - 1;
            while (j >= s.firstToken()) {
                if (!word(j).equals(",")) {
                    return false;
                }
                int k = j - 1;
                boolean role = false;
                while (k >= s.firstToken() && !word(k).equals(",") && j - k <= 8) {
                    String w = word(k);
                    String lower = w.toLowerCase(Locale.ROOT);
                    role |= Vocabulary.isRoleWord(w);
                    if (!Vocabulary.isRoleWord(w) && (lower.endsWith("ed") || Cues.PARTICIPATION_VERBS.contains(lower)
                            || lower.equals("said")) || Character.isDigit(w.charAt(0)) || w.equals(";") || w.equals(":")) {
                        return false; // a clause, not a title
                    }
                    k--;
                }
                if (!role || k >= s.firstToken() && !word(k).equals(",")) {
                    return false;
                }
                j = k;
            }
            return j < first - 1;
        }

        private boolean isCueNoun(String phrase) {
            String last = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            return switch (last) {
                case "moderator", "host", "speaker", "lecturer", "presenter", "chair", "panelist", "panellist",
                        "respondent", "discussant", "guest", "facilitator", "interviewer", "emcee" -> true;
                default -> false;
            };
        }

        /** The name is closed off after it: a comma, a semicolon, or the sentence's end ("introduced by our Director, X."). */
        private boolean followedByComma(PersonMention m, Sentence s) {
            int p = skipSpaces(m.end(), s.end());
            if (p >= s.end()) {
                return true;
            }
            char c = text.charAt(p);
            return c == ',' || c == ';' || c == '.' && skipSpaces(p + 1, s.end()) >= s.end();
        }

        /** "Germany's Ambassador" stays a role; "Human Rights Watch's UN Director" is a role at an organisation. */
        private void splitPossessive(Sighting sighting, int first, int last) {
            for (int j = first; j <= last; j++) {
                if (Words.isPossessive(word(j)) && j > first && j < last) {
                    String owner = text.substring(tokens.get(first).start(), tokens.get(j - 1).end());
                    // "Vice-Chairwoman of the People's Committee of X" has its role before the possessive
                    if (!Words.isCapitalised(word(first)) && !hasRoleWord(first, j - 1)) {
                        // "the film's director", "the festival's curator": the title, whose owner names no organisation
                        sighting.preRole = Span.of(tokens.get(j + 1).start(), tokens.get(last).end());
                        return;
                    }
                    if (!Places.isCountry(owner) && !hasRoleWord(first, j - 1)) {
                        sighting.preOrganization = Span.of(tokens.get(first).start(), tokens.get(j - 1).end());
                        sighting.preRole = Span.of(tokens.get(j + 1).start(), tokens.get(last).end());
                        return;
                    }
                }
            }
            Span role = Span.of(tokens.get(first).start(), tokens.get(last).end());
            RoleAndOrganization.Split led = splitter.ledByOrganisation(role.start(), role.end());
            sighting.preRole = led != null ? led.role() : role;
            sighting.preOrganization = led != null ? led.organization() : splitter.leadingOrganisation(role.start(), role.end());
        }

        private boolean hasRoleWord(int from, int to) {
            for (int j = from; j <= to; j++) {
                if (Vocabulary.isRoleWord(word(j))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "Member of Parliament for Kalangala East" + name, "Mayor of Kampong Reach" + name: capitalised words
         * ending at token {@code last} complete a role word through "of" or "for" (at most ten tokens back).
         */
        private boolean roleComplementEndsAt(int last, Sentence s) {
            if (!Words.isCapitalised(word(last))) {
                return false;
            }
            boolean preposition = false;
            for (int j = last; j >= s.firstToken() && last - j < 11; j--) {
                String w = word(j);
                if (preposition && Vocabulary.isRoleWord(w)) {
                    return true;
                }
                if (w.equals("of") || w.equals("for")) {
                    preposition = true;
                } else if (!(Words.isCapitalised(w) || w.equals("the") || w.equals("and") || Words.isPossessive(w))) {
                    return false;
                }
            }
            return false;
        }

        private boolean allowedInTitle(String w, int j, Sentence s) {
            if (Words.isPossessive(w) || Words.isDash(w) && j > s.firstToken()) {
                return true;
            }
            if ((w.equals("of") || w.equals("for")) && j + 1 < s.endToken() && j > s.firstToken()
                    && (Words.isCapitalised(word(j + 1)) || word(j + 1).equals("the") && j + 2 < s.endToken()
                    && Words.isCapitalised(word(j + 2)))
                    && (Vocabulary.isRoleWord(word(j - 1)) || Words.isCapitalised(word(j - 1)))) {
                return true; // "Member of the Regional Assembly for Lower Fenwick"
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("the") || lower.equals("then") || lower.equals("former")) {
                return true;
            }
            if (lower.equals("and") && j > s.firstToken() + 2 && j + 1 < s.endToken() && Words.isCapitalised(word(j - 1))
                    && Words.isCapitalised(word(j + 1)) && (word(j - 2).equals("of") || word(j - 2).equals("for"))) {
                return true; // "Deputy Minister of Food and Agriculture"
            }
            if (lower.equals("in") && j + 1 < s.endToken() && Words.isCapitalised(word(j + 1))) {
                return true; // "Poland's envoy in Washington"
            }
            if (!Character.isLetter(w.charAt(0))) {
                return false;
            }
            if (Words.isCapitalised(w)) {
                return !(Vocabulary.isNeverName(w) && PRE_TITLE_STOP.contains(lower)) && !isHonorificWord(w);
            }
            return !PRE_TITLE_STOP.contains(lower) && !(lower.endsWith("ed") && !lower.contains("-"));
        }

        private boolean isHonorificWord(String w) {
            return io.eventlens.extraction.entity.Honorifics.isHonorific(w, true) && !Vocabulary.isRoleWord(w);
        }

        private boolean titleOfState(int i, Sentence s) {
            return i - 2 >= s.firstToken() && word(i - 1).equals("of") && Words.isCapitalised(word(i))
                    && Vocabulary.isRoleWord(word(i - 2));
        }

        // ---- did they take part? -----------------------------------------------------------------

        void decide(Sighting sighting, Sentence s, int preStart, int descriptionEnd) {
            PersonMention m = sighting.mention;
            // cues lie close to the name; a bounded window keeps enormous lines cheap
            int windowStart = Math.max(s.start(), m.start() - CUE_REACH);
            String beforeMention = text.substring(windowStart, m.start());
            int cut = Math.max(windowStart, Math.min(preStart, m.start()));
            int organisationBefore = organisationBeforeParenthesis(sighting, windowStart);
            if (organisationBefore >= 0) {
                cut = organisationBefore; // "welcome addresses by representatives of TFA (Dr. X)": the cue stands before the organisation
            }
            String before = text.substring(windowStart, cut);
            String tail = beforeMention.toLowerCase(Locale.ROOT);
            if (insideQuotes(m.start()) || Cues.mayBeSpokenFor(tail) && Cues.SPOKEN_FOR.matcher(beforeMention).find()
                    || Cues.mayEndWithContact(before) && Cues.CONTACT.matcher(before).find()) {
                sighting.notParticipating = true;
                return;
            }
            if ((tail.contains("late") || tail.contains("memor") || tail.contains("tribute") || tail.contains("mourn")
                    || tail.contains("obituary")) && Cues.COMMEMORATED.matcher(beforeMention).find()) {
                sighting.withdrawn = true; // "in memory of X", "the late Y": no mention of them makes a participant
                return;
            }
            int afterStart = Math.max(descriptionEnd, m.end());
            String after = text.substring(afterStart, Math.max(afterStart, Math.min(s.end(), afterStart + REACH)));
            String right = text.substring(m.end(), Math.min(s.end(), afterRelativeClause(afterStart, s) + 80));
            if (Cues.mayBeWithdrawn(right) && Cues.WITHDRAWN.matcher(right).find()) {
                sighting.withdrawn = true;
                return;
            }
            int lineStart = Math.max(lineStart(s), windowStart);  // -1 (no line start near) falls back to the window
            String linePrefix = text.substring(lineStart, Math.max(lineStart, cut));
            boolean bulletLine = isLineStart(s) && (BULLET_LINE.matcher(linePrefix).find() || isListItem(s));
            LineLabel label = null;
            if (bulletLine) {
                label = label(s, linePrefix);
                if (label.excluded) {
                    sighting.notParticipating = true;
                    return;
                }
            }
            // 0. a prize's recipient: "the prize was presented by X to Y", "the medal went to Y"
            Matcher recipient = Cues.RECIPIENT.matcher(before);
            if (tail.contains("to") && recipient.find() && Cues.AWARD.matcher(text.substring(s.start(), s.end())).find()) {
                take(sighting, ParticipantKind.OTHER, windowStart + recipient.start(1), windowStart + recipient.end(1), 0.85);
                return;
            }
            // 1. a cue right before the name: "moderated by", "Keynote Address by", "a response from"
            Matcher by = Cues.BY.matcher(before);
            if (tail.contains("by") && by.find() && !madeWork(by, before) && onlyDescriptiveWords(by.group("words"))) {
                String cue = by.group(1).toLowerCase(Locale.ROOT);
                ParticipantKind kind = switch (cue) {
                    case "moderated", "chaired", "facilitated" -> ParticipantKind.MODERATOR;
                    case "hosted" -> Cues.hostedBy(before);
                    case "opened", "introduced" -> ParticipantKind.HOST;
                    case "led", "conducted", "run" -> Cues.mentionsDiscussion(before) ? ParticipantKind.MODERATOR : null;
                    default -> byKind(cue, before);
                };
                take(sighting, kind, windowStart + by.start(1), windowStart + by.end(1), 0.9);
                describeByWords(sighting, by, windowStart);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd); // "moderated by X and Y"
                return;
            }
            Matcher from = Cues.FROM.matcher(before);
            if (tail.contains("from") && from.find()) {
                take(sighting, byKind(from.group(1).toLowerCase(Locale.ROOT), before), windowStart + from.start(1),
                        windowStart + from.end(1), 0.85);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd);
                return;
            }
            // 2. "the moderator, Mr. X" / "The host, Ambassador Y"
            // "the first speaker, Pastor Y": the cue stands before the title written before the name
            String beforeTitle = beforeMention.stripTrailing().endsWith(",") || sighting.preRole == null ? beforeMention : before;
            Matcher noun = Cues.ROLE_NOUN_BEFORE.matcher(beforeTitle);
            if (beforeTitle.stripTrailing().endsWith(",") && noun.find() && !titleOfAnOrganisation(beforeTitle, noun.start(1))) {
                ParticipantKind kind = kindOfNoun(noun.group(1));
                take(sighting, kind, windowStart + noun.start(1), windowStart + noun.end(1), 0.85);
                refineByPredicate(sighting, s, descriptionEnd);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd); // "the first speaker, X, and Y"
                return;
            }
            // 3. "Opening the workshop on Monday, Dr. X"
            Matcher opener = Cues.OPENER.matcher(before);
            if (windowStart == s.start() && opener.find()) {
                String o = opener.group(1).toLowerCase(Locale.ROOT);
                ParticipantKind kind = o.startsWith("open") || o.startsWith("welcom") || o.startsWith("host")
                        || o.startsWith("kick") || o.equals("to open") ? ParticipantKind.HOST
                        : o.startsWith("chair") || o.startsWith("moderat") ? ParticipantKind.MODERATOR
                        : o.startsWith("in ") ? Cues.kindOf(o) : null; // "In her keynote speech, X"
                take(sighting, kind, windowStart + opener.start(1), windowStart + opener.end(1), 0.8);
                return;
            }
            // 4. in a list a cue opened: "Speakers included X; Y; as well as Z", "brought together X, Y and Z"
            Matcher list = Cues.LIST.matcher(before);
            if (Cues.mayEndWithList(before) && list.find()) {
                ParticipantKind kind = listKind(list, before.substring(0, list.start()));
                take(sighting, kind, windowStart + list.start(), windowStart + list.end(), 0.85);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd);
                return;
            }
            // "Speakers: A, Title, and B" inside a paragraph; "Discussant: X (Org)."
            Matcher inline = Cues.INLINE_LABEL.matcher(before);
            if ((before.indexOf(':') >= 0 || before.indexOf('(') >= 0) && inline.find()
                    && (inline.start() > 0 || windowStart == s.start() || inline.group(2) != null)) {
                int group = inline.group(1) != null ? 1 : 2;
                ParticipantKind kind = labelKindOfNoun(inline.group(group));
                if (sighting.role == null && sighting.organization == null && descriptionEnd >= s.end() && nextLineAdjoins(s)) {
                    describeFromNextLine(sighting, s); // "Speaker:  Dr. X" above "           Staff Scientist, Y Observatory"
                }
                take(sighting, kind, windowStart + inline.start(group), windowStart + inline.end(group), 0.85);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd);
                return;
            }
            // "The series begins on 3 June with Dr. X"
            Matcher opensWith = Cues.OPENS_WITH.matcher(before);
            if (tail.contains("with") && opensWith.find()) {
                take(sighting, null, windowStart + opensWith.start(), windowStart + opensWith.end(), 0.8);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd);
                return;
            }
            // "A panel followed, with A (Org), B, Title, and C"; "With A and B"; "sketching with illustrator X"
            if (tail.contains("with") && withCue(sighting, s, before, beforeMention, windowStart, descriptionEnd)) {
                return;
            }
            if (openList != null && openList.sentence == s && openList.end <= cut
                    && Cues.LIST_SEPARATOR.matcher(separatorBefore(openList.end, cut, organisationBefore >= 0)).matches()) {
                take(sighting, openList.kind, openList.cue.start(), openList.cue.end(), 0.85);
                openList = new OpenList(s, openList.kind, openList.cue, descriptionEnd);
                return;
            }
            // 5. a verb after the name and its description
            boolean eventLabel = label != null && label.span != null
                    && Cues.EVENT_CONTEXT.matcher(text.substring(label.span.start(), label.span.end())).find();
            int[] predicate = predicate(descriptionEnd, s, eventLabel);
            if (predicate != null) {
                String phrase = text.substring(predicate[0], predicate[1]);
                ParticipantKind kind = Cues.kindOfPredicate(phrase);
                Span cue = Span.of(predicate[0], predicate[1]);
                if (kind == null && label != null && label.kind != null) {
                    kind = label.kind; // "Two respondents reacted:" / "- X, planner, welcomed the evidence"
                    cue = label.span;
                }
                take(sighting, kind, cue.start(), cue.end(), 0.8);
                return;
            }
            Matcher roleAfter = Cues.ROLE_NOUN_AFTER.matcher(after);
            if (roleAfter.lookingAt()) {
                take(sighting, kindOfNoun(roleAfter.group(1)), afterStart + roleAfter.start(1),
                        afterStart + roleAfter.end(1), 0.8);
                return;
            }
            // 6. an agenda or list line: "Moderator: X (Org)", "- X, Title, Organisation", "Welcome - X"
            boolean entryPrefix = isLineStart(s) && (ENTRY_PREFIX.matcher(linePrefix).matches()
                    || LABEL_END.matcher(linePrefix).find() && linePrefix.length() < 160 && !madeBy(linePrefix)
                    || TIMED_LABEL_COMMA.matcher(linePrefix).matches());
            if ((entryPrefix || bulletLine) && restOfLineAllowsEntry(descriptionEnd, s)) {
                if (label == null) {
                    label = label(s, linePrefix);
                }
                if (label.excluded) {
                    sighting.notParticipating = true;
                    return;
                }
                if (sighting.biography && !label.namesParticipants) {
                    return; // "X is the director of Y." in running text is no agenda entry
                }
                if (sighting.role == null && sighting.organization == null && descriptionEnd >= s.end()) {
                    describeFromNextLine(sighting, s);
                }
                Span cue = label.kind != null ? label.span : m.nameSpan();
                take(sighting, label.kind, cue.start(), cue.end(), 0.85);
                openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd); // "Speakers: A (X), B (Y)"
            }
        }

        /**
         * Where the sentence goes on after a relative clause that follows a name and its description ("X, who chaired
         * the 2019 inquiry, is unable to join us"): after the clause's closing comma, else {@code from}.
         */
        private int afterRelativeClause(int from, Sentence s) {
            int limit = Math.min(s.end(), from + REACH);
            Matcher relative = RELATIVE_CLAUSE.matcher(text).region(skipSpaces(from, limit), limit);
            if (!relative.lookingAt()) {
                return from;
            }
            int comma = indexOf(',', relative.end(), limit);
            return comma < 0 ? from : comma;
        }

        /** The text between two people of a list; "), the " before an organisation loses its article. */
        /** A person starts within the next {@code words} words after {@code from}. */
        private boolean personWithin(int from, int lineEnd, int words) {
            Matcher w = WORD.matcher(text).region(from, Math.min(lineEnd, from + 120));
            for (int n = 0; n < words && w.find(); n++) {
                if (personStartsAt(w.start(), null)) {
                    return true;
                }
            }
            return false;
        }

        /** A person mention starts at {@code offset}: the name itself, not a title before it. */
        private boolean isPersonStart(int offset) {
            for (PersonMention p : allPersonsNear(offset)) {
                if (p.start() == offset) {
                    return true;
                }
            }
            return false;
        }

        private String separatorBefore(int from, int cut, boolean organisationFirst) {
            String between = text.substring(from, cut);
            // ", and the hydrologist Dr. Y": an article before a title written before the name
            return organisationFirst || cut < text.length() && Character.isLetter(text.charAt(cut))
                    && !isPersonStart(cut) ? TRAILING_ARTICLE.matcher(between).replaceFirst("") : between;
        }

        /**
         * "representatives of TFA (Dr. A), ENLA (Mr B)": a person in parentheses right after an
         * organisation belongs to it. Sets the affiliation and returns where the organisation starts, or -1.
         */
        private int organisationBeforeParenthesis(Sighting sighting, int windowStart) {
            PersonMention m = sighting.mention;
            int open = m.start() - 1;
            while (open > windowStart && text.charAt(open) == ' ') {
                open--;
            }
            int close = skipSpaces(m.end(), Math.min(text.length(), m.end() + 3));
            if (open <= windowStart || text.charAt(open) != '(' || close >= text.length() || text.charAt(close) != ')') {
                return -1;
            }
            Matcher org = ORGANISATION_BEFORE.matcher(text).region(windowStart, open);
            if (!org.find()) {
                return -1;
            }
            if (sighting.organization == null && sighting.role == null) {
                sighting.organization = Span.of(org.start(1), org.end(1));
            }
            return org.start(1);
        }

        /** "The council's chair, X": the noun is someone's title ("council's"), not a part in the event ("the evening's chair"). */
        private boolean titleOfAnOrganisation(String before, int noun) {
            Matcher possessive = POSSESSOR.matcher(before.substring(Math.max(0, noun - 40), noun));
            return possessive.find() && !Cues.EVENT_NOUN.matcher(possessive.group(1)).matches()
                    && !possessive.group(1).equalsIgnoreCase("evening") && !possessive.group(1).equalsIgnoreCase("day")
                    && !possessive.group(1).equalsIgnoreCase("night");
        }

        /** "with" opening the people who take part: after a separator or at the start, or with a role noun before the name. */
        private boolean withCue(Sighting sighting, Sentence s, String before, String beforeMention, int windowStart,
                int descriptionEnd) {
            Matcher with = Cues.WITH_LIST.matcher(before);
            boolean found = with.find() && (with.start() > 0 || windowStart == s.start() || !Character.isLetter(before.charAt(0)));
            if (!found) {
                with = Cues.WITH_ROLE.matcher(beforeMention); // "with the critic Ruth Okoro": the title is read already
                found = with.find() && containsRoleWord(with.group(1));
            }
            if (!found) {
                with = Cues.DISCUSSION_WITH.matcher(before); // "A panel will follow with X"
                found = with.find();
            }
            if (!found) {
                return false;
            }
            String source = with.pattern() == Cues.WITH_ROLE ? beforeMention : before;
            if (Cues.PARTNERSHIP_WITH.matcher(source.substring(0, with.start(1))).find()) {
                return false;
            }
            int from = Math.max(s.start(), sighting.mention.start() - REACH);
            // "Panel: ... | Moderated by X; with A and B", "A debate followed, with A, B and C": the discussants
            ParticipantKind kind = Cues.mentionsDiscussion(text.substring(from, sighting.mention.start())) ? ParticipantKind.PANELIST : null;
            int cueStart = windowStart + with.start(1) - 5;
            take(sighting, kind, Math.max(windowStart, cueStart), windowStart + with.start(1), 0.8);
            describeByWords(windowStart + with.start(1), windowStart + with.end(1), sighting);
            openList = new OpenList(s, sighting.kind, sighting.kindSpan, descriptionEnd);
            return true;
        }

        /** "led by retired electrician X": the words between the cue and the name describe the person. */
        private void describeByWords(Sighting sighting, Matcher by, int windowStart) {
            int start = by.start("words");
            if (start >= 0) {
                describeByWords(windowStart + start, windowStart + by.end("words"), sighting);
            }
        }

        private void describeByWords(int start, int end, Sighting sighting) {
            if (splitter.trim(start, end)[0] >= end) {
                return; // no words between the cue and the name (or its title)
            }
            int[] span = splitter.trim(start, sighting.preRole != null ? sighting.preRole.end() : end);
            while (span[0] < span[1] && (startsWord(span[0], span[1], "own") || startsWord(span[0], span[1], "our")
                    || startsWord(span[0], span[1], "the") || POSSESSIVE_DETERMINERS.contains(wordAt(span[0], span[1])))) {
                span[0] = skipSpaces(span[0] + wordAt(span[0], span[1]).length(), span[1]);
            }
            if (span[0] >= span[1] || sighting.role != null) {
                return;
            }
            if (sighting.preRole == null || span[0] < sighting.preRole.start()) {
                sighting.preRole = Span.of(span[0], span[1]);
            }
        }

        /** "retired electrician", "our own colleague" describe a person; "panel discussion with" does not. */
        private boolean onlyDescriptiveWords(String words) {
            if (words == null) {
                return true;
            }
            for (String w : words.strip().split("\\s+")) {
                if (!w.isEmpty() && (PRE_TITLE_STOP.contains(w) && !w.equals("our") || Cues.EVENT_NOUN.matcher(w).matches())) {
                    return false;
                }
            }
            return true;
        }

        private boolean containsRoleWord(String words) {
            for (String w : words.strip().split("\\s+")) {
                if (!w.isEmpty() && Vocabulary.isRoleWord(w)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * "A new policy report by", "The guide by": a line naming the authors of a work, not the people of an
         * event (programme labels ending in "by" carry no article: "Readings by", "Keynote Address by").
         */
        private boolean madeBy(String linePrefix) {
            String p = linePrefix.stripTrailing();
            return p.endsWith("by") && (Cues.WORK_BEFORE_BY.matcher(p.substring(0, p.length() - 2)).find()
                    || ARTICLE_FIRST.matcher(p).lookingAt());
        }

        /**
         * "a study led by X", "the film made by Y": the person made a work. Verbs of presenting keep their person
         * a participant even after a work ("the toolkit was presented by its lead author").
         */
        private boolean madeWork(Matcher by, String before) {
            String cue = by.group(1).toLowerCase(Locale.ROOT);
            boolean presenting = cue.startsWith("present") || cue.startsWith("introduc") || cue.startsWith("deliver")
                    || cue.startsWith("launch") || cue.startsWith("moderat") || cue.startsWith("chair") || cue.startsWith("host")
                    || cue.startsWith("open") || cue.startsWith("clos") || cue.startsWith("read");
            return !presenting && Cues.WORK_BEFORE_BY.matcher(before.substring(0, by.start(1))).find();
        }

        /** A list of participants opened by a cue, and where its last member's description ended. */
        private record OpenList(Sentence sentence, ParticipantKind kind, Span cue, int end) {
        }

        private OpenList openList;

        private ParticipantKind byKind(String cue, String before) {
            if (cue.matches("presented|handed.*|awarded|conferred|given") && Cues.AWARD.matcher(before).find()) {
                return ParticipantKind.HOST; // "the prize was presented by the Director": who presents a prize hosts its ceremony
            }
            if (cue.contains("keynote")) {
                return ParticipantKind.KEYNOTE;
            }
            if (cue.startsWith("welcom") || cue.startsWith("introduction")) {
                return ParticipantKind.HOST; // "Introduction by the Director, X": who introduces, hosts
            }
            if (cue.startsWith("response") || cue.equals("comments") || cue.equals("reflections")) {
                return ParticipantKind.PANELIST;
            }
            if (cue.equals("panel")) {
                return ParticipantKind.PANELIST;
            }
            ParticipantKind sentenceKind = Cues.kindOf(before);
            if (sentenceKind == ParticipantKind.KEYNOTE) {
                return sentenceKind;
            }
            if (sentenceKind == ParticipantKind.HOST && Pattern.compile("(?i)welcom").matcher(before).find()) {
                return sentenceKind;
            }
            return null;
        }

        private ParticipantKind listKind(Matcher list, String sentenceBefore) {
            if (list.group(1) != null) {
                return kindOfNoun(list.group(1));
            }
            if (list.group(2) != null) {
                return ParticipantKind.PANELIST;
            }
            if (Cues.mentionsPanel(sentenceBefore)) {
                return ParticipantKind.PANELIST;
            }
            return null;
        }

        /** The kind an inline label names: "Speakers:", "Discussant:", "Chair:", "Led by:". */
        private static ParticipantKind labelKindOfNoun(String label) {
            String n = label.toLowerCase(Locale.ROOT);
            if (n.startsWith("led") || n.startsWith("presented") || n.startsWith("trainer") || n.startsWith("instructor")
                    || n.startsWith("lecturer") || n.startsWith("speaker") || n.startsWith("presenter")) {
                return null;
            }
            if (n.startsWith("hosted")) {
                return ParticipantKind.HOST;
            }
            if (n.startsWith("moderated") || n.startsWith("chaired") || n.startsWith("facilitated")) {
                return ParticipantKind.MODERATOR;
            }
            ParticipantKind kind = kindOfNoun(n);
            return kind != null ? kind : Cues.kindOf(n);
        }

        private static ParticipantKind kindOfNoun(String noun) {
            String n = noun.toLowerCase(Locale.ROOT);
            if (n.startsWith("opponent") || n.startsWith("examiner")) {
                return ParticipantKind.PANELIST;
            }
            if (n.startsWith("keynote")) {
                return ParticipantKind.KEYNOTE;
            }
            if (n.contains("moderator") || n.startsWith("chair") || n.startsWith("co-chair") || n.equals("emcee")
                    || n.contains("ceremonies") || n.equals("interviewer")) {
                return ParticipantKind.MODERATOR;
            }
            if (n.contains("host")) {
                return ParticipantKind.HOST;
            }
            if (n.startsWith("panel") || n.startsWith("respondent") || n.startsWith("discussant")) {
                return ParticipantKind.PANELIST;
            }
            return null;
        }

        /** "the moderator, Mr. X ... opened the event": a verb may name a more specific kind. */
        private void refineByPredicate(Sighting sighting, Sentence s, int descriptionEnd) {
            int[] predicate = predicate(descriptionEnd, s);
            if (predicate != null) {
                ParticipantKind kind = Cues.kindOfPredicate(text.substring(predicate[0], predicate[1]));
                if (kind != null && Merger.priority(kind) < Merger.priority(sighting.kind)) {
                    sighting.kind = kind;
                    sighting.kindSpan = Span.of(predicate[0], predicate[1]);
                }
            }
        }

        private void take(Sighting sighting, ParticipantKind kind, int cueStart, int cueEnd, double confidence) {
            sighting.participant = true;
            sighting.kind = kind == null ? ParticipantKind.SPEAKER : kind;
            if (kind != null || sighting.kindSpan == null) {
                sighting.kindSpan = Span.of(cueStart, Math.max(cueStart, cueEnd));
            }
            sighting.confidence = confidence;
        }

        /** The verb phrase after a name and its description, as [start, end), or null if none takes part. */
        int[] predicate(int from, Sentence s) {
            return predicate(from, s, false);
        }

        /** {@code underEventLabel}: the line is an item of a list whose label speaks of the event ("Respondents:"). */
        int[] predicate(int from, Sentence s, boolean underEventLabel) {
            int lineEnd = Math.min(s.end(), from + REACH);
            int k = skipSpaces(from, lineEnd);
            if (k < lineEnd && text.charAt(k) == '(') {
                int close = indexOf(')', k, Math.min(lineEnd, k + 40));
                if (close > 0) {
                    k = skipSpaces(close + 1, lineEnd); // "X of the Harbour Authority (HTA) will moderate"
                }
            }
            if (k < lineEnd && text.charAt(k) == ',') {
                k = skipSpaces(k + 1, lineEnd);
            }
            // skip a relative clause: "Mr. Zeid, who served as ..., is likely"
            Matcher relative = RELATIVE_CLAUSE.matcher(text).region(k, lineEnd);
            int[] relativeVerb = null;
            Matcher participating = RELATIVE_PARTICIPATION.matcher(text).region(k, lineEnd);
            if (participating.lookingAt()) {
                int verb = participating.end() - wordBefore(participating.end());
                String v = text.substring(verb, participating.end()).toLowerCase(Locale.ROOT);
                // "who answered questions from the floor"; "who argued in 2019 that ..." only where the paragraph is an event's
                if (Cues.PARTICIPATION_VERBS.contains(v) && (!Cues.STATEMENT_VERBS.contains(v) || aboutAnEvent(verb))) {
                    relativeVerb = new int[] {verb, phraseEnd(verb, lineEnd)};
                }
            }
            if (relative.lookingAt()) {
                int comma = indexOf(',', relative.end(), lineEnd);
                if (comma < 0) {
                    return relativeVerb;
                }
                k = skipSpaces(comma + 1, lineEnd);
            }
            // skip a participle clause: "Dr. X, speaking again at the close, announced"
            if (startsParticiple(k, lineEnd)) {
                int comma = indexOf(',', k, lineEnd);
                if (comma < 0) {
                    return null;
                }
                k = skipSpaces(comma + 1, lineEnd);
            }
            // "..., said Dr. X, Director of Y, in her opening address"; "X, Title at Org, as co-facilitator"
            Matcher capacity = Cues.IN_CAPACITY.matcher(text).region(k, lineEnd);
            if (capacity.lookingAt()) {
                return new int[] {capacity.start(1), capacity.end(1)};
            }
            Matcher as = Cues.AS_CAPACITY.matcher(text).region(k, lineEnd);
            if (as.lookingAt()) {
                return new int[] {as.start(1), as.end(1)};
            }
            // "Mr. A, former Chair of X, and Ms. B, Head of Y, spoke": the verb after the other subject is theirs too
            int other = coordinatedSubjectEnd(k, lineEnd);
            if (other > k) {
                k = skipSpaces(other, lineEnd);
                if (k < lineEnd && text.charAt(k) == ',') {
                    k = skipSpaces(k + 1, lineEnd);
                }
            }
            int words = 0;
            while (k < lineEnd && words < 5) {
                String word = wordAt(k, lineEnd);
                if (word.isEmpty()) {
                    return relativeVerb;
                }
                String lower = word.toLowerCase(Locale.ROOT);
                if (Cues.PARTICIPATION_VERBS.contains(lower) && !(lower.equals("will") || lower.equals("has"))) {
                    if (lower.equals("told") && !Cues.TOLD_AUDIENCE.matcher(text).region(k, lineEnd).lookingAt()) {
                        return relativeVerb; // "told reporters" is no contribution; "told the meeting" is
                    }
                    if (Cues.STATEMENT_VERBS.contains(lower) && !Cues.PRESENTING_NOW.contains(lower) && !aboutAnEvent(k)
                            && !underEventLabel) {
                        return relativeVerb;
                    }
                    int end = phraseEnd(k, lineEnd);
                    return new int[] {k, end};
                }
                if (!Cues.ADVERBS.contains(lower)) {
                    return relativeVerb;
                }
                k = skipSpaces(k + word.length(), lineEnd);
                words++;
            }
            return relativeVerb;
        }

        /**
         * Where "and" + another person (with a title before the name and a description after it) ends, when that
         * is what follows at {@code k}; otherwise -1.
         */
        private int coordinatedSubjectEnd(int k, int lineEnd) {
            if (!startsWord(k, lineEnd, "and")) {
                return -1;
            }
            int from = skipSpaces(k + 3, lineEnd);
            PersonMention other = personStartingWithin(from, Math.min(lineEnd, from + 80));
            if (other == null) {
                return -1;
            }
            for (int c = from; c < other.start(); c++) {
                char ch = text.charAt(c);
                if (ch == ',' && c > from && text.substring(c + 1, other.start()).isBlank()) {
                    continue; // "and Finland's State Secretary, Ms. X": the title set off by a comma
                }
                if (!(Character.isLetter(ch) || ch == ' ' || ch == '-' || ch == '\'' || ch == '\u2019' || ch == '.')) {
                    return -1; // only a title may stand between "and" and the name: "and Commissioner X"
                }
            }
            return descriptionEnd(other, lineEnd);
        }

        /** Where the description after another person's name ends (", Title, Org", "(Org)", "of the Org"), without reading it. */
        private int descriptionEnd(PersonMention p, int lineEnd) {
            int k = skipSpaces(p.end(), lineEnd);
            if (k >= lineEnd) {
                return lineEnd;
            }
            char c = text.charAt(k);
            if (c == ',') {
                int start = skipSpaces(k + 1, lineEnd);
                return startsClause(start, lineEnd) || !startsDescription(start, lineEnd) ? k : scanEnd(start, lineEnd, p);
            }
            if (c == '(') {
                int close = closingParenthesis(k, lineEnd);
                return close < 0 ? k : close + 1;
            }
            Matcher affiliation = AFFILIATION_AFTER_NAME.matcher(text).region(p.end(), lineEnd);
            if (affiliation.lookingAt()) {
                int orgStart = text.indexOf(' ', skipSpaces(p.end(), lineEnd)) + 1;
                return Math.min(scanEnd(orgStart, lineEnd, p), splitter.capitalisedNameEnd(orgStart, lineEnd));
            }
            return p.end();
        }

        private PersonMention personStartingWithin(int from, int to) {
            int lo = 0;
            int hi = allPersons.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (allPersons.get(mid).start() < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo < allPersons.size() && allPersons.get(lo).start() < to ? allPersons.get(lo) : null;
        }

        /** The paragraph around {@code offset} (bounded) speaks of an event: a panel, remarks, a session... */
        private boolean aboutAnEvent(int offset) {
            int from = Math.max(0, offset - 1500);
            int to = Math.min(text.length(), offset + 1500);
            int lineStart = lastIndexOf("\n", Math.max(from, offset - REACH), offset) + 1;
            if (lineStart > 0 && BULLET_LINE.matcher(text).region(lineStart, Math.min(to, lineStart + 8)).lookingAt()) {
                // an item of a bulleted list speaks for itself: "- Fellows A and B defended their theses"
                int lineEnd = text.indexOf('\n', offset);
                return Cues.EVENT_CONTEXT.matcher(text).region(lineStart, lineEnd < 0 ? to : Math.min(lineEnd, to)).find();
            }
            int start = Math.max(from, lastIndexOf("\n\n", from, offset));
            if (start > from) {
                // a short heading line right above the paragraph ("4. Sessions") belongs to it
                int headingStart = lastIndexOf("\n", Math.max(from, start - 80), start - 1) + 1;
                String heading = headingStart > 0 ? text.substring(headingStart, start).strip() : "";
                if (!heading.isEmpty() && heading.length() <= 60 && !heading.endsWith(".")) {
                    start = headingStart;
                }
            }
            int end = to;
            for (int k = offset; k + 1 < to; k++) {
                if (text.charAt(k) == '\n' && text.charAt(k + 1) == '\n') {
                    end = k;
                    break;
                }
            }
            return Cues.EVENT_CONTEXT.matcher(text).region(start, end).find();
        }

        private int wordBefore(int end) {
            int k = end;
            while (k > 0 && Character.isLetter(text.charAt(k - 1))) {
                k--;
            }
            return end - k;
        }

        private int phraseEnd(int from, int lineEnd) {
            int limit = Math.min(lineEnd, from + 90);
            for (int k = from; k < limit; k++) {
                char c = text.charAt(k);
                if (c == ',' || c == ';' || c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1)))) {
                    return k;
                }
            }
            return limit;
        }

        /** After an entry's description: nothing, another entry, or more description ("..., and a former adviser"). */
        private boolean isOpeningQuote(int q) {
            char c = text.charAt(q);
            return c == '"' || c == '\u201C' || c == '\u2018' || c == '\u00AB'
                    || c == '\'' && q + 1 < text.length() && Character.isLetter(text.charAt(q + 1));
        }

        private boolean restOfLineAllowsEntry(int from, Sentence s) {
            int limit = Math.min(s.end(), from + REACH);
            int k = skipSpaces(from, limit);
            if (k >= s.end() || k >= text.length()) {
                return true;
            }
            char c = text.charAt(k);
            if (c == ';' || c == '.' || c == '(' || NEXT_ITEM.matcher(text).region(k, s.end()).lookingAt()) {
                return true;
            }
            if (c == ':' || c == ',' || c == '\u2013' || c == '\u2014' || c == '-') {
                int q = skipSpaces(k + 1, limit);
                if (q < limit && isOpeningQuote(q)) {
                    return true; // "Dr A (Org): “Title of the talk”": the talk's title follows its speaker
                }
                if (q < limit && (emphasisAt(q, s.end()) || c != ',' && k > 0 && text.charAt(skipBack(k)) == ')')) {
                    // "Dr A (Org): *Title of the talk*", "A (Org) — Title of the paper": a programme's entry names
                    // the speaker, the affiliation in brackets, then the talk
                    return true;
                }
            }
            if (startsWord(k, limit, "and") && personStartsNear(k, null)) {
                // "A (Org) and B, Title", "A and B, the team" (but not "A and B defended their theses")
                PersonMention other = personStartingWithin(skipSpaces(k + 3, limit), limit);
                int otherEnd = other == null ? -1 : descriptionEnd(other, s.end());
                return otherEnd > k && otherEnd < s.end() && restOfLineAllowsEntry(otherEnd, s)
                        || otherEnd >= s.end();
            }
            if (c != ',') {
                return false;
            }
            int next = skipSpaces(k + 1, limit);
            if (MORE_DESCRIPTION.matcher(text).region(next, limit).lookingAt() || personStartsNear(next, null)) {
                return true; // "..., and a former Special Adviser on ...", "Speakers: A (X), B (Y)"
            }
            if (!RELATIVE_CLAUSE.matcher(text).region(k, limit).lookingAt()) {
                return false;
            }
            // "- Mr. X, former minister, who presided over ...;" is an entry; "X, who was appointed in 2015,
            // has not commented" is a sentence about X
            int comma = indexOf(',', next, limit);
            return comma < 0 || !startsClause(skipSpaces(comma + 1, limit), limit);
        }

        /** A name alone on its line with the role on the next ("Dr Margaret Chan" / "Emeritus Director-General, WHO"). */
        /** The next sentence starts on the very next line, no blank line and no heading between ("About the speaker"). */
        private boolean nextLineAdjoins(Sentence s) {
            int index = indexOf(s);
            if (index < 0 || index + 1 >= sentences.size()) {
                return false;
            }
            Sentence next = sentences.get(index + 1);
            String between = text.substring(s.end(), next.start());
            return between.indexOf('\n') == between.lastIndexOf('\n')
                    && !ABOUT_HEADING.matcher(text.substring(next.start(), next.end())).lookingAt();
        }

        private void describeFromNextLine(Sighting sighting, Sentence s) {
            int index = indexOf(s);
            if (index < 0 || index + 1 >= sentences.size()) {
                return;
            }
            Sentence next = sentences.get(index + 1);
            if (namesAnotherPerson(next, sighting) || next.tokenCount() > 25) {
                return;
            }
            if (stackedEntry(sighting, index)) {
                return;
            }
            // "Professor of X, Y Institute; member of the Z Panel": the first clause is the position, the rest more of it
            int lineEnd = firstSemicolon(next.start(), next.end());
            if (!startsWithRoleWordWithin(next, 5)) {
                // a card's line with the organisation alone: "Prof. X" above "Delft University of Technology"
                RoleAndOrganization.Split org = next.tokenCount() <= 12 ? splitter.split(next.start(), lineEnd) : null;
                if (org != null && org.role() == null && org.organization() != null) {
                    sighting.organization = org.organization();
                    consume(next.start(), next.end());
                }
                return;
            }
            RoleAndOrganization.Split split = splitter.split(next.start(), lineEnd);
            sighting.role = split.role();
            sighting.organization = split.organization();
            consume(next.start(), next.end());
            if (split.organization() == null && index + 2 < sentences.size()) {
                // a speaker card: the name, then the title, then the organisation, each on its own line
                Sentence third = sentences.get(index + 2);
                if (document.within(PersonMention.LAYER, third).isEmpty() && third.tokenCount() <= 15) {
                    RoleAndOrganization.Split org = splitter.split(third.start(), third.end());
                    if (org.role() == null && org.organization() != null) {
                        sighting.organization = org.organization();
                        consume(third.start(), third.end());
                    }
                }
            }
        }

        /** How many lines under a name a stacked entry may take (title, unit, organisation, a note). */
        private static final int STACK_LINES = 4;

        /**
         * A stacked entry of a witness list or a list of participants: the name alone on its line, the title on
         * the next, the organisation on the lines under it, one line per part, no blank line between:
         * <pre>
         *   Mr. A B                              Ms. C D
         *   Director, Office of X                Deputy Assistant Secretary
         *   Agency for Y                         Bureau of Z
         *                                        Department of W
         * </pre>
         * The first line is the title as stated (with the unit it names), the lines under it the organisation (its
         * parts joined); a line in parentheses ("(appearing remotely)", "(Rapporteur)") is a note and is skipped.
         * Read so only when the first line reads as a title and every later one names a body and nothing else.
         */
        private boolean stackedEntry(Sighting sighting, int index) {
            List<Sentence> stack = new ArrayList<>();
            Sentence previous = sentences.get(index);
            for (int k = index + 1; k < sentences.size() && stack.size() < STACK_LINES + 1; k++) {
                Sentence line = sentences.get(k);
                String between = text.substring(previous.end(), line.start());
                if (between.indexOf('\n') < 0 || between.indexOf('\n') != between.lastIndexOf('\n')) {
                    break; // the entry ends at a blank line (or where a line holds two sentences)
                }
                if (line.tokenCount() > 15 || personOpens(line) || endsWithColon(line)) {
                    break;
                }
                previous = line;
                if (!parenthetical(line)) {
                    stack.add(line);
                }
            }
            if (stack.size() < 2 || stack.size() > STACK_LINES || !startsWithRoleWordWithin(stack.get(0), 5)) {
                return false;
            }
            Sentence title = stack.get(0);
            for (int k = 1; k < stack.size(); k++) {
                Sentence line = stack.get(k);
                RoleAndOrganization.Split part = splitter.split(line.start(), line.end());
                if (part.role() != null || part.organization() == null || startsWithRoleWordWithin(line, 3)
                        || !nameCased(line)) {
                    return false; // (a talk's title in sentence case under the title is no organisation)
                }
            }
            int titleEnd = title.end();
            while (titleEnd > title.start() && (text.charAt(titleEnd - 1) == ',' || Character.isWhitespace(text.charAt(titleEnd - 1)))) {
                titleEnd--;
            }
            Sentence last = stack.get(stack.size() - 1);
            sighting.role = Span.of(title.start(), titleEnd);
            RoleAndOrganization.Split lastPart = splitter.split(last.start(), last.end());
            sighting.organization = stack.size() == 2 ? lastPart.organization() : Span.of(stack.get(1).start(), lastPart.organization().end());
            consume(title.start(), last.end());
            return true;
        }

        /** Lower-case words a body's name may hold ("Institute for the Study of X", "Observatorio de Y"). */
        private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "and", "on", "in", "at", "to", "&",
                "de", "du", "des", "la", "le", "les", "et", "di", "da", "do", "dos", "das", "del", "della", "van", "von",
                "der", "den", "für", "y", "e", "i");

        /** Every word of the line is capitalised but for the connectors of a name: a body's name, not a phrase. */
        private boolean nameCased(Sentence line) {
            for (String w : text.substring(line.start(), line.end()).split("[\\s,;()]+")) {
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NAME_CONNECTORS.contains(w)) {
                    return false;
                }
            }
            return true;
        }

        /** The line opens with a person's name (with its honorific): the next entry of the list, not more of this one. */
        private boolean personOpens(Sentence line) {
            for (PersonMention p : document.within(PersonMention.LAYER, line)) {
                if (p.start() <= line.start() + 4) {
                    return true;
                }
            }
            return false;
        }

        /** Marked-up emphasis (italics) starts at {@code offset}: a talk's or a publication's title. */
        private boolean emphasisAt(int offset, int lineEnd) {
            for (io.eventlens.extraction.normalize.Markup mk : document.within(io.eventlens.extraction.normalize.Markup.LAYER,
                    Span.of(offset, Math.max(offset, lineEnd)))) {
                if (mk.kind() == io.eventlens.extraction.normalize.Markup.Kind.EMPHASIS && mk.start() == offset) {
                    return true;
                }
            }
            return false;
        }

        /** The last non-space character before {@code k}. */
        private int skipBack(int k) {
            int j = k - 1;
            while (j > 0 && text.charAt(j) == ' ') {
                j--;
            }
            return j;
        }

        /** The line is a note in parentheses: "(appearing remotely)", "(Rapporteur)". */
        private boolean parenthetical(Sentence line) {
            String t = text.substring(line.start(), line.end()).strip();
            return t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1;
        }

        private boolean endsWithColon(Sentence line) {
            String t = text.substring(line.start(), line.end()).strip();
            return t.endsWith(":");
        }

        /** A person on the line other than the card's own name repeated ("Senior Counsel, Bakare & Osei Chambers"). */
        private boolean namesAnotherPerson(Sentence line, Sighting sighting) {
            for (PersonMention p : document.within(PersonMention.LAYER, line)) {
                String name = p.name();
                if (!("repeat".equals(p.evidence()) && name.indexOf(' ') < 0
                        && (" " + sighting.mention.name() + " ").contains(" " + name + " "))) {
                    return true;
                }
            }
            return false;
        }

        private int firstSemicolon(int from, int to) {
            int semicolon = indexOf(';', from, to);
            return semicolon > from ? semicolon : to;
        }

        private boolean startsWithRoleWordWithin(Sentence line, int n) {
            for (int k = line.firstToken(); k < line.endToken() && k < line.firstToken() + n; k++) {
                if (Vocabulary.isRoleWord(word(k))) {
                    return true;
                }
                if (word(k).equals(",")) {
                    return false;
                }
            }
            return false;
        }

        // ---- labels of agenda lines ------------------------------------------------------------

        private record LineLabel(ParticipantKind kind, Span span, boolean excluded, boolean namesParticipants) {
        }

        /** The kind a line's own label names, or else the label line above a list of entries. */
        private LineLabel label(Sentence s, String linePrefix) {
            String own = LINE_PREFIX_MARKS.matcher(linePrefix).replaceAll("");
            int lineStart = lineStart(s);
            if (Cues.NOT_PARTICIPANTS.matcher(own).find() || Cues.VENUE_LABEL.matcher(own).find()) {
                return new LineLabel(null, null, true, false);
            }
            if (!own.isBlank() && !isTitleOnly(own)) {
                ParticipantKind kind = labelKind(own);
                int offset = lineStart + linePrefix.indexOf(own);
                return new LineLabel(kind, Span.of(offset, offset + own.length()), false, kind != null || LABEL_LINE.matcher(own).find());
            }
            int index = indexOf(s);
            for (int k = index - 1; k >= 0 && k >= index - 12; k--) {
                Sentence line = sentences.get(k);
                if (isEntryLine(line) || LIST_NUMBER.matcher(text).region(line.start(), line.end()).matches()) {
                    continue; // entries above, and "3." cut off from its entry
                }
                String label = text.substring(line.start(), Math.min(line.end(), line.start() + REACH));
                if (Cues.NOT_PARTICIPANTS.matcher(label).find() || Cues.VALEDICTION.matcher(label).find()) {
                    return new LineLabel(null, null, true, false); // contacts, staff, a letter's signer
                }
                List<PersonMention> named = line.length() <= 2 * REACH ? document.within(PersonMention.LAYER, line) : List.of();
                if (!named.isEmpty()) { // (a label is short: a long line is read as before, so entries never rescan it)
                    // "A panel moderated by X of Radio Y then heard from:": the label's own person is the moderator,
                    // the entries under it are what the rest of the label says (here: a panel's panellists)
                    ParticipantKind kind = labelKindBesides(line, named);
                    return new LineLabel(kind, Span.of(line.start(), line.end()), false, kind != null);
                }
                ParticipantKind kind = labelKind(label);
                return new LineLabel(kind, Span.of(line.start(), line.end()), false,
                        kind != null || LABEL_LINE.matcher(label).matches());
            }
            return new LineLabel(null, null, false, false);
        }

        /**
         * The kind a label line that names people itself gives the entries below it: read without those people and the
         * cue that introduces them ("moderated by X of Y"), so that only the words about the list remain ("A panel ...
         * then heard from:"). A discussion led by a named moderator has panellists; a list cue with no kind words gives none.
         */
        private ParticipantKind labelKindBesides(Sentence line, List<PersonMention> named) {
            StringBuilder words = new StringBuilder();
            boolean ledByThem = false;
            int from = line.start();
            for (PersonMention person : named) {
                if (person.start() < from) {
                    continue;
                }
                String before = text.substring(from, person.start());
                Matcher by = CUE_BEFORE_NAME.matcher(before);
                if (by.find()) {
                    ledByThem |= Cues.kindOf(by.group()) == ParticipantKind.MODERATOR;
                    before = before.substring(0, by.start());
                }
                words.append(before).append(' ');
                from = Math.min(line.end(), Math.max(person.end(), descriptionEnd(person, line.end())));
            }
            String tail = text.substring(from, line.end());
            String rest = words + tail;
            Matcher list = Cues.LIST.matcher(tail.strip());
            if (list.find()) {
                ParticipantKind kind = listKind(list, rest);
                if (kind != null) {
                    return kind;
                }
            }
            ParticipantKind kind = labelKind(rest);
            // "The session, chaired by X, went on to hear from:": the voices of a moderated discussion are its panellists
            boolean opensList = tail.strip().endsWith(":");
            if (kind == null && (ledByThem && opensList || (ledByThem || list.find(0)) && Cues.mentionsDiscussion(rest))) {
                return ParticipantKind.PANELIST;
            }
            return kind;
        }

        private ParticipantKind labelKind(String label) {
            ParticipantKind kind = Cues.kindOf(label);
            if (kind == ParticipantKind.HOST && !HOST_LABEL.matcher(label).find()) {
                return null;
            }
            if (kind == null && Cues.mentionsPanel(label)) {
                return ParticipantKind.PANELIST; // the people under "Panel: Who pays for restoration?"
            }
            return kind;
        }

        /** "Sister ", "Professor ", "Deputy Mayor ": a title written before the name, not a label of the line. */
        private boolean isTitleOnly(String prefix) {
            // "Lt. Gen. (ret.)", "The Right Reverend", "Air Vice-Marshal": a rank may carry a mark, and capitalised
            // words (an article first) may lead to its last title word
            String[] words = RETIRED_MARK.matcher(prefix).replaceAll(" ").strip().split("\\s+");
            if (words.length > 4) {
                return false;
            }
            boolean allTitles = true;
            for (int k = 0; k < words.length; k++) {
                String w = words[k];
                boolean title = isTitleWord(w);
                boolean lead = k < words.length - 1 && Words.isCapitalised(w) && (!Vocabulary.isNeverName(w) || k == 0 && w.equals("The"));
                if (!title && !lead) {
                    return false;
                }
                allTitles &= title;
            }
            return allTitles || isTitleWord(words[words.length - 1]) && !Vocabulary.isTitleModifier(words[words.length - 1]);
        }

        private static boolean isTitleWord(String w) {
            return Vocabulary.isRoleWord(w) || Vocabulary.isTitleModifier(w) || io.eventlens.extraction.entity.Honorifics.isHonorific(w, true)
                    || io.eventlens.extraction.entity.Honorifics.opensAddress(w);
        }

        /** A line that lists a person, or continues a person's description: skipped when looking for a label. */
        private boolean isEntryLine(Sentence line) {
            if (line.length() > REACH) {
                return false;
            }
            List<PersonMention> in = document.within(PersonMention.LAYER, line);
            if (!in.isEmpty()) {
                int start = Math.max(0, lineStart(line));
                if (in.get(0).start() - start > REACH) {
                    return false;
                }
                String prefix = text.substring(start, in.get(0).start());
                if (ENTRY_PREFIX.matcher(prefix).matches() || LABEL_END.matcher(prefix).find() && prefix.length() < 160) {
                    return true;
                }
                // "2. Commander Piet Oduya (retired)": a title between the list marker and the name
                String title = prefix.replaceFirst("^[\\s\\p{Pd}\u2022\u00b7*>|]*(?:\\d{1,2}[.)])?\\s*", "");
                if (title.strip().equals("The") && in.get(0).honorific() != null) {
                    return true; // "- The Right Reverend X": the article of a form of address
                }
                return !title.isBlank() && isTitleOnly(title);
            }
            String content = text.substring(line.start(), line.end());
            return line.tokenCount() <= 25 && startsWithRoleWordWithin(line, 5) && !content.endsWith(":")
                    && !LABEL_LINE.matcher(content).matches() && (!CONTRIBUTION_LABEL.matcher(content).find() || underAName(line));
        }

        /** The line right above is a name alone: this line is that person's card ("...; member of the X Panel"). */
        private boolean underAName(Sentence line) {
            int index = indexOf(line);
            if (index <= 0) {
                return false;
            }
            Sentence above = sentences.get(index - 1);
            List<PersonMention> in = document.within(PersonMention.LAYER, above);
            return in.size() == 1 && text.substring(above.start(), above.end()).strip().equals(document.text(in.get(0)).strip())
                    && text.substring(above.end(), line.start()).indexOf('\n') == text.substring(above.end(), line.start()).lastIndexOf('\n');
        }

        // ---- the region's conveners ------------------------------------------------------------

        /** Every match of CONVENER holds one of its verbs: most texts hold none, and the regex is costly to try everywhere. */
        private static boolean mayNameConvener(String lower) {
            return (lower.contains("convened") || lower.contains("hosted") || lower.contains("organised") || lower.contains("organized")
                    || lower.contains("chaired") || lower.contains("called")) && edBy(lower);
        }

        /** Whether "ed", spaces and "by" follow each other somewhere: every verb of CONVENER ends in "ed". */
        private static boolean edBy(String lower) {
            for (int i = lower.indexOf("ed"); i >= 0; i = lower.indexOf("ed", i + 1)) {
                int k = i + 2;
                int spaces = k;
                while (k < lower.length() && isRegexSpace(lower.charAt(k))) {
                    k++;
                }
                if (k > spaces && lower.startsWith("by", k)) {
                    return true;
                }
            }
            return false;
        }

        /** A character of the regex class \s. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
        }

        /** "Convened by the President of the General Assembly": people holding that role host the event. */
        private List<String> conveners() {
            List<String> found = new ArrayList<>();
            if (!mayNameConvener(text.substring(region.start(), region.end()).toLowerCase(Locale.ROOT))) {
                return found;
            }
            Matcher m = CONVENER.matcher(text).region(region.start(), region.end());
            while (m.find()) {
                if (!RETIRED_MARK.matcher(text).region(m.end(1), Math.min(text.length(), m.end(1) + 12)).lookingAt()) {
                    found.add(m.group(1).strip()); // "chaired by Deputy Chief Constable (retd) X" names a person's rank
                }
            }
            return found;
        }

        // ---- small helpers ---------------------------------------------------------------------

        private Sentence sentenceOf(int offset) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Sentence s = sentences.get(mid);
                if (offset < s.start()) {
                    hi = mid - 1;
                } else if (offset >= s.end()) {
                    lo = mid + 1;
                } else {
                    return s;
                }
            }
            return null;
        }

        private int indexOf(Sentence s) {
            int lo = 0;
            int hi = sentences.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int start = sentences.get(mid).start();
                if (start < s.start()) {
                    lo = mid + 1;
                } else if (start > s.start()) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -1;
        }

        private int tokenAt(int offset) {
            int lo = 0;
            int hi = tokens.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens.get(mid).start() < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private String word(int i) {
            Token t = tokens.get(i);
            return text.substring(t.start(), t.end());
        }

        /** Where the line holding {@code s} starts; a sentence far into a long line counts as starting it nowhere near. */
        private int lineStart(Sentence s) {
            int limit = Math.max(0, s.start() - REACH);
            for (int k = s.start() - 1; k >= limit; k--) {
                if (text.charAt(k) == '\n') {
                    return k + 1;
                }
            }
            return limit == 0 ? 0 : -1;
        }

        /** The sentence opens its line, after nothing or only a list number the splitter cut off ("1." "H.E. Mr. X, ..."). */
        private boolean isLineStart(Sentence s) {
            int start = lineStart(s);
            return start >= 0 && (start == s.start() || LIST_NUMBER.matcher(text).region(start, s.start()).matches());
        }

        /** The layout annotator (when it ran) saw a list item here, whose marker a normaliser may have removed. */
        private boolean isListItem(Sentence s) {
            int lo = 0;
            int hi = lines.size() - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                Line line = lines.get(mid);
                if (s.start() < line.start()) {
                    hi = mid - 1;
                } else if (s.start() >= line.end()) {
                    lo = mid + 1;
                } else {
                    return line.listItem() && s.start() <= line.bodyStart();
                }
            }
            return false;
        }

        /** The last occurrence of {@code s} starting in [from, before), or -1; never looks further back than {@code from}. */
        private int lastIndexOf(String s, int from, int before) {
            for (int k = Math.min(before, text.length() - s.length()); k >= from; k--) {
                if (text.startsWith(s, k)) {
                    return k;
                }
            }
            return -1;
        }

        private int indexOf(char c, int from, int to) {
            for (int k = from; k < to; k++) {
                if (text.charAt(k) == c) {
                    return k;
                }
            }
            return -1;
        }

        /**
         * Whether {@code offset} lies inside a quotation: quotes counted from the paragraph's start (at most
         * {@link #QUOTE_REACH} characters back), so that a quote closed before "said X" is seen as closed.
         */
        private boolean insideQuotes(int offset) {
            int from = Math.max(0, offset - QUOTE_REACH);
            int paragraph = lastIndexOf("\n\n", from, offset);
            if (paragraph >= 0) {
                from = paragraph + 2;
            }
            int open = 0;
            int straight = 0;
            for (int k = from; k < offset; k++) {
                char c = text.charAt(k);
                if (c == '\u201c') {
                    open++;
                } else if (c == '\u201d') {
                    open = Math.max(0, open - 1);
                } else if (c == '"') {
                    straight++;
                }
            }
            return open > 0 || straight % 2 == 1;
        }

        private boolean isDashAt(int p) {
            char c = text.charAt(p);
            return c == '\u2013' || c == '\u2014' || c == '|'
                    || c == '-' && p + 1 < text.length() && Character.isWhitespace(text.charAt(p + 1));
        }

        private int closingParenthesis(int open, int lineEnd) {
            int depth = 0;
            for (int k = open; k < Math.min(lineEnd, open + REACH); k++) {
                char c = text.charAt(k);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return k;
                }
            }
            return -1;
        }

        private int skipArticle(int from, int end) {
            return Scanning.skipArticle(text, from, end);
        }

        private int skipSpaces(int from, int end) {
            return Scanning.skipSpaces(text, from, end);
        }

        private boolean startsWord(int at, int end, String word) {
            return Scanning.startsWord(text, at, end, word);
        }

        private String wordAt(int at, int end) {
            int k = at;
            while (k < end && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
                k++;
            }
            return text.substring(at, k);
        }

        private static boolean startsWithRoleWord(String s) {
            String first = s.split("[\\s,;]+", 2)[0];
            return Vocabulary.isRoleWord(first) || first.equalsIgnoreCase("former");
        }
    }
}
