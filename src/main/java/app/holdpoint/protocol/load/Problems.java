package app.holdpoint.protocol.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.HashSet;

/** Collects the problems found in one file. */
final class Problems {
    private final String file;
    private final List<Problem> list = new ArrayList<>();
    /** Places already explained (a YAML alias), where what follows from them would only repeat the cause. */
    private final Set<String> explained = new HashSet<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void error(int line, int column, String message) {
        if (explained.contains(line + ":" + column)) {
            return;
        }
        list.add(new Problem(file, line, column, Problem.Severity.ERROR, message));
    }

    void error(YamlNode at, String message) {
        error(at.line(), at.column(), message);
    }

    /** Reports the one error at this place that explains it, and keeps later errors at the same place out. */
    void explain(int line, int column, String message) {
        error(line, column, message);
        explained.add(line + ":" + column);
    }

    /** A field read twice warns once. */
    void warning(int line, int column, String message) {
        Problem warning = new Problem(file, line, column, Problem.Severity.WARNING, message);
        if (!list.contains(warning)) {
            list.add(warning);
        }
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    List<Problem> all() {
        return List.copyOf(list);
    }
}
