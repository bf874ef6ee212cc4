package fr.mutualis.loadgen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * An order-2 Markov chain of words, learnt from texts written by people: from the first two words of one of their
 * sentences it writes a new one, each next word drawn among those that follow the last two in the texts. A sentence
 * keeps its beginning's subject and the texts' vocabulary and word frequencies, and leaves its source at each pair of
 * words that the texts continue in several ways (« de la », « des données »).
 */
final class WordChain {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Where a learnt sentence ended. */
    private static final String END = "";

    private final Map<String, List<String>> next = new HashMap<>();

    /** @param sentences the sentences (or titles) to learn from, each one whole */
    WordChain(List<String> sentences) {
        for (String sentence : sentences) {
            String[] words = words(sentence);
            for (int i = 0; i + 1 < words.length; i++) {
                next.computeIfAbsent(pair(words[i], words[i + 1]), key -> new ArrayList<>())
                        .add(i + 2 < words.length ? words[i + 2] : END);
            }
        }
    }

    /**
     * A sentence that starts with the first two words of {@code start} and goes on as the chain draws, up to where a
     * learnt sentence ended or {@code maxWords} words.
     */
    String continueFrom(String start, int maxWords, Random random) {
        String[] words = words(start);
        if (words.length < 2) {
            return start.strip();
        }
        List<String> written = new ArrayList<>(List.of(words[0], words[1]));
        while (written.size() < maxWords) {
            List<String> followers = next.get(pair(written.get(written.size() - 2), written.get(written.size() - 1)));
            String word = followers == null ? END : followers.get(random.nextInt(followers.size()));
            if (word.equals(END)) {
                break;
            }
            written.add(word);
        }
        return String.join(" ", written);
    }

    private static String[] words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? new String[0] : SPACES.split(stripped);
    }

    private static String pair(String first, String second) {
        return first + ' ' + second;
    }
}
