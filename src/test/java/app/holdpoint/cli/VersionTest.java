package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** {@code holdpoint --version}: the package's comes from its jar's manifest, a checkout's from this constant. */
class VersionTest {

    @Test
    void aCheckoutSaysThePomsVersion() throws IOException {
        Matcher version = Pattern.compile("^  <version>(.+)</version>$", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(version.find()).isTrue();

        assertThat(Version.DEVELOPMENT).isEqualTo(version.group(1));
        assertThat(CliTestSupport.run("--version").out().strip()).isEqualTo("Holdpoint " + version.group(1));
    }
}
