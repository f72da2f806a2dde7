package io.eventlens.extraction.ner;

import io.eventlens.extraction.text.Token;
import io.eventlens.extraction.text.Tokenizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

/**
 * Word lists from general sources that hint at a name's type: country, language and city names
 * from the JDK (Locale, TimeZone), month and weekday names from java.time, and short lists of
 * general words (honorifics, organisation words, role words, place words). Nothing here comes
 * from a training corpus. Entries may span several tokens ("New Zealand", "Buenos Aires").
 */
final class Gazetteer {

    static final int COUNTRY = 0;
    static final int CITY = 1;
    static final int LANGUAGE = 2;
    static final int MONTH = 3;
    static final int WEEKDAY = 4;
    static final int HONORIFIC = 5;
    static final int ORGANIZATION_WORD = 6;
    static final int ROLE_WORD = 7;
    static final int PLACE_WORD = 8;
    static final int CATEGORIES = 9;

    private static final Set<String> TIME_ZONE_REGIONS = Set.of(
            "Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific", "Arctic");
    private static final Set<String> NOT_CITIES = Set.of(
            "north", "south", "east", "west", "central", "eastern", "western", "mountain", "pacific", "atlantic",
            "yukon", "acre", "knox", "virgin", "universal");

    private static final List<String> HONORIFICS = List.of(
            "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Sir", "Dame",
            "Lord", "Lady", "Rev", "Rev.", "Reverend", "Fr.", "Father", "Sister", "Brother", "Sheikh", "Madam", "Mme",
            "Mme.", "Mlle", "Herr", "Frau", "Senor", "Señor", "Señora", "Monsieur", "Madame", "H.E.", "Excellency",
            "Hon.", "Honourable", "Honorable");
    private static final List<String> ORGANIZATION_WORDS = List.of(
            "Institute", "Institution", "Centre", "Center", "Foundation", "Mission", "Office", "University", "Council",
            "Committee", "Commission", "Association", "Society", "Ministry", "Department", "Agency", "Bank",
            "Corporation", "Corp", "Corp.", "Company", "Co", "Co.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "LLC",
            "AG", "GmbH", "SA", "NV", "BV", "Group", "Holdings", "Union", "Party", "Federation", "League", "Club",
            "Authority", "Board", "Court", "Parliament", "Assembly", "Congress", "Senate", "Programme", "Program",
            "Fund", "Trust", "Academy", "School", "College", "Hospital", "Museum", "Network", "Alliance",
            "Organisation", "Organization", "Secretariat", "Bureau", "Service", "Services", "Forces", "Army", "Navy",
            "Police", "Government", "Cabinet", "Airlines", "Airways", "Systems", "Technologies", "Laboratory",
            "Laboratories", "Partners", "Consortium", "Initiative", "Coalition", "Movement", "Front", "Exchange",
            "Unit", "Division", "Directorate", "Embassy", "Consulate", "Delegation", "Chamber", "Tribunal",
            "Observatory", "Library", "Press", "News", "Times", "Journal", "Agency", "Bancorp", "Industries",
            "International", "Associates", "Enterprises", "Team", "Orchestra", "Church");
    private static final List<String> ROLE_WORDS = List.of(
            "President", "Vice", "Director", "Director-General", "Minister", "Prime", "Secretary", "Secretary-General",
            "Chairman", "Chairwoman", "Chair", "Chairperson", "Chief", "Executive", "CEO", "Spokesman",
            "Spokeswoman", "Spokesperson", "Governor", "Senator", "Judge", "Justice", "Coach", "Manager", "Ambassador",
            "Envoy", "General", "Colonel", "Captain", "Lieutenant", "Commander", "Officer", "Mayor", "King", "Queen",
            "Prince", "Princess", "Pope", "Bishop", "Archbishop", "Rabbi", "Imam", "Lecturer", "Researcher",
            "Fellow", "Dean", "Rector", "Provost", "Editor", "Correspondent", "Analyst", "Economist", "Advisor",
            "Adviser", "Counsellor", "Counselor", "Deputy", "Head", "Founder", "Co-founder", "Member", "Representative",
            "Delegate", "Commissioner", "Rapporteur", "Coordinator", "Moderator", "Speaker", "Panelist", "Panellist",
            "Keynote", "Host", "Chancellor", "Premier", "Leader", "Attorney", "Lawyer", "Dr");
    private static final List<String> PLACE_WORDS = List.of(
            "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Square", "Lane", "Bridge", "River", "Lake",
            "Mount", "Mountain", "Mountains", "Island", "Islands", "Bay", "Sea", "Ocean", "Gulf", "Valley", "Desert",
            "City", "County", "Province", "Region", "State", "Republic", "Kingdom", "District", "Territory",
            "Coast", "Peninsula", "Strait", "Canal", "Park", "Airport", "Port", "Harbour", "Harbor", "Hall", "Palace",
            "Hotel", "Stadium", "Building", "Tower", "Plaza", "North", "South", "East", "West", "Northern",
            "Southern", "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "New", "San", "Santa", "Saint",
            "St.", "Fort", "Port", "Cape");
    /** Common short forms that the JDK does not give. */
    private static final List<String> COUNTRY_ALIASES = List.of(
            "U.S.", "US", "USA", "U.S.A.", "United States of America", "America", "UK", "U.K.", "Britain",
            "Great Britain", "England", "Scotland", "Wales", "Northern Ireland", "Holland", "Congo", "Burma",
            "Czech Republic", "Ivory Coast", "Russian Federation", "Soviet Union", "USSR", "Korea", "Macedonia",
            "Swaziland", "East Timor", "Vatican", "Palestine", "Hong Kong", "Macau", "Macao");

