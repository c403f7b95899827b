package nl.onderstroom.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The recurring words of a set of open answers, with Lucene's Dutch and English analyzers: stop words are left
 * out and forms of one word are counted together (stemming), while the form people wrote most often is shown.
 * Each answer is analysed in the language it is most likely written in (the one whose stop words it uses most;
 * Dutch on a tie). A word counts once per answer, so one person repeating it does not make it recur.
 */
final class RecurringWords {

    /** A word recurs when it occurs in at least this many answers. */
    static final int MIN_ANSWERS = 2;
    /** At most this many words per question. */
    static final int MAX_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** Lucene's (Snowball's) Dutch stop words lack several pronouns: "wij", "we", "onze" say nothing about identity. */
    private static final DutchAnalyzer DUTCH = new DutchAnalyzer(dutchStopWords());
    /** Lucene's English stop words are few (33); pronouns and auxiliaries say nothing about identity either. */
    private static final EnglishAnalyzer ENGLISH = new EnglishAnalyzer(englishStopWords());
    /** Common English words that are not Dutch, beside Lucene's English stop words, to tell the language. */
    private static final Set<String> ENGLISH_HINTS = Set.of("we", "our", "us", "you", "your", "what", "who", "do",
            "does", "have", "has", "from", "all", "can", "which", "very", "more", "so", "my", "i", "am", "make",
            "good", "great", "people", "work", "because", "customers", "customer", "helps", "helping");
    /** Common Dutch words that are not English. */
    private static final Set<String> DUTCH_HINTS = Set.of("wij", "ons", "onze", "jij", "jullie", "wat", "wie",
            "doen", "hebben", "heeft", "voor", "alle", "kan", "kunnen", "welke", "heel", "meer", "mijn", "ik",
            "ben", "maken", "goed", "mensen", "werk", "omdat", "klanten", "klant", "de", "het", "een", "en", "van",
            "niet", "zijn", "met", "dat", "die", "er", "ook", "bij", "naar", "wordt", "worden");
    private static final CharArraySet DUTCH_STOP = DutchAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private RecurringWords() {
    }

    static List<RecurringWord> of(List<String> answers) {
        Map<String, Integer> answerCount = new HashMap<>();
        Map<String, Map<String, Integer>> surfaces = new HashMap<>();
        for (String answer : answers) {
            if (answer == null || answer.isBlank()) {
                continue;
            }
            boolean english = isEnglish(answer);
            Set<String> seen = new HashSet<>();
            analyse(english ? ENGLISH : DUTCH, answer, (stem, surface) -> {
                String key = (english ? "en:" : "nl:") + stem;
                surfaces.computeIfAbsent(key, x -> new HashMap<>()).merge(surface, 1, Integer::sum);
                if (seen.add(key)) {
                    answerCount.merge(key, 1, Integer::sum);
                }
            });
        }
        List<RecurringWord> words = new ArrayList<>();
        answerCount.forEach((key, count) -> {
            if (count >= MIN_ANSWERS) {
                words.add(new RecurringWord(mostFrequent(surfaces.get(key)), count));
            }
        });
        words.sort(Comparator.comparingInt(RecurringWord::answers).reversed().thenComparing(RecurringWord::word));
        return words.size() > MAX_WORDS ? List.copyOf(words.subList(0, MAX_WORDS)) : List.copyOf(words);
    }

    private static CharArraySet dutchStopWords() {
        CharArraySet stop = new CharArraySet(DutchAnalyzer.getDefaultStopSet(), true);
        stop.addAll(List.of("wij", "we", "onze", "jullie", "jij", "jou", "jouw", "hen", "zijn", "erg", "heel",
                "gewoon", "echt", "soms", "vaak", "elkaar"));
        return CharArraySet.unmodifiableSet(stop);
    }

    private static CharArraySet englishStopWords() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(List.of("we", "our", "us", "ours", "i", "me", "my", "you", "your", "he", "she", "him", "her",
                "his", "its", "they", "them", "what", "who", "which", "do", "does", "did", "have", "has", "had",
                "been", "being", "am", "were", "can", "could", "would", "should", "from", "all", "so", "very", "more",
                "about", "also", "than", "just", "here", "when", "how", "why", "because"));
        return CharArraySet.unmodifiableSet(stop);
    }

    /**
     * Whether the text is more likely English than Dutch: it uses more words that only English has (Lucene's
     * English stop words and a few common words) than words that only Dutch has.
     */
    static boolean isEnglish(String text) {
        int dutch = 0;
        int english = 0;
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            String w = m.group();
            boolean nl = DUTCH_STOP.contains(w) || DUTCH_HINTS.contains(w);
            boolean en = ENGLISH_STOP.contains(w) || ENGLISH_HINTS.contains(w);
            if (nl && !en) {
                dutch++;
            } else if (en && !nl) {
                english++;
            }
        }
        return english > dutch;
    }

    private interface TermSink {
        void accept(String stem, String surface);
    }

    private static void analyse(Analyzer analyzer, String text, TermSink sink) {
        try (TokenStream tokens = analyzer.tokenStream("answer", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                String surface = text.substring(offset.startOffset(), offset.endOffset()).toLowerCase(Locale.ROOT);
                if (stem.length() > 1 && surface.codePoints().anyMatch(Character::isLetter)
                        && surface.codePoints().noneMatch(Character::isDigit)) {
                    sink.accept(stem, surface);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The most frequent form; on a tie the shorter one, then alphabetically. */
    private static String mostFrequent(Map<String, Integer> forms) {
        return forms.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> -e.getValue())
                        .thenComparingInt(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElseThrow();
    }
}
