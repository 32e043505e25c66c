package app.holdpoint.protocol.load;

/** A located problem in a protocol or catalog file: {@code file:line:col: message}. */
public record Problem(String file, int line, int column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + (isError() ? "" : "warning: ") + message;
    }
}