    private static final Gazetteer INSTANCE = new Gazetteer();

    /** first token (lowercase) -> entries starting with it, as lowercase tokens, with their category. */
    private final Map<String, List<Entry>> byFirstToken = new HashMap<>();

    private record Entry(String[] tokens, int category) {
    }

    static Gazetteer instance() {
        return INSTANCE;
    }

    private Gazetteer() {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            add(COUNTRY, name);
            add(COUNTRY, shortForm(name));
        }
        COUNTRY_ALIASES.forEach(name -> add(COUNTRY, name));
        for (String code : Locale.getISOLanguages()) {
            add(LANGUAGE, new Locale(code).getDisplayLanguage(Locale.ENGLISH));
        }
        for (String id : TimeZone.getAvailableIDs()) {
            int slash = id.lastIndexOf('/');
            if (slash > 0 && TIME_ZONE_REGIONS.contains(id.substring(0, id.indexOf('/')))) {
                String city = id.substring(slash + 1).replace('_', ' ');
                if (!NOT_CITIES.contains(city.toLowerCase(Locale.ROOT)) && !city.equals(city.toUpperCase(Locale.ROOT))) {
                    add(CITY, city);
                }
            }
        }
        for (Month month : Month.values()) {
            add(MONTH, month.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            add(MONTH, month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            add(WEEKDAY, day.getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            add(WEEKDAY, day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
        }
        HONORIFICS.forEach(word -> add(HONORIFIC, word));
        ORGANIZATION_WORDS.forEach(word -> add(ORGANIZATION_WORD, word));
        ROLE_WORDS.forEach(word -> add(ROLE_WORD, word));
        PLACE_WORDS.forEach(word -> add(PLACE_WORD, word));
    }

    /** "Congo - Kinshasa" -> "Congo", "Myanmar (Burma)" -> "Myanmar", "Hong Kong SAR China" -> "Hong Kong". */
    private static String shortForm(String name) {
        String s = name;
        int dash = s.indexOf(" - ");
        if (dash > 0) {
            s = s.substring(0, dash);
        }
        int paren = s.indexOf(" (");
        if (paren > 0) {
            s = s.substring(0, paren);
        }
        int sar = s.indexOf(" SAR ");
        if (sar > 0) {
            s = s.substring(0, sar);
        }
        return s;
    }

    private void add(int category, String name) {
        List<Token> tokens = Tokenizer.tokenize(name, 0, name.length());
        if (tokens.isEmpty()) {
            return;
        }
        String[] words = new String[tokens.size()];
        for (int k = 0; k < words.length; k++) {
            words[k] = TokenFeatures.normalize(name.substring(tokens.get(k).start(), tokens.get(k).end())).toLowerCase(Locale.ROOT);
        }
        List<Entry> entries = byFirstToken.computeIfAbsent(words[0], w -> new ArrayList<>());
        for (Entry entry : entries) {
            if (entry.category == category && java.util.Arrays.equals(entry.tokens, words)) {
                return;
            }
        }
        entries.add(new Entry(words, category));
    }

    /**
     * Marks for each token of a sentence (lowercase, normalised words) the categories of the
     * longest entries covering it: {@code marks[token][category]} is 0 (none), 1 (a one-token
     * entry), 2 (first of several), 3 (inside), 4 (last).
     */
    byte[][] match(String[] lowercaseWords) {
        byte[][] marks = new byte[lowercaseWords.length][];
        for (int i = 0; i < lowercaseWords.length; i++) {
            List<Entry> entries = byFirstToken.get(lowercaseWords[i]);
            if (entries == null) {
                continue;
            }
            for (Entry entry : entries) {
                int n = entry.tokens.length;
                if (i + n > lowercaseWords.length || !matchesAt(entry.tokens, lowercaseWords, i)) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    if (marks[i + k] == null) {
                        marks[i + k] = new byte[CATEGORIES];
                    }
                    byte mark = (byte) (n == 1 ? 1 : k == 0 ? 2 : k == n - 1 ? 4 : 3);
                    // a longer entry wins over a one-token entry of the same category
                    if (marks[i + k][entry.category] == 0 || marks[i + k][entry.category] == 1) {
                        marks[i + k][entry.category] = mark;
                    }
                }
            }
        }
        return marks;
    }

    private static boolean matchesAt(String[] entry, String[] words, int at) {
        for (int k = 0; k < entry.length; k++) {
            if (!entry[k].equals(words[at + k])) {
                return false;
            }
        }
        return true;
    }
}
