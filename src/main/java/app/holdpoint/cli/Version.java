package app.holdpoint.cli;

import picocli.CommandLine;

/** Version from the jar manifest when packaged, otherwise the development version. */
public final class Version implements CommandLine.IVersionProvider {
    public static final String DEVELOPMENT = "0.1.0";

    public static String current() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        return fromManifest != null ? fromManifest : DEVELOPMENT;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Holdpoint " + current()};
    }
}
