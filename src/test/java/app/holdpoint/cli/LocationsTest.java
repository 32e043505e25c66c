package app.holdpoint.cli;


import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LocationsTest {
    private final Path installation = Path.of("/opt/holdpoint");
    private final Path home = Path.of("/home/clinic");

    @Test
    void defaultsAreTheInstallationsProtocolsAndAFolderInHome() {
        Locations settings = Locations.resolve(null, null, null, Map.of(), installation, home);
        assertThat(settings.protocols()).isEqualTo(Path.of("/opt/holdpoint/protocols"));
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/home/clinic/.holdpoint"));
        assertThat(settings.jdbcUrl()).isEmpty();
    }

    @Test
    void environmentMovesDataAndDatabase() {
        Locations settings = Locations.resolve(null, null, null,
                Map.of("HOLDPOINT_DATA", "/srv/data", "HOLDPOINT_DB", "jdbc:postgresql://db/hp"), installation, home);
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/srv/data"));
        assertThat(settings.jdbcUrl()).contains("jdbc:postgresql://db/hp");
    }

    @Test
    void optionsWinOverTheEnvironment() {
        Locations settings = Locations.resolve(Path.of("p"), Path.of("d"), "jdbc:h2:mem:x",
                Map.of("HOLDPOINT_DATA", "/srv/data", "HOLDPOINT_DB", "jdbc:postgresql://db/hp"), installation, home);
        assertThat(settings.protocols()).isEqualTo(Path.of("p"));
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("d"));
        assertThat(settings.jdbcUrl()).isEqualTo(Optional.of("jdbc:h2:mem:x"));
    }
}
