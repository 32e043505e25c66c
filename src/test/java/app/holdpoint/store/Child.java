package app.holdpoint.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A {@link CrashChild} JVM, read line by line: tests wait on what it prints, never on the clock. */
final class Child implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final Path errors;

    private Child(Process process, Path errors) {
        this.process = process;
        this.errors = errors;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static Child start(String mode, Path folder) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), mode, folder.toString()));
        // A child stopped by SIGTERM mid-migration prints its failure; keep it out of the test log.
        Path errors = Files.createTempFile("holdpoint-child", ".err");
        builder.redirectError(errors.toFile());
        return new Child(builder.start(), errors);
    }

    /** Reads lines until one starts with {@code prefix}; returns it. Fails if the child ends first. */
    String awaitLine(String prefix) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the child ended (exit " + waitExit() + ") before printing " + prefix
                + ":\n" + Files.readString(errors));
    }

    /** SIGKILL: no shutdown hooks, no flushing, like a power cut for the process (not for the disk). */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM: shutdown hooks run (H2 closes the database) while the main thread is still busy. */
    void terminate() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private int waitExit() {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        Files.deleteIfExists(errors);
    }
}
