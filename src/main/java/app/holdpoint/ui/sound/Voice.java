package app.holdpoint.ui.sound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/** The language the spoken cues are in: German on a German kiosk, English otherwise. */
public enum Voice {
    ENGLISH("en", 1),
    GERMAN("de", 2);

    /** Where the clips and {@code words.tsv} are, on the class path. */
    static final String FOLDER = "/app/holdpoint/ui/sound/speech/";

    private final String language;
    private final int column;

    Voice(String language, int column) {
        this.language = language;
        this.column = column;
    }

    /** The clip set for the kiosk's language ({@code ui.Text#locale()}); English for any language without one. */
    public static Voice of(Locale locale) {
        return GERMAN.language.equals(locale.getLanguage()) ? GERMAN : ENGLISH;
    }

    /** The ISO 639 language code, also the clips' folder name. */
    public String language() {
        return language;
    }

    /** The class-path resource of this word's recorded clip. */
    public String resource(Word word) {
        return FOLDER + language + "/" + word.clip() + ".wav";
    }

    /** What the clip says, from {@code words.tsv}: what {@code ./voice.sh} gave the synthesiser. */
    public String says(Word word) {
        return Words.TABLE.get(word)[column];
    }

    /** words.tsv, read once when first asked (only tests and the settings screen ask). */
    private static final class Words {
        static final Map<Word, String[]> TABLE = read();

        private static Map<Word, String[]> read() {
            Map<Word, String[]> table = new EnumMap<>(Word.class);
            try (InputStream in = Voice.class.getResourceAsStream(FOLDER + "words.tsv");
                 BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    String[] fields = line.split("\t");
                    if (line.startsWith("#") || fields.length < 3) {
                        continue;
                    }
                    for (Word word : Word.values()) {
                        if (word.clip().equals(fields[0])) {
                            table.put(word, fields);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return table;
        }
    }
}
