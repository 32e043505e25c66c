package app.holdpoint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The protocols an installed Holdpoint ships (read-only, with the application) become editable copies in the
 * data folder's {@code protocols/} at the kiosk's first start; the clinic edits those and adds its own files
 * beside them. A shipped file is copied once: a file already there is never overwritten (the clinic's edit
 * wins), and one the clinic deleted does not come back. A later version that ships a new file copies that one.
 * What was offered is listed in {@value #OFFERED}.
 */
public final class ShippedProtocols {
    /** The list of shipped files already copied once, relative to the clinic's folder, one a line. */
    public static final String OFFERED = ".shipped-protocols";

    private ShippedProtocols() {
    }

    /**
     * Copies each shipped {@code .yaml} file (the folder and its {@code catalog/}) not offered before into the
     * clinic's folder, creating it.
     *
     * @param shipped the installation's protocols folder (read-only)
     * @param clinic  the data folder's protocols folder
     * @return the relative paths copied now (empty when nothing was new)
     * @throws UserError when the clinic's folder cannot be written, saying which and why
     */
    public static List<Path> copyNew(Path shipped, Path clinic) {
        try {
            Files.createDirectories(clinic);
            Path offeredFile = clinic.resolve(OFFERED);
            Set<String> offered = new LinkedHashSet<>(Files.exists(offeredFile)
                    ? Files.readAllLines(offeredFile, StandardCharsets.UTF_8) : List.of());
            List<Path> copied = new ArrayList<>();
            for (Path relative : shippedFiles(shipped)) {
                String key = relative.toString().replace('\\', '/');
                if (!offered.add(key)) {
                    continue;
                }
                Path target = clinic.resolve(relative);
                Files.createDirectories(target.getParent());
                try {
                    Files.copy(shipped.resolve(relative), target);
                    // The installed original is read-only; the clinic's copy is theirs to edit.
                    target.toFile().setWritable(true, true);
                    copied.add(relative);
                } catch (FileAlreadyExistsException clinicsOwn) {
                    // A file of the clinic's with a shipped name: theirs stays.
                }
            }
            Files.write(offeredFile, offered, StandardCharsets.UTF_8);
            return copied;
        } catch (IOException e) {
            throw new UserError("the shipped protocols could not be copied into " + clinic + " (" + e.getMessage()
                    + "): check that the kiosk user may write there");
        }
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
