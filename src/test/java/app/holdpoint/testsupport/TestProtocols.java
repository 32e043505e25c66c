package app.holdpoint.testsupport;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import app.holdpoint.protocol.Catalog;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.load.ProtocolLibrary;

/**
 * The protocols the product ships ({@code protocols/} beside the pom), loaded once per test JVM and language:
 * the library is immutable, and reading and checking every file again costs each test a noticeable moment.
 */
public final class TestProtocols {
    /** The shipped protocols folder (tests run with the project folder as the working directory). */
    public static final Path FOLDER = Path.of("protocols");

    private static final Map<Locale, ProtocolLibrary.Loaded> LOADED = new ConcurrentHashMap<>();

    private TestProtocols() {
    }

    /** The shipped protocols and catalog as the files write them (English). */
    public static ProtocolLibrary.Loaded shipped() {
        return LOADED.computeIfAbsent(Locale.ROOT, any -> ProtocolLibrary.load(FOLDER));
    }

    /** The shipped protocols and catalog shown in {@code language}, as a kiosk set to it loads them. */
    public static ProtocolLibrary.Loaded shipped(Locale language) {
        return LOADED.computeIfAbsent(language, l -> ProtocolLibrary.load(FOLDER, l));
    }

    /** The shipped protocols, in file-name order. */
    public static List<Protocol> protocols() {
        return shipped().protocols();
    }

    /** The first shipped protocol (in file-name order). */
    public static Protocol first() {
        return protocols().get(0);
    }

    /** The shipped catalog (English). */
    public static Catalog catalog() {
        return shipped().catalog();
    }

    /** The frozen fixture protocol, with dry needling and a side, kept apart from the shipped ones. */
    public static final Path NEEDLING_FIXTURE = Path.of("src/test/resources/protocol-fixtures/seed-needling.yaml");
    /** The id of {@link #NEEDLING_FIXTURE}. */
    public static final String NEEDLING_FIXTURE_ID = "fixture-needling";

    private static volatile ProtocolLibrary.Loaded needling;

    /** {@link #NEEDLING_FIXTURE} alone, read with the shipped catalog. */
    public static ProtocolLibrary.Loaded needlingFixture() {
        if (needling == null) {
            needling = withShippedCatalog(List.of(NEEDLING_FIXTURE));
        }
        return needling;
    }

    /** The protocol of {@link #NEEDLING_FIXTURE}. */
    public static Protocol needlingProtocol() {
        return needlingFixture().byId(NEEDLING_FIXTURE_ID).orElseThrow();
    }

    /** These protocol files or folders, read with the shipped catalog (not cached: tests vary them). */
    public static ProtocolLibrary.Loaded withShippedCatalog(List<Path> files) {
        return ProtocolLibrary.load(FOLDER, files);
    }
}
