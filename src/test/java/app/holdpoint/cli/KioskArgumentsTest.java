package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The kiosk's command line read without picocli opens the same kiosk, or fails the same way, as picocli's. */
class KioskArgumentsTest {
    @TempDir
    Path temp;

    /** What one reading of a line did: the kiosk it opened (if any), its exit status and its error output. */
    private record Outcome(List<HoldpointCommand.KioskRequest> opened, int exit, String err) {
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "--windowed",
        "--data DATA --protocols DATA/p --windowed",
        "--data=DATA --scale=1.5",
        "--scale 150% --data DATA",
        "--scale auto --windowed --data DATA",
        "--scale 9 --data DATA",
        "--scale nonsense --data DATA",
        "--db jdbc:h2:mem:x --db-credentials DATA/c --data DATA",
        "--central jdbc:postgresql://central/db --data DATA",
        "--central jdbc:postgresql://central/db --db jdbc:h2:mem:x --data DATA",
    })
    void aKioskLineOpensWhatPicocliOpens(String line) {
        String[] args = args(line);
        assertThat(KioskArguments.read(root(new ArrayList<>()), args)).as("read without picocli").isTrue();

        assertThat(withoutPicocli(args)).isEqualTo(withPicocli(args));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "validate",
        "--data DATA validate",
        "--help",
        "-h",
        "--version",
        "--windowed --windowed",
        "--data DATA --data DATA",
        "--windowed=true",
        "--data",
        "--data --windowed",
        "--data=",
        "--scale -1",
        "@args.txt",
        "--unknown",
        "--",
    })
    void anyOtherLineIsLeftToPicocli(String line) {
        List<HoldpointCommand.KioskRequest> opened = new ArrayList<>();
        HoldpointCommand root = root(opened);

        assertThat(KioskArguments.read(root, args(line))).isFalse();
        assertThat(root.data).isNull();
        assertThat(root.windowed).isFalse();
        assertThat(opened).isEmpty();
    }

    private String[] args(String line) {
        return line.isEmpty() ? new String[0] : line.replace("DATA", temp.toString()).split(" ");
    }

    private HoldpointCommand root(List<HoldpointCommand.KioskRequest> opened) {
        return new HoldpointCommand(Map.of("HOLDPOINT_DATA", temp.resolve("home-data").toString()),
                temp.resolve("installation"), opened::add);
    }

    private Outcome withPicocli(String[] args) {
        List<HoldpointCommand.KioskRequest> opened = new ArrayList<>();
        StringWriter err = new StringWriter();
        int exit = HoldpointCommand.commandLine(root(opened), new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true)).execute(args);
        return new Outcome(opened, exit, err.toString());
    }

    private Outcome withoutPicocli(String[] args) {
        List<HoldpointCommand.KioskRequest> opened = new ArrayList<>();
        HoldpointCommand fresh = root(opened);
        KioskArguments.read(fresh, args);
        StringWriter err = new StringWriter();
        int exit = KioskArguments.openKiosk(fresh, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        return new Outcome(opened, exit, err.toString());
    }
}
