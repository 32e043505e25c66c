package app.holdpoint.cli;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The usage help ({@code --help}, {@code help COMMAND}, and the usage under an English parse error) in the command
 * line's language: picocli's own resource bundle, {@code app/holdpoint/cli/help.properties} (English, the only place
 * the English words live: the annotations carry none) and {@code help_de.properties}, both UTF-8.
 * <p>
 * The bundle is chosen when help is rendered rather than when the command line is built, because only then has
 * picocli read {@code --lang}, wherever it stands (also after {@code --help}, or on a subcommand): the help follows
 * the same {@link HoldpointCommand#locale()} as every other line, without a second reading of the arguments.
 */
final class HelpText implements IHelpFactory {
    static final String BASE_NAME = "app.holdpoint.cli.help";

    private final CommandLine top;
    private final Supplier<Locale> language;
    private final IHelpFactory picocli;
    private Locale shown;

    private HelpText(CommandLine top, Supplier<Locale> language) {
        this.top = top;
        this.language = language;
        this.picocli = top.getHelpFactory();
    }

    /** Makes every usage help of {@code top} and its subcommands speak {@code language}'s language when printed. */
    static void follow(CommandLine top, Supplier<Locale> language) {
        top.setHelpFactory(new HelpText(top, language));
    }

    /**
     * The help's words: German for any German locale, English otherwise, as {@link CliText#of}. No fallback to the
     * JVM's default locale, so English asked for on a German system stays English (as {@code io.Bundle}).
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, CliText.of(locale).locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    @Override
    public Help create(CommandSpec spec, Help.ColorScheme colorScheme) {
        Locale wanted = CliText.of(language.get()).locale();
        if (!wanted.equals(shown)) {
            // On the whole tree: a command's help lists its subcommands' descriptions too.
            top.setResourceBundle(bundle(wanted));
            shown = wanted;
        }
        return picocli.create(spec, colorScheme);
    }
}
