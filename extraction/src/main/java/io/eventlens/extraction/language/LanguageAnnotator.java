package io.eventlens.extraction.language;

import io.eventlens.extraction.document.Document;
import io.eventlens.extraction.pipeline.Annotator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Recognises the document's language with OpenNLP's language detector (103 languages) on a bounded
 * sample of its prose, and sets {@link Document#language()} to an ISO 639-1 code where one exists. A sample
 * full of English function words is English without asking the detector ({@link EnglishWords}).
 * The engine's readers understand English only: for a document recognised as another language they
 * extract nothing, and this step says so in the document's notes. Text too short or too mixed to
 * decide stays {@code und} and is read as English.
 */
public final class LanguageAnnotator implements Annotator {

    static final String MODEL_RESOURCE = "/langdetect-183.bin";
    /** Characters of prose given to the detector; more does not change its answer, only its cost. */
    static final int SAMPLE_CHARS = 800;
    /** Below this many letters the detector guesses; we do not act on guesses. */
    static final int MIN_LETTERS = 80;

    private static final Map<String, String> ISO3_TO_ISO1 = new HashMap<>();

    static {
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                ISO3_TO_ISO1.put(Locale.forLanguageTag(iso1).getISO3Language(), iso1);
            } catch (java.util.MissingResourceException ignored) {
                // a language without a three-letter code: nothing to map
            }
        }
    }

    private final LanguageDetectorModel model;
    /** The detector holds per-call state; the model is shared. */
    private final ThreadLocal<LanguageDetectorME> detector;

    public LanguageAnnotator() {
        try (InputStream in = LanguageAnnotator.class.getResourceAsStream(MODEL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the language model " + MODEL_RESOURCE
                        + " is not on the classpath; add org.apache.opennlp:opennlp-models-langdetect");
            }
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language model " + MODEL_RESOURCE, e);
        }
        detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    }

    @Override
    public void annotate(Document document) {
        String sample = ProseSample.of(document.text(), SAMPLE_CHARS);
        if (letters(sample) < MIN_LETTERS) {
            document.setLanguage("und");
            return;
        }
        if (EnglishWords.clearlyEnglish(sample)) {
            // the detector answers English for such a sample anyway, at a thousand times the cost
            document.setLanguage("en");
            return;
        }
        Language[] ranked = detector.get().predictLanguages(sample);
        Verdict verdict = Verdict.of(ranked);
        document.setLanguage(verdict.code());
        if (!verdict.english() && verdict.decided()) {
            String name = Locale.forLanguageTag(verdict.code()).getDisplayLanguage(Locale.ENGLISH);
            document.note("the document is written in " + (name.isEmpty() ? verdict.code() : name) + " ("
                    + verdict.code() + "); the engine reads English documents only, so no events were extracted");
        }
    }

    /** True unless the document was recognised as a language other than English. */
    public static boolean readable(Document document) {
        String language = document.language();
        return language.equals("en") || language.equals("und");
    }

    static String iso1(String iso3) {
        return ISO3_TO_ISO1.getOrDefault(iso3, iso3);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The detector's answer turned into a decision: another language only when it clearly beats English. */
    record Verdict(String code, boolean decided) {

        static Verdict of(Language[] ranked) {
            if (ranked.length == 0) {
                return new Verdict("und", false);
            }
            Language best = ranked[0];
            if (best.getLang().equals("eng")) {
                return new Verdict("en", true);
            }
            double english = 0;
            for (Language l : ranked) {
                if (l.getLang().equals("eng")) {
                    english = l.getConfidence();
                    break;
                }
            }
            boolean clear = best.getConfidence() >= 0.05 && best.getConfidence() >= 2.5 * english;
            return clear ? new Verdict(iso1(best.getLang()), true) : new Verdict("und", false);
        }

        boolean english() {
            return code.equals("en");
        }
    }
}
