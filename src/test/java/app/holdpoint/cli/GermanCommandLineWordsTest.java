package app.holdpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What was still English with {@code --lang de}: picocli's parse errors, a wrong {@code --scale}, and the store's
 * sentences about therapists, PINs, client references, backups and restores. English stays as it was, byte for byte.
 */
class GermanCommandLineWordsTest {
    private static final String NL = System.lineSeparator();

    @TempDir
    Path data;

    @Test
    void aCommandLinePicocliCannotParseIsOneGermanLineAndWhereTheHelpIs() {
        CliTestSupport.Run unknown = CliTestSupport.run("--lang", "de", "bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("holdpoint: unerwartetes Argument „bogus“" + NL
                + "siehe: holdpoint --help" + NL);
        assertThat(CliTestSupport.run("--lang", "de", "plan").err())
                .startsWith("holdpoint: es fehlt: FILE-OR-ID" + NL + "siehe: holdpoint plan --help");
        assertThat(CliTestSupport.run("--lang", "de", "audit", "--stauts", "open").err())
                .startsWith("holdpoint: unbekannte Option „--stauts“, „open“; gemeint ist vielleicht --status?");
        assertThat(CliTestSupport.run("--lang", "de", "demo-data", "--sessions", "x").err())
                .startsWith("holdpoint: „x“ ist kein gültiger Wert für --sessions=N" + NL);
    }

    @Test
    void inEnglishPicocliSaysItAsBeforeWithTheUsage() {
        CliTestSupport.Run unknown = CliTestSupport.run("--lang", "en", "bogus");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("Unmatched argument at index 2: 'bogus'" + NL + "Usage: holdpoint");
        assertThat(CliTestSupport.run("--lang", "en", "plan").err())
                .startsWith("Missing required parameter: 'FILE-OR-ID'" + NL + "Usage: holdpoint plan");
    }

    @Test
    void aWrongScaleIsSaidInEachLanguage() {
        assertThat(CliTestSupport.run("--lang", "de", "--scale", "foo").err())
                .isEqualTo("holdpoint: --scale muss eine Zahl wie 1.5 oder 150% sein oder auto, erhalten: „foo“"
                        + NL);
        assertThat(CliTestSupport.run("--lang", "de", "--scale", "9").err())
                .isEqualTo("holdpoint: --scale muss zwischen 0.75 und 3 liegen (75% bis 300%), erhalten: „9“" + NL);
        assertThat(CliTestSupport.run("--lang", "en", "--scale", "foo").err())
                .isEqualTo("holdpoint: the scale must be a number such as 1.5 or 150%, or auto; got 'foo'" + NL);
        assertThat(CliTestSupport.run("--lang", "en", "--scale", "9").err())
                .isEqualTo("holdpoint: the scale must be from 0.75 to 3 (75% to 300%); got '9'" + NL);
    }

    @Test
    void theStoresSentencesAboutTherapistsPinsAndBackupsReadInGerman() {
        assertThat(withStdin("1234\n", "therapist", "add", "Anna", "--admin").exitCode()).isZero();

        assertThat(withStdin("1234\n", "--lang", "de", "therapist", "add", "Anna").err())
                .isEqualTo("holdpoint: es gibt bereits eine Therapeutin oder einen Therapeuten namens „Anna“" + NL);
        assertThat(withStdin("12\n", "--lang", "de", "therapist", "add", "Bert").err())
                .isEqualTo("holdpoint: eine PIN hat 4 bis 8 Ziffern" + NL);
        assertThat(withStdin("", "--lang", "de", "therapist", "disable", "Nobody").err())
                .isEqualTo("holdpoint: keine Therapeutin und kein Therapeut namens „Nobody“" + NL);
        Path none = data.resolve("none.zip").toAbsolutePath();
        assertThat(withStdin("", "--lang", "de", "restore", "--from", none.toString()).err())
                .isEqualTo("holdpoint: es gibt keine Sicherungsdatei " + none + NL);

        assertThat(withStdin("", "--lang", "de", "simulate", "tension-type-headache", "--side", "left",
                "--therapist", "Anna", "--client", " ").err())
                .isEqualTo("holdpoint: eine Klienten-Kennung hat 1 bis 64 Zeichen" + NL);

        assertThat(withStdin("1234\n", "--lang", "en", "therapist", "add", "Anna").err())
                .isEqualTo("holdpoint: a therapist named 'Anna' already exists" + NL);
        assertThat(withStdin("12\n", "--lang", "en", "therapist", "add", "Bert").err())
                .isEqualTo("holdpoint: a PIN has 4 to 8 digits" + NL);
        assertThat(withStdin("", "--lang", "en", "therapist", "disable", "Nobody").err())
                .isEqualTo("holdpoint: no therapist named 'Nobody'" + NL);
        assertThat(withStdin("", "--lang", "en", "simulate", "tension-type-headache", "--side", "left",
                "--therapist", "Anna", "--client", " ").err())
                .isEqualTo("holdpoint: a client reference has 1 to 64 characters" + NL);
    }

