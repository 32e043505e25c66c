package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Acknowledged" means "on stable storage": a child JVM appends events through the real store under strace, and
 * between the last write to the database file and each acknowledgement printed by the caller there is an fsync
 * (or fdatasync) of that file. The same child without the sync step is the control: the rule catches it.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SyncedAcknowledgementTest {
    private static final Pattern ACK = Pattern.compile("write\\(1<[^>]*>, \"ACK (\\d+)\\\\n\"");

    @TempDir
    Path folder;

    /** One acknowledgement and whether the database file was synced after its last write and before it. */
    record Ack(int event, boolean writtenSinceLastAck, boolean synced) {
    }

    @Test
    void everyAcknowledgedEventWriteIsFollowedBySyncBeforeItsAcknowledgement() throws Exception {
        List<Ack> acks = trace("sync");
        assertThat(acks).extracting(Ack::event).containsExactlyElementsOf(
                IntStream.range(0, CrashChild.SYNC_EVENTS).boxed().toList());
        assertThat(acks).allSatisfy(ack -> {
            assertThat(ack.writtenSinceLastAck()).as("event %d was written to the file", ack.event()).isTrue();
            assertThat(ack.synced()).as("event %d synced before its acknowledgement", ack.event()).isTrue();
        });
    }

    @Test
    void withoutTheSyncStepTheTraceShowsAcknowledgementsOfUnsyncedWrites() throws Exception {
        List<Ack> acks = trace("nosync");
        assertThat(acks).hasSize(CrashChild.SYNC_EVENTS);
        assertThat(acks).anySatisfy(ack -> assertThat(ack.synced()).isFalse());
    }

    private List<Ack> trace(String mode) throws IOException, InterruptedException {
        Path log = folder.resolve("strace.log");
        Path data = folder.resolve("data");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of("/usr/bin/strace", "-f", "-qq", "-y", "-s", "40", "-e",
                "trace=write,pwrite64,pwritev,fsync,fdatasync", "-o", log.toString(), java.toString(), "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), mode, data.toString()))
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.out").toFile()).start();
        assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("the traced child finished").isTrue();
        assertThat(process.exitValue()).as(Files.readString(folder.resolve("child.out"))).isZero();
        return acks(Files.readAllLines(log, StandardCharsets.UTF_8));
    }

    /**
     * Walks the trace in order: a write to holdpoint.mv.db makes the file dirty; a finished fsync/fdatasync of
     * it makes it clean; each "ACK n" the caller prints records whether the file was clean at that moment.
     */
    static List<Ack> acks(List<String> lines) {
        List<Ack> acks = new ArrayList<>();
        boolean dirty = false;
        boolean written = false;
        boolean started = false;
        Set<String> syncing = new HashSet<>(); // threads inside an fsync of the database file
        for (String line : lines) {
            String thread = line.split(" ", 2)[0];
            if (line.contains("\"BEGUN ")) {
                started = true; // from here on the events; the setup before it is not what is measured
                written = false;
                continue;
            }
            boolean database = line.contains("holdpoint.mv.db>");
            boolean unfinished = line.contains("<unfinished ...>");
            if (database && (line.contains(" pwrite64(") || line.contains(" pwritev(") || line.contains(" write("))) {
                dirty = true;
                written = true;
            } else if (database && (line.contains("fsync(") || line.contains("fdatasync("))) {
                if (unfinished) {
                    syncing.add(thread); // finishes on a "resumed" line of the same thread
                } else {
                    dirty = false;
                }
            } else if ((line.contains("<... fsync resumed>") || line.contains("<... fdatasync resumed>"))
                    && syncing.remove(thread)) {
                dirty = false;
            }
            Matcher ack = ACK.matcher(line);
            if (started && ack.find()) {
                acks.add(new Ack(Integer.parseInt(ack.group(1)), written, !dirty));
                written = false;
            }
        }
        return acks;
    }
}
