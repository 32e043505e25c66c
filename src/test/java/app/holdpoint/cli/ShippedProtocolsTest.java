package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.load.ProtocolLibrary;
import app.holdpoint.testsupport.TestProtocols;
import app.holdpoint.ui.GuiTestExtension;

/** First start of an installed Holdpoint: the shipped protocols become the clinic's editable copies. */
class ShippedProtocolsTest {
    @TempDir
    Path temp;
    private Path shipped;
    private Path clinic;

    @BeforeEach
    void folders() throws IOException {
        shipped = temp.resolve("opt/holdpoint/lib/app/protocols");
        clinic = temp.resolve("home/kiosk/.holdpoint/protocols");
        Files.createDirectories(shipped.resolve("catalog"));
        Files.writeString(shipped.resolve("neck.yaml"), "shipped neck v1");
        Files.writeString(shipped.resolve("back.yaml"), "shipped back v1");
        Files.writeString(shipped.resolve("catalog/muscles.yaml"), "shipped muscles");
        Files.writeString(shipped.resolve("README.txt"), "not a protocol");
    }

    @Test
    void theFirstStartCopiesEveryShippedProtocolAndTheCatalogAsWritableFiles() throws IOException {
        assertThat(ShippedProtocols.copyNew(shipped, clinic)).containsExactly(Path.of("back.yaml"),
                Path.of("catalog/muscles.yaml"), Path.of("neck.yaml"));

        assertThat(clinic.resolve("neck.yaml")).hasContent("shipped neck v1");
        assertThat(clinic.resolve("catalog/muscles.yaml")).hasContent("shipped muscles");
        assertThat(clinic.resolve("README.txt")).doesNotExist();
        assertThat(Files.isWritable(clinic.resolve("neck.yaml"))).isTrue();
    }

    @Test
    void aClinicsEditedFileIsNeverOverwrittenNorADeletedOneBroughtBack() throws IOException {
        ShippedProtocols.copyNew(shipped, clinic);
        Files.writeString(clinic.resolve("neck.yaml"), "the clinic's neck");
        Files.delete(clinic.resolve("back.yaml"));
        Files.writeString(shipped.resolve("neck.yaml"), "shipped neck v2");

        assertThat(ShippedProtocols.copyNew(shipped, clinic)).isEmpty();

        assertThat(clinic.resolve("neck.yaml")).hasContent("the clinic's neck");
        assertThat(clinic.resolve("back.yaml")).doesNotExist();
    }

    @Test
    void aCopyTheClinicNeverChangedFollowsTheUpdateOfTheShippedFile() throws IOException {
        ShippedProtocols.copyNew(shipped, clinic);
        Files.writeString(clinic.resolve("neck.yaml"), "the clinic's neck");
        Files.writeString(shipped.resolve("neck.yaml"), "shipped neck v2");
        Files.writeString(shipped.resolve("catalog/muscles.yaml"), "shipped muscles, one more");

        assertThat(ShippedProtocols.copyNew(shipped, clinic)).containsExactly(Path.of("catalog/muscles.yaml"));

        assertThat(clinic.resolve("catalog/muscles.yaml")).hasContent("shipped muscles, one more");
        assertThat(clinic.resolve("neck.yaml")).hasContent("the clinic's neck");
        assertThat(clinic.resolve("back.yaml")).hasContent("shipped back v1");
        assertThat(ShippedProtocols.copyNew(shipped, clinic)).isEmpty();
    }

    @Test
    void aNewShippedProtocolArrivesWithAnUpdateButAClinicsOwnFileOfThatNameStays() throws IOException {
        ShippedProtocols.copyNew(shipped, clinic);
        Files.writeString(shipped.resolve("heel.yaml"), "shipped heel");
        Files.writeString(shipped.resolve("knee.yaml"), "shipped knee");
        Files.writeString(clinic.resolve("knee.yaml"), "the clinic's own knee");

        assertThat(ShippedProtocols.copyNew(shipped, clinic)).containsExactly(Path.of("heel.yaml"));

        assertThat(clinic.resolve("heel.yaml")).hasContent("shipped heel");
        assertThat(clinic.resolve("knee.yaml")).hasContent("the clinic's own knee");
        Files.writeString(shipped.resolve("knee.yaml"), "shipped knee v2");
        assertThat(ShippedProtocols.copyNew(shipped, clinic)).isEmpty();
        assertThat(clinic.resolve("knee.yaml")).hasContent("the clinic's own knee");
    }

