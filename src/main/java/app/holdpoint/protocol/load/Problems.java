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

    /** A problem of this file; {@code arguments} as for {@link Problem#arguments()}. */
    Problem problem(int line, int column, Problem.Severity severity, ProblemKey key, Object... arguments) {
        return new Problem(file, line, column, severity, key.key(), List.of(arguments));
    }

    void error(int line, int column, ProblemKey key, Object... arguments) {
        if (explained.contains(line + ":" + column)) {
            return;
        }
        list.add(problem(line, column, Problem.Severity.ERROR, key, arguments));
    }

    void error(YamlNode at, ProblemKey key, Object... arguments) {
        error(at.line(), at.column(), key, arguments);
    }

    /** Reports the one error at this place that explains it, and keeps later errors at the same place out. */
    void explain(int line, int column, ProblemKey key, Object... arguments) {
        error(line, column, key, arguments);
        explained.add(line + ":" + column);
    }

    /** A field read twice warns once. */
    void warning(int line, int column, ProblemKey key, Object... arguments) {
        Problem warning = problem(line, column, Problem.Severity.WARNING, key, arguments);
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
