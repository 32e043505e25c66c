package app.holdpoint.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import app.holdpoint.protocol.Citation;
import app.holdpoint.protocol.Durations;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.protocol.load.Problem;
import app.holdpoint.protocol.load.ProtocolLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    HoldpointCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", descriptionKey = "paths")
    List<Path> paths = List.of();

    @Option(names = "--strict")
    boolean strict;

    @Override
    public Integer call() {
        Path folder = root.settings().protocols();
        ProtocolLibrary.Loaded loaded = ProtocolLibrary.load(folder, paths.isEmpty() ? List.of(folder) : paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean ok = true;
        Locale language = root.words().locale();
        for (Problem problem : loaded.catalogProblems()) {
            err.println(problem.toString(language));
            ok &= !problem.isError() && !strict;
        }
        if (loaded.files().isEmpty()) {
            err.println(root.words().get("validate.noFiles", String.valueOf(paths.isEmpty() ? folder : paths)));
            ok = false;
        }
        for (ProtocolLibrary.FileResult file : loaded.files()) {
            file.protocol().ifPresent(protocol -> {
                out.println(okLine(file.name(), protocol, root.words()));
                out.println("  " + sourcesLine(protocol, root.words()));
            });
            for (Problem problem : file.problems()) {
                err.println(problem.toString(language));
                ok &= !problem.isError() && !strict;
            }
            ok &= file.loaded();
        }
        out.flush();
        err.flush();
        return ok ? 0 : 1;
    }

    static String okLine(String fileName, Protocol protocol, CliText words) {
        Timeline timeline = TimelineExpander.expand(protocol);
        return words.get("validate.ok", fileName, protocol.id(), String.valueOf(protocol.version()),
                String.valueOf(timeline.size()), Durations.format(timeline.totalPlanned()));
    }

    static String sourcesLine(Protocol protocol, CliText words) {
        TreeSet<String> cited = new TreeSet<>((a, b) -> Integer.compare(number(a), number(b)));
        cited.addAll(protocol.sources());
        protocol.citations().forEach(c -> cited.addAll(c.sources()));
        long defaults = protocol.citations().stream().filter(Citation::isDefault).count();
        long unsourced = protocol.citations().stream().filter(Citation::isUnsourced).count();
        String sources = cited.isEmpty() ? words.get("validate.sourcesNone") : String.join(" ", cited);
        String line = words.get("validate.sources", sources, String.valueOf(protocol.citations().size()),
                String.valueOf(defaults));
        return unsourced > 0 ? words.get("validate.unsourced", line, String.valueOf(unsourced)) : line;
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key.substring(1));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return Integer.MAX_VALUE;
        }
    }
}
