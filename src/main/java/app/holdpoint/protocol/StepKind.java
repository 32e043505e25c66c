package app.holdpoint.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The step kinds a protocol file may use, by the word the file writes. */
public enum StepKind {
    HOLD("hold"),
    COMPRESSION("compression"),
    RELAX("relax"),
    SPRAY_STRETCH("spray-stretch"),
    STRETCH("stretch"),
    NEEDLING("needling"),
    INSTRUCT("instruct"),
    RATE("rate"),
    HOME_CARE("home-care");

    private final String word;

    StepKind(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(StepKind::word).toList();
    }

    public static Optional<StepKind> parse(String text) {
        return Arrays.stream(values()).filter(kind -> kind.word.equals(text)).findFirst();
    }
}
