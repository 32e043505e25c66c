package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedMigrationsTest {
    private static final String[] SHIPPED = {"db/migration/common", "db/migration/h2"};

    @TempDir
    Path folder;

    @Test
    void listsTheVersionsOfTheShippedScripts() {
        assertThat(PackagedMigrations.versions(SHIPPED).orElseThrow()).contains("1", "2");
        assertThat(PackagedMigrations.versions("db/migration/nowhere").orElseThrow()).isEmpty();
    }

    @Test
    void listsTheVersionsOfTheScriptsInAJarFolderAndNotThoseBelowIt() throws Exception {
        Path jar = folder.resolve("migrations.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("db/migration/x/", "db/migration/x/V1__first.sql",
                    "db/migration/x/V2_1__second.sql", "db/migration/x/README.md", "db/migration/x/deeper/V9__not.sql",
                    "db/migration/xy/V7__neighbour.sql")) {
                out.putNextEntry(new JarEntry(name));
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            assertThat(loader.getResource("db/migration/x").getProtocol()).isEqualTo("jar");

            assertThat(PackagedMigrations.versions(loader, "db/migration/x").orElseThrow())
                    .containsExactly("1", "2.1");
        }
    }

    @Test
    void aFreshlyMigratedDatabaseIsUpToDateWithoutFlyway() {
        Database database = Database.open(folder, Optional.empty());
        assertThat(PackagedMigrations.upToDateAs(database.url(), "sa", database.password(), SHIPPED)).isTrue();
        // Nothing shipped at a location means "don't know", never "up to date".
        assertThat(PackagedMigrations.upToDateAs(database.url(), "sa", database.password(), "db/migration/nowhere")).isFalse();
    }

    @Test
    void aFailedOrMissingMigrationSendsStartUpThroughFlyway() throws Exception {
        Database database = Database.open(folder, Optional.empty());
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
        }
        assertThat(PackagedMigrations.upToDateAs(database.url(), "sa", database.password(), SHIPPED)).isFalse();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '2'");
        }
        assertThat(PackagedMigrations.upToDateAs(database.url(), "sa", database.password(), SHIPPED)).isFalse();
    }

    @Test
    void aDatabaseWithoutHistoryIsNotUpToDate() {
        String empty = "jdbc:h2:file:" + folder.resolve("empty") + ";WRITE_DELAY=0";
        assertThat(PackagedMigrations.upToDate(empty, "sa", SHIPPED)).isFalse();
    }
}