    @Test
    void aFolderThatCannotBeWrittenIsSaidInWords() throws IOException {
        Path blocked = temp.resolve("blocked");
        Files.writeString(blocked, "a file where the data folder should be");

        assertThatThrownBy(() -> ShippedProtocols.copyNew(shipped, blocked.resolve("protocols")))
                .isInstanceOf(UserError.class)
                .hasMessageStartingWith("the shipped protocols could not be copied into " + blocked.resolve("protocols"))
                .hasMessageEndingWith("check that the kiosk user may write there");
        assertThatThrownBy(() -> ShippedProtocols.copyNew(shipped, blocked.resolve("protocols"),
                CliText.of(Locale.GERMAN)))
                .hasMessageStartingWith("die mitgelieferten Protokolle konnten nicht nach " + blocked.resolve("protocols")
                        + " kopiert werden (")
                .hasMessageEndingWith("prüfen, ob der Kiosk-Benutzer dort schreiben darf");
    }

    @Test
    void anInstalledHoldpointReadsTheClinicsCopiesOnceTheyExistAndTheShippedOnesBefore() {
        Path installation = temp.resolve("opt/holdpoint/lib/app");
        Path data = clinic.getParent();
        Map<String, String> env = Map.of(Locations.DATA_ENV, data.toString());

        assertThat(Locations.resolve(null, null, null, null, env, installation, temp, true).protocols()).isEqualTo(shipped);
        ShippedProtocols.copyNew(shipped, clinic);
        assertThat(Locations.resolve(null, null, null, null, env, installation, temp, true).protocols()).isEqualTo(clinic);
        assertThat(Locations.resolve(null, null, null, null, env, installation, temp, false).protocols()).isEqualTo(shipped);
        assertThat(Locations.resolve(Path.of("mine"), null, null, null, env, installation, temp, true).protocols())
                .isEqualTo(Path.of("mine"));
    }

    @Test
    void theRepositorysProtocolsCopiedForAClinicLoadAsTheShippedOnesDo() {
        ShippedProtocols.copyNew(TestProtocols.FOLDER, clinic);

        ProtocolLibrary.Loaded copies = ProtocolLibrary.load(clinic);
        ProtocolLibrary.Loaded originals = TestProtocols.shipped();
        assertThat(copies.protocols()).hasSameSizeAs(originals.protocols()).isNotEmpty();
    }

    @Test
    void theInstalledKioskCopiesAtItsFirstStartAndOpensOnTheClinicsCopies() {
        // The kiosk command refuses to start without a display, before it hands over its request.
        GuiTestExtension.requireDisplay();
        Path installation = temp.resolve("opt/holdpoint/lib/app");
        Path data = clinic.getParent();
        List<HoldpointCommand.KioskRequest> opened = new ArrayList<>();
        HoldpointCommand root = new HoldpointCommand(Map.of(), installation, opened::add);
        String before = System.getProperty(HoldpointCommand.INSTALLED_PROPERTY);
        System.setProperty(HoldpointCommand.INSTALLED_PROPERTY, "true");
        try {
            int exit = HoldpointCommand.commandLine(root, new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())).execute("--data", data.toString(), "--windowed");
            assertThat(exit).isZero();
        } finally {
            if (before == null) {
                System.clearProperty(HoldpointCommand.INSTALLED_PROPERTY);
            } else {
                System.setProperty(HoldpointCommand.INSTALLED_PROPERTY, before);
            }
        }

        assertThat(opened).singleElement().satisfies(request ->
                assertThat(request.settings().protocols()).isEqualTo(clinic));
        assertThat(clinic.resolve("neck.yaml")).hasContent("shipped neck v1");
    }
}
