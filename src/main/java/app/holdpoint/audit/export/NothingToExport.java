package app.holdpoint.audit.export;

/** The filter matched no session: there is nothing to export, and no file was written. */
public final class NothingToExport extends ExportException {
    public NothingToExport(String message) {
        super(message);
    }
}
