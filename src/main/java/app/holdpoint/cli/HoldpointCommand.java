package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import app.holdpoint.audit.ReportText;
import app.holdpoint.store.StoreException;
import app.holdpoint.ui.theme.UiScale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The top of the command line: with no subcommand it opens the kiosk. The help texts of every command, option and
 * parameter are in {@code help.properties} and {@code help_de.properties} (see {@link HelpText}), not here.
 */
@Command(name = "holdpoint",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {ValidateCommand.class, PlanCommand.class, SimulateCommand.class, TherapistCommand.class,
                AuditCommand.class, AuditUiCommand.class, VerifyCommand.class, DemoDataCommand.class, BackupCommand.class,
                RestoreCommand.class, CommandLine.HelpCommand.class})
public final class HoldpointCommand implements Callable<Integer> {
    /** Set by the package's launcher: protocols live in the data folder, seeded from the installation's. */
    public static final String INSTALLED_PROPERTY = "holdpoint.installed";

    @Option(names = "--protocols", scope = ScopeType.INHERIT, paramLabel = "DIR")
    Path protocols;

    @Option(names = "--data", scope = ScopeType.INHERIT, paramLabel = "DIR")
    Path data;

    @Option(names = "--db", scope = ScopeType.INHERIT, paramLabel = "JDBC-URL")
    String db;

    @Option(names = "--db-credentials", scope = ScopeType.INHERIT, paramLabel = "FILE")
    Path dbCredentials;

    @Option(names = "--windowed")
    boolean windowed;

    @Option(names = "--scale", paramLabel = "N")
    String scale;

    @Option(names = "--central", paramLabel = "JDBC-URL")
    String central;

    @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "en|de")
    String lang;

    private final Map<String, String> env;
    private final Path installation;
    private final Consumer<KioskRequest> kiosk;
    private final Consumer<AuditWindowRequest> auditWindow;

    /** What the kiosk needs to open; App decides how. {@code central}: where to copy sessions, if anywhere. */
    public record KioskRequest(Locations settings, boolean windowed, Optional<Float> scale,
                               Optional<CentralSetting> central) {
        public KioskRequest(Locations settings, boolean windowed, Optional<Float> scale) {
            this(settings, windowed, scale, Optional.empty());
        }

        public KioskRequest(Locations settings, boolean windowed) {
            this(settings, windowed, Optional.empty());
        }
    }

    /** What the audit window needs to open ({@code audit-ui}); App decides how, as for the kiosk. */
    public record AuditWindowRequest(Locations settings) {
    }

    /** Without an audit window: {@code audit-ui} says, in the command line's language, that this build has none. */
    public HoldpointCommand(Map<String, String> env, Path installation, Consumer<KioskRequest> kiosk) {
        this(env, installation, kiosk, null);
    }

    public HoldpointCommand(Map<String, String> env, Path installation, Consumer<KioskRequest> kiosk,
                            Consumer<AuditWindowRequest> auditWindow) {
        this.env = env;
        this.installation = installation;
        this.kiosk = kiosk;
        this.auditWindow = auditWindow;
    }

    void openAuditWindow() {
        if (auditWindow == null) {
            throw new UserError(words().get("auditWindow.missing"));
        }
        requireDisplay("auditWindow.needsDisplay");
        auditWindow.accept(new AuditWindowRequest(settings()));
    }

    public Locations settings() {
        return Locations.resolve(protocols, data, db, dbCredentials, env, installation,
                Path.of(System.getProperty("user.home")), installed());
    }

    /** The language asked for with {@code --lang}, else the system's. */
    Locale locale() {
        return lang == null ? Locale.getDefault() : Locale.forLanguageTag(lang.strip());
    }

    /** The command line's words in {@link #locale()}. */
    CliText words() {
        return CliText.of(locale());
    }

    /** Exported reports in {@link #locale()}. */
    ReportText reportWords() {
        return ReportText.of(locale());
    }

    private static boolean installed() {
        return Boolean.getBoolean(INSTALLED_PROPERTY);
    }

    @Override
    public Integer call() {
        Optional<Float> chosenScale;
        try {
            chosenScale = scale == null ? Optional.empty() : UiScale.parse(scale);
        } catch (IllegalArgumentException e) {
            throw new UserError(words().get(e.getCause() instanceof NumberFormatException ? "kiosk.scaleNotNumber"
                    : "kiosk.scaleRange", scale));
        }
        if (installed() && protocols == null) {
            // The kiosk's start is the first start: the clinic's editable copies of the shipped protocols.
            ShippedProtocols.copyNew(installation.resolve("protocols"),
                    settings().dataDirectory().resolve("protocols"), words());
        }
        Locations settings = settings();
        Optional<CentralSetting> centralRecord = CentralSetting.resolve(central, env, settings.dataDirectory(),
                words());
        if (centralRecord.isPresent() && settings.jdbcUrl().isPresent()) {
            throw new UserError(words().get("kiosk.centralWithDb"), 2);
        }
        requireDisplay("kiosk.needsDisplay");
        kiosk.accept(new KioskRequest(settings, windowed, chosenScale, centralRecord));
        return 0;
    }

    /** Said here, in the command line's language, rather than by the window that could not open. */
    private void requireDisplay(String key) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            throw new UserError(words().get(key));
        }
    }

    /**
     * Builds the command line with the project's error handling (one clear line, never a stack trace) and its help
     * in {@link #locale()}'s language.
     */
    public static CommandLine commandLine(HoldpointCommand root, PrintWriter out, PrintWriter err) {
        return commandLine(root, CommandLine.defaultFactory(), out, err);
    }

    /** With a factory, so tests can hand subcommands fakes (a simulation paced by a fake ticker). */
    static CommandLine commandLine(HoldpointCommand root, CommandLine.IFactory factory, PrintWriter out,
                                   PrintWriter err) {
        CommandLine cli = new CommandLine(root, factory);
        cli.setOut(out);
        cli.setErr(err);
        HelpText.follow(cli, root::locale);
        cli.setParameterExceptionHandler(new ParseErrors(cli.getParameterExceptionHandler(), root::words));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            CliText words = root.words();
            UserError userError = findUserError(ex);
            if (userError != null) {
                commandLine.getErr().println(words.get("error", userError.getMessage()));
                return userError.exitCode();
            }
            StoreException storeError = findStoreError(ex);
            if (storeError != null) {
                commandLine.getErr().println(words.get("error", words.problem(storeError)));
                return 1;
            }
            commandLine.getErr().println(words.get("error.unexpected", ex.toString()));
            return 1;
        });
        return cli;
    }

    private static StoreException findStoreError(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StoreException storeError) {
                return storeError;
            }
        }
        return null;
    }

    private static UserError findUserError(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof UserError userError) {
                return userError;
            }
        }
        return null;
    }
}