    @Test
    void aCredentialsRefusalsReadInGerman() {
        assertThat(withStdin("1234\n", "therapist", "add", "Anna", "--admin").exitCode()).isZero();
        assertThat(withStdin("1234\n", "therapist", "add", "Tom").exitCode()).isZero();

        assertThat(withStdin("1234\n", "--lang", "de", "therapist", "credential", "Tom", "--dry-needling",
                "--expires", "2020-01-01").err()).isEqualTo("holdpoint: das Ablaufdatum 2020-01-01 ist bereits vorbei"
                + NL);
        assertThat(withStdin("9999\n", "--lang", "de", "therapist", "credential", "Tom", "--dry-needling").err())
                .isEqualTo("holdpoint: Anna: falsche PIN (noch 4 Versuche); nichts wurde erfasst" + NL);
        assertThat(withStdin("1234\n", "--lang", "en", "therapist", "credential", "Tom", "--dry-needling",
                "--expires", "2020-01-01").err()).isEqualTo("holdpoint: the expiry date 2020-01-01 has already passed"
                + NL);
        assertThat(withStdin("9999\n", "--lang", "en", "therapist", "credential", "Tom", "--dry-needling").err())
                .isEqualTo("holdpoint: Anna: wrong PIN (4 attempts left); nothing was recorded" + NL);
    }

    @Test
    void aMissingDatabaseCredentialsFileIsSaidInGerman() {
        Path none = data.resolve("db-login").toAbsolutePath();
        for (String lang : new String[] {"de", "en"}) {
            CliTestSupport.Run run = CliTestSupport.run("--lang", lang, "--db", "jdbc:postgresql://localhost:1/x",
                    "--db-credentials", none.toString(), "audit");
            assertThat(run.err()).isEqualTo("holdpoint: " + (lang.equals("de")
                    ? "die Zugangsdatei für die Datenbank " + none + " existiert nicht oder ist keine Datei"
                    : "the database credentials file " + none + " does not exist or is not a file") + NL);
        }
    }

    @Test
    void aFileThatIsNoBackupIsSaidInGermanAndAsBeforeInEnglish() throws Exception {
        Path notZip = java.nio.file.Files.writeString(data.resolve("notes.zip"), "not a zip").toAbsolutePath();
        Path other = data.resolve("other");
        assertThat(CliTestSupport.run("--lang", "de", "--data", other.toString(), "restore", "--from",
                notZip.toString()).err()).isEqualTo("holdpoint: " + notZip + " ist keine Holdpoint-Sicherung oder"
                + " beschädigt (sie lässt sich nicht als ZIP-Datei lesen)" + NL);
        assertThat(CliTestSupport.run("--lang", "en", "--data", other.toString(), "restore", "--from",
                notZip.toString()).err()).isEqualTo("holdpoint: " + notZip + " is not a Holdpoint backup, or it is"
                + " damaged (it cannot be read as a zip file)" + NL);
    }

    @Test
    void withoutADisplayTheKioskAndTheAuditWindowSaySoInEachLanguage() throws Exception {
        assertThat(headless("--lang", "de")).isEqualTo("holdpoint: der Kiosk braucht einen Bildschirm; auf einem"
                + " Rechner ohne Bildschirm einen Befehl wie „validate“ oder „plan“ verwenden (siehe --help)");
        assertThat(headless("--lang", "de", "audit-ui")).startsWith("holdpoint: das Prüffenster braucht einen");
        assertThat(headless("--lang", "en")).isEqualTo("holdpoint: the kiosk needs a display; use a command such as"
                + " 'validate' or 'plan' on a machine without one (see --help)");
    }

    /** What a start on a machine without a display prints, from a JVM of its own (AWT decides once per JVM). */
    private String headless(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                ProcessHandle.current().info().command().orElse("java"), "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "app.holdpoint.App", "--data", data.toString()));
        command.addAll(java.util.List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.waitFor()).as(said).isEqualTo(1);
        return said;
    }

    private CliTestSupport.Run withStdin(String input, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return CliTestSupport.run(all);
        } finally {
            System.setIn(before);
        }
    }
}
