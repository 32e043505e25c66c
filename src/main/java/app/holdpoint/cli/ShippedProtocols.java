package app.holdpoint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import app.holdpoint.io.Sha256;

/**
 * The protocols an installed Holdpoint ships (read-only, with the application) become editable copies in the
 * data folder's {@code protocols/} at the kiosk's first start; the clinic edits those and adds its own files
 * beside them. Like a Debian conffile: a copy the clinic never changed follows each update of the shipped file
 * (so a corrected protocol or a grown catalog arrives), an edited copy is never overwritten, a deleted one does
 * not come back, a clinic's own file with a shipped name stays theirs, and a newly shipped file is copied.
 * What was copied, with the SHA-256 of the copy as written, is listed in {@value #OFFERED}.
 */
public final class ShippedProtocols {
    /** One line per shipped file already offered: its path relative to the clinic's folder, a tab, the hash
     * of the copy as written (empty when a file of the clinic's was there first). */
    public static final String OFFERED = ".shipped-protocols";

    private ShippedProtocols() {
    }

    /**
     * Brings the clinic's folder up to date with the shipped one (the folder and its {@code catalog/},
     * {@code .yaml} files only), creating it.
     *
     * @param shipped the installation's protocols folder (read-only)
     * @param clinic  the data folder's protocols folder
     * @return the relative paths written now, new or updated (empty when nothing changed)
     * @throws UserError when the clinic's folder cannot be written, saying which and why
     */
    public static List<Path> copyNew(Path shipped, Path clinic) {
        return copyNew(shipped, clinic, CliText.ENGLISH);
    }

    /** As above, with a failure said in the language of {@code words}. */
    static List<Path> copyNew(Path shipped, Path clinic, CliText words) {
        try {
            Files.createDirectories(clinic);
            Path offeredFile = clinic.resolve(OFFERED);
            Map<String, String> offered = read(offeredFile);
            List<Path> written = new ArrayList<>();
            for (Path relative : shippedFiles(shipped)) {
                String key = relative.toString().replace('\\', '/');
                Path source = shipped.resolve(relative);
                Path target = clinic.resolve(relative);
                String shippedHash = sha256(source);
                if (!offered.containsKey(key)) {
                    if (Files.exists(target)) {
                        offered.put(key, ""); // the clinic's own file with a shipped name: theirs for good
                        continue;
                    }
                    copy(source, target, false);
                    offered.put(key, shippedHash);
                    written.add(relative);
                } else if (Files.exists(target) && !offered.get(key).isEmpty()
                        && !offered.get(key).equals(shippedHash) && offered.get(key).equals(sha256(target))) {
                    // Unchanged since we wrote it, and the shipped file moved on: follow the update.
                    copy(source, target, true);
                    offered.put(key, shippedHash);
                    written.add(relative);
                }
            }
            List<String> lines = new ArrayList<>();
            offered.forEach((path, hash) -> lines.add(path + "\t" + hash));
            Files.write(offeredFile, lines, StandardCharsets.UTF_8);
            return written;
        } catch (IOException e) {
            throw new UserError(words.get("shipped.notCopied", clinic.toString(), String.valueOf(e.getMessage())));
        }
    }

    private static void copy(Path source, Path target, boolean replace) throws IOException {
        Files.createDirectories(target.getParent());
        if (replace) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        } else {
            Files.copy(source, target);
        }
        // The installed original is read-only; the clinic's copy is theirs to edit.
        target.toFile().setWritable(true, true);
    }

    private static Map<String, String> read(Path offeredFile) throws IOException {
        Map<String, String> offered = new LinkedHashMap<>();
        if (Files.exists(offeredFile)) {
            for (String line : Files.readAllLines(offeredFile, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (!line.isBlank()) {
                    offered.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
                }
            }
        }
        return offered;
    }

    private static String sha256(Path file) throws IOException {
        return Sha256.hex(file);
    }

    private static List<Path> shippedFiles(Path shipped) throws IOException {
        if (!Files.isDirectory(shipped)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(shipped, 2)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .map(shipped::relativize)
                    .sorted()
                    .toList();
        }
    }
}
