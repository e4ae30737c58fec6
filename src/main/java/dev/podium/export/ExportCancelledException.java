package dev.podium.export;

/** The user cancelled the export; the partial file has been removed. */
public final class ExportCancelledException extends ExportException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException() {
        super("export cancelled");
    }
}
