package app.holdpoint.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.GuiTest;
import app.holdpoint.ui.ScreenSize;
import app.holdpoint.ui.theme.Theme;

/**
 * The sweep fails when a protocol breaks the runner: a copy of a shipped protocol (never shipped itself) whose
 * rating step has a 2000-character label. The cue region scrolls it, but the rating panel's question cannot
 * show it, and the sweep says where.
 */
@GuiTest
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class RunnerSweepCatchesTest {
    @TempDir
    Path folder;

    @Test
    void aProtocolWithAVeryLongLabelFailsTheSweep() throws IOException {
        Path protocols = Files.createDirectories(folder.resolve("protocols"));
        String yaml = Files.readString(Path.of("protocols", "low-back-sciatica-like.yaml"))
                .replace("id: low-back-sciatica-like", "id: long-label-probe")
                .replace("label: Leg pain now, before treatment (the kiosk's pain before is the back pain)",
                        "label: " + "Leg pain now ".repeat(154).strip());
        Files.writeString(protocols.resolve("long-label-probe.yaml"), yaml);
        ProtocolLibrary.Loaded library = TestProtocols.withShippedCatalog(List.of(protocols));
        assertThat(library.allValid()).as(library.invalid().toString()).isTrue();

        try (SessionFlowFixture fx = SessionFlowFixture.open(folder.resolve("store"))) {
            RunnerSweep sweep = new RunnerSweep(fx, ScreenSize.S1280x800, Theme.Variant.DARK, Optional.empty())
                    .sweep(library, library.protocols());
            assertThat(sweep.problems()).as("the sweep catches the long label")
                    .anySatisfy(problem -> assertThat(problem).contains("long-label-probe").contains("phase 0 RATE")
                            .contains("rating.question").contains("text cut"));
        }
    }
}
