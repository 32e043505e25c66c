package app.holdpoint.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse (an unknown option, a missing parameter, a value of the wrong kind): in
 * English as picocli says it, with the usage help; in another language one line in that language and where the
 * help is (in that language too, see HelpText), because picocli's own messages are English.
 */
final class ParseErrors implements IParameterExceptionHandler {
    private final IParameterExceptionHandler english;
    private final Supplier<CliText> language;

    ParseErrors(IParameterExceptionHandler english, Supplier<CliText> language) {
        this.english = english;
        this.language = language;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) throws Exception {
        CliText words = language.get();
        if (words.locale().getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return english.handleParseException(ex, args);
        }
        CommandLine command = ex.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(words.get("error", reason(ex, words)));
        err.println(words.get("parse.help", command.getCommandSpec().qualifiedName()));
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static String reason(ParameterException ex, CliText words) {
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            List<String> given = unmatched.getUnmatched();
            boolean options = given.get(0).startsWith("-");
            String said = given.stream().map(word -> words.get("parse.quoted", word))
                    .collect(Collectors.joining(", "));
            String hint = unmatched.getSuggestions().isEmpty() ? ""
                    : words.get("parse.suggest", String.join(", ", unmatched.getSuggestions()));
            return words.get(options ? "parse.unknownOption" : "parse.unknownArgument", said, hint);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return words.get("parse.missing", missing.getMissing().stream().map(ParseErrors::name)
                    .collect(Collectors.joining(", ")));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return words.get("parse.badValue", ex.getValue(), name(ex.getArgSpec()));
        }
        return words.get("parse.invalid");
    }

    /** "--out=FILE" for an option, "FILE-OR-ID" for a parameter, as the usage line writes them. */
    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() + (option.typeInfo().isBoolean() ? ""
                : "=" + option.paramLabel()) : spec.paramLabel();
    }
}
