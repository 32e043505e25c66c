package app.holdpoint.protocol.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Protocol;
import java.util.Locale;

/**
 * Loads the catalog and every protocol file of a folder. One bad file never stops the others: each file's
 * outcome is kept with its problems.
 */
public final class ProtocolLibrary {

    /** One file's outcome: the protocol when it loaded, and its problems (warnings only, if it loaded). */
    public record FileResult(Path file, String name, Optional<Protocol> protocol, List<Problem> problems) {
        public boolean loaded() {
            return protocol.isPresent();
        }
    }

    /**
     * Everything loaded from a folder.
     *
     * @param translations the translations its protocols and catalog were shown in ({@link Translations#NONE}:
     *                     as the files write them); use them for protocol text read back from a record
     */
    public record Loaded(Catalog catalog, List<Problem> catalogProblems, List<FileResult> files,
                         Translations translations) {

        public Loaded(Catalog catalog, List<Problem> catalogProblems, List<FileResult> files) {
            this(catalog, catalogProblems, files, Translations.NONE);
        }

        /**
         * The same library with its protocols and catalog in the translations' language (texts without a
         * translation stay as written). Ids, numbers, file texts and SHA-256s do not change.
         */
        public Loaded translated(Translations words) {
            List<FileResult> translatedFiles = files.stream().map(f -> new FileResult(f.file(), f.name(),
                    f.protocol().map(words::protocol), f.problems())).toList();
            return new Loaded(words.catalog(catalog), catalogProblems, translatedFiles, words);
        }

        public List<Protocol> protocols() {
            return files.stream().flatMap(f -> f.protocol().stream()).toList();
        }

        public List<FileResult> invalid() {
            return files.stream().filter(f -> !f.loaded()).toList();
        }

        public Optional<Protocol> byId(String id) {
            return protocols().stream().filter(p -> p.id().equals(id)).findFirst();
        }

        public boolean allValid() {
            return catalogProblems.stream().noneMatch(Problem::isError) && invalid().isEmpty();
        }
    }

    private ProtocolLibrary() {
    }

    /**
     * Loads every {@code *.yaml} directly in the folder with the folder's catalog, shown in a language: the
     * translations in {@code folder/<language>/} (none for English).
     */
    public static Loaded load(Path folder, Locale language) {
        return load(folder).translated(Translations.load(folder, language));
    }

    /** Loads every {@code *.yaml} directly in the folder, with the folder's catalog. */
    public static Loaded load(Path folder) {
        return load(folder, List.of(folder));
    }

    /**
     * Loads the given files and folders ({@code *.yaml} directly inside), with the catalog of
     * {@code protocolsFolder}. Files are taken in name order, so of two with the same id the later is refused.
     */
    public static Loaded load(Path protocolsFolder, List<Path> paths) {
        CatalogLoader.Result catalog = CatalogLoader.load(protocolsFolder);
        ProtocolReader reader = new ProtocolReader(catalog.catalog());
        List<FileResult> results = new ArrayList<>();
        Map<String, String> idToFile = new HashMap<>();
        for (Path file : expand(paths, results)) {
            String name = displayName(file);
            FileResult result = readOne(reader, file, name);
            if (result.protocol().isPresent()) {
                Protocol protocol = result.protocol().get();
                String other = idToFile.putIfAbsent(protocol.id(), name);
                if (other != null) {
                    List<Problem> problems = new ArrayList<>(result.problems());
                    problems.add(new Problems(name).problem(idLine(protocol), 1, Problem.Severity.ERROR,
                            ProblemKey.LIBRARY_ID_TWICE, protocol.id(), other));
                    result = new FileResult(file, name, Optional.empty(), problems);
                }
            }
            results.add(result);
        }
        return new Loaded(catalog.catalog(), catalog.problems(), results);
    }

    private static FileResult readOne(ProtocolReader reader, Path file, String name) {
        try {
            if (Files.size(file) > SourceText.MAX_BYTES) {
                return new FileResult(file, name, Optional.empty(), List.of(new Problems(name).problem(1, 1,
                        Problem.Severity.ERROR, ProblemKey.FILE_TOO_LARGE, String.valueOf(Files.size(file) / 1024))));
            }
            ProtocolReader.Result read = reader.read(name, Files.readAllBytes(file));
            return new FileResult(file, name, read.protocol(), read.problems());
        } catch (IOException e) {
            return new FileResult(file, name, Optional.empty(), List.of(new Problems(name).problem(1, 1,
                    Problem.Severity.ERROR, ProblemKey.FILE_UNREADABLE, String.valueOf(e.getMessage()))));
        }
    }

    private static List<Path> expand(List<Path> paths, List<FileResult> results) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    results.add(new FileResult(path, path.toString(), Optional.empty(), List.of(
                            new Problems(path.toString()).problem(1, 1, Problem.Severity.ERROR,
                                    ProblemKey.LIBRARY_FOLDER, String.valueOf(e)))));
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                results.add(new FileResult(path, path.toString(), Optional.empty(), List.of(
                        new Problems(path.toString()).problem(1, 1, Problem.Severity.ERROR,
                                ProblemKey.LIBRARY_NO_SUCH))));
            }
        }
        return files;
    }

    private static String displayName(Path file) {
        return file.getFileName().toString();
    }

    private static int idLine(Protocol protocol) {
        String[] lines = protocol.text().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("id:")) {
                return i + 1;
            }
        }
        return 1;
    }
}
