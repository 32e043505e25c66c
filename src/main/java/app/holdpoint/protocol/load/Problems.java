package app.holdpoint.protocol.load;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems found in one file. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
        list.add(new Problem(file, line, column, Problem.Severity.ERROR, message));
    }

    void error(YamlNode at, String message) {
        error(at.line(), at.column(), message);
    }

    void warning(int line, int column, String message) {
        list.add(new Problem(file, line, column, Problem.Severity.WARNING, message));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return List.copyOf(list);
    }
}
