package app.holdpoint.protocol.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.testsupport.TestProtocols;

/**
 * Thousands of mutated and random files through the loader: each must be loaded or rejected with a located
 * message, never an uncaught exception.
 */
class LoaderFuzzTest {
    private static final Pattern LOCATED = Pattern.compile("fuzz\\.yaml:\\d+:\\d+: .+", Pattern.DOTALL);
    private static final String[] TOKENS = {"[", "]", "{", "}", ":", ": ", "- ", "&a ", "*a", "!!binary ", "\t",
            "'", "\"", "#", "|", ">", "? ", "---\n", "...\n", "%YAML 1.1\n", "99999999999999999999", "-1", "0s",
            "1e309", "null", "~", "[S2]", "[DEFAULT]", "yes", "\u0000", "\uFFFF", "\uD83D\uDE00", "\n", "  "};

    // The real catalog: the shipped protocols (seeds below) name muscles and screening sets TestCatalog lacks.
    private final ProtocolReader reader = new ProtocolReader(TestProtocols.catalog());

    private static List<String> seeds() throws IOException {
        List<String> seeds = new ArrayList<>();
        seeds.add(TestCatalog.protocolWithSteps("""
                  - rate:
                      moment: during
                  - compression:
                      muscle: upper-trapezius
                      side: ask
                      press: 90s [S2]
                      relax: 30s [DEFAULT]
                      cycles: 2 [DEFAULT]
                  - hold:
                      muscle: upper-trapezius
                      side: both
                      until-release:
                        min: 30s [S3]
                        warn: 50s [DEFAULT]
                        max: 60s [S3]
                  - spray-stretch:
                      muscle: upper-trapezius
                      side: left
                      sweeps: Sweeps.
                      stretch: 30s [S67]
                      cycles: 2 [S18]
                      rewarm: 10m [S18]
                      only-if:
                        cold-intolerance: no
                  - stretch:
                      muscle: piriformis
                      side: right
                      hold: 30s [S67]
                      post-isometric:
                        contract: 7s [DEFAULT]
                        relax: 5s [DEFAULT]
                        cycles: 3 [DEFAULT]
                  - needling:
                      muscle: upper-trapezius
                      side: left
                      technique: deep
                      needles: 2 [DEFAULT]
                      retention: 5m [S32]
                      haemostasis: 60s [S33]
                  - instruct:
                      label: Heat
                      cue: Hot pack.
                      duration: 10m [DEFAULT]
                      confirm: no
                  - relax:
                      duration: 30s [DEFAULT]
                  - home-care:
                      advice: self-massage
                """));
        try (var files = Files.list(TestProtocols.FOLDER)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                seeds.add(Files.readString(file));
            }
        }
        return seeds;
    }

    @Test
    void mutatedFilesAreLoadedOrRejectedWithALocatedMessage() throws IOException {
        List<String> seeds = seeds();
        Random random = new Random(20261127);
        int loaded = 0;
        int rejected = 0;
        for (int i = 0; i < 4000; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())), random);
            if (check(input, i)) {
                loaded++;
            } else {
                rejected++;
            }
        }
        // Both outcomes must occur, or the mutations are too weak (or too strong) to test anything.
        assertThat(loaded).isGreaterThan(50);
        assertThat(rejected).isGreaterThan(1000);
    }

    @Test
    void randomBytesAndRandomTokensAreRejectedWithALocatedMessage() {
        Random random = new Random(7);
        for (int i = 0; i < 1500; i++) {
            byte[] junk = new byte[random.nextInt(400)];
            random.nextBytes(junk);
            check(junk, i);
            StringBuilder tokens = new StringBuilder();
            for (int t = random.nextInt(60); t > 0; t--) {
                tokens.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            check(tokens.toString().getBytes(StandardCharsets.UTF_8), i);
        }
    }

    @Test
    void pathologicalShapesAreRejectedWithALocatedMessage() {
        List<String> shapes = List.of(
                "steps:" + " [".repeat(3000),
                "a: &a [x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c]\n",
                "id: " + "9".repeat(100_000),
                "id: x\n".repeat(2),
                "? [complex, key]\n: value\n",
                "!!java.lang.Runtime {}\n",
                "id: x\nsteps:\n" + "  - relax:\n      duration: 30s [DEFAULT]\n".repeat(5000));
        for (String shape : shapes) {
            check(shape.getBytes(StandardCharsets.UTF_8), shapes.indexOf(shape));
        }
    }

    @Test
    void oneHugeFileInAFolderDoesNotStopTheOthers(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("catalog"));
        for (String name : List.of("muscles.yaml", "screening.yaml", "home-care.yaml")) {
            Files.copy(Path.of("protocols/catalog", name), folder.resolve("catalog").resolve(name));
        }
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) '#');
        Files.write(folder.resolve("a-huge.yaml"), tenMegabytes);
        Files.write(folder.resolve("b-latin1.yaml"), "id: caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Path good = Files.list(TestProtocols.FOLDER).filter(p -> p.toString().endsWith(".yaml")).findFirst()
                .orElseThrow();
        Files.copy(good, folder.resolve("c-good.yaml"));

        ProtocolLibrary.Loaded loaded = ProtocolLibrary.load(folder);

        assertThat(loaded.protocols()).hasSize(1);
        assertThat(loaded.invalid()).extracting(ProtocolLibrary.FileResult::name)
                .containsExactly("a-huge.yaml", "b-latin1.yaml");
        assertThat(loaded.invalid().get(0).problems()).singleElement().asString()
                .isEqualTo("a-huge.yaml:1:1: file is 10240 KB; protocol files must be under 1 MB");
    }

    /** True when loaded; fails the test on an exception or an unlocated rejection. */
    private boolean check(byte[] input, int case_) {
        ProtocolReader.Result result;
        try {
            result = reader.read("fuzz.yaml", input);
        } catch (RuntimeException | StackOverflowError e) {
            fail("case " + case_ + " threw " + e + " for input:\n" + new String(input, StandardCharsets.UTF_8), e);
            return false;
        }
        for (Problem problem : result.problems()) {
            if (!LOCATED.matcher(problem.toString()).matches() || problem.message().isBlank()) {
                fail("case " + case_ + " gave an unlocated problem: " + problem);
            }
        }
        Optional<Protocol> protocol = result.protocol();
        if (protocol.isPresent()) {
            // A loaded protocol must also expand, whichever side is chosen.
            TimelineExpander.expand(protocol.get(), Optional.of(Side.BOTH));
            TimelineExpander.expand(protocol.get());
            return true;
        }
        assertThat(result.problems()).as("case %d rejected without an error", case_).anyMatch(Problem::isError);
        return false;
    }

    private static byte[] mutate(String seed, Random random) {
        String text = seed;
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            text = switch (random.nextInt(9)) {
                case 0 -> text.substring(0, random.nextInt(text.length() + 1));
                case 1 -> deleteLine(text, random);
                case 2 -> duplicateLine(text, random);
                case 3 -> insert(text, random, TOKENS[random.nextInt(TOKENS.length)]);
                case 4 -> replaceValue(text, random, List.of("0s", "-5s", "3h", "99999999999999", "x", "[]", "{}",
                        "[S999]", "[]", "ask", "both", "\"\"", "null", "1e9", "1m1h", "7200s", "7201s").get(
                        random.nextInt(17)));
                case 5 -> text.replace("  ", random.nextBoolean() ? " " : "\t");
                case 6 -> insert(text, random, "{".repeat(random.nextInt(200)));
                case 7 -> text.replaceFirst("(?m)^(\\s*)(\\w[\\w-]*):", "$1" + word(random) + ":");
                default -> swapLines(text, random);
            };
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x7F));
        }
        return bytes;
    }

    private static String word(Random random) {
        return List.of("prss", "cycle", "sid", "hold", "steps", "id", "muscle", "weird-key", "duration")
                .get(random.nextInt(9));
    }

    private static String deleteLine(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String duplicateLine(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        lines.add(at, lines.get(at));
        return String.join("\n", lines);
    }

    private static String swapLines(String text, Random random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
        return String.join("\n", lines);
    }

    private static String insert(String text, Random random, String token) {
        int at = random.nextInt(text.length() + 1);
        return text.substring(0, at) + token + text.substring(at);
    }

    private static String replaceValue(String text, Random random, String value) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int colon = line.indexOf(": ");
        if (colon > 0) {
            lines.set(at, line.substring(0, colon + 2) + value);
        }
        return String.join("\n", lines);
    }
}
