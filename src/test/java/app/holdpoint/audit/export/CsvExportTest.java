package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import app.holdpoint.audit.CsvText;
import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.session.PhaseRow;
import app.holdpoint.store.Backend;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SealedTotals;

/** CSV exports read back with a strict RFC 4180 parser and checked against the database. */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class CsvExportTest extends ExportHistoryCase {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeParameterizedClassInvocation
    static void history(Backend kind) {
        open(kind, 150);
    }

    private static List<List<String>> read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.getBytes(StandardCharsets.UTF_8)).as("valid UTF-8").isEqualTo(bytes);
        return Rfc4180.parse(text);
    }

    @Test
    void sessionsCsvHoldsEveryMatchingSessionAsTheDatabaseHasIt() throws IOException {
        Path file = out.resolve("sessions.csv");
        long written = SessionsCsv.write(history.store, AuditFilter.all(), BERLIN, file);
        List<AuditRow> expected = new ArrayList<>();
        history.store.auditEach(AuditFilter.all(), expected::add);

        List<List<String>> csv = read(file);
        assertThat(csv.get(0)).containsExactly(SessionsCsv.HEADER);
        assertThat(csv).hasSize(expected.size() + 1);
        assertThat(written).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            AuditRow row = expected.get(i);
            List<String> cells = csv.get(i + 1);
            assertThat(cells).hasSize(SessionsCsv.HEADER.length);
            assertThat(Long.parseLong(cells.get(0))).isEqualTo(row.id());
            OffsetDateTime started = OffsetDateTime.parse(cells.get(1));
            assertThat(started.toInstant()).isEqualTo(row.startedAt().truncatedTo(ChronoUnit.SECONDS));
            assertThat(started.getOffset()).isEqualTo(BERLIN.getRules().getOffset(row.startedAt()));
            assertThat(cells.get(2).isEmpty()).isEqualTo(row.endedAt().isEmpty());
            assertThat(unguard(cells.get(3))).isEqualTo(row.therapist());
            assertThat(cells.get(4)).isEqualTo(row.protocolId());
            assertThat(Integer.parseInt(cells.get(5))).isEqualTo(row.protocolVersion());
            assertThat(unguard(cells.get(6))).isEqualTo(row.clientRef());
            assertThat(cells.get(8)).isEqualTo(row.status().word());
            if (row.summary().isPresent()) {
                SealedTotals s = row.summary().get();
                assertThat(new BigDecimal(cells.get(9)).movePointRight(3).longValueExact()).isEqualTo(s.plannedMillis());
                assertThat(new BigDecimal(cells.get(10)).movePointRight(3).longValueExact()).isEqualTo(s.actualMillis());
                assertThat(cells.subList(11, 16)).containsExactly(Integer.toString(s.skipped()),
                        Integer.toString(s.shortened()), Integer.toString(s.extended()), Integer.toString(s.capped()),
                        Integer.toString(s.deviations()));
            } else {
                assertThat(cells.subList(9, 16)).allMatch(String::isEmpty);
            }
            assertThat(cells.get(16)).isEqualTo(row.painBefore().isPresent() ? "" + row.painBefore().getAsInt() : "");
            assertThat(cells.get(17)).isEqualTo(row.painAfter().isPresent() ? "" + row.painAfter().getAsInt() : "");
            assertThat(unguard(cells.get(18))).isEqualTo(row.signedBy().orElse(""));
            assertThat(cells.get(19)).isEqualTo(row.sealHash().orElse(""));
        }
        assertThat(expected).anySatisfy(r -> assertThat(r.signedBy()).isPresent());
        assertThat(expected).anySatisfy(r -> assertThat(r.status()).isEqualTo(SessionStatus.ENDED_EARLY));
    }

    @Test
    void textThatLooksLikeAFormulaIsDefusedAndQuotingRoundTrips() throws IOException {
        Path file = out.resolve("awkward.csv");
        SessionsCsv.write(history.store, AuditFilter.all().withTherapist(ExportHistory.AWKWARD_THERAPIST), BERLIN,
                file);
        String raw = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(raw).endsWith("\r\n").doesNotContain("\r\n\r\n");
        assertThat(raw.replace("\r\n", "")).doesNotContain("\n");
        List<List<String>> csv = read(file);
        assertThat(csv).hasSize(2);
        List<String> row = csv.get(1);
        assertThat(row.get(3)).isEqualTo(ExportHistory.AWKWARD_THERAPIST);
        assertThat(row.get(6)).isEqualTo("'" + ExportHistory.FORMULA_CLIENT);
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "\"O'Neil, \"\"Sam\"\"\"");
        assertThat(row.get(8)).isEqualTo("ended-early");
    }

    @Test
    void guardLeavesNumbersAloneAndMarksEveryFormulaStart() {
        for (String start : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
            assertThat(CsvText.defuse(start + "x")).isEqualTo("'" + start + "x");
        }
        assertThat(CsvText.defuse("Ana")).isEqualTo("Ana");
        assertThat(CsvText.defuse("")).isEmpty();
    }

    @Test
    void phasesCsvHasOneRowPerPhaseRunAndFollowsTheTolerance() throws IOException {
        AuditFilter some = new AuditFilter(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false);
        List<AuditRow> sessions = new ArrayList<>();
        history.store.auditEach(some, sessions::add);
        assertThat(sessions).hasSizeGreaterThan(5);

        Path strict = out.resolve("phases-1s.csv");
        long count = PhasesCsv.write(history.store, new SessionDetailLoader(history.store, history.catalog,
                SealedTotals.TOLERANCE), some, BERLIN, strict);
        assertThat(count).isEqualTo(sessions.size());
        List<List<String>> csv = read(strict);
        assertThat(csv.get(0)).containsExactly(PhasesCsv.HEADER);
        SessionDetailLoader details = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE);
        int line = 1;
        for (AuditRow session : sessions) {
            SessionDetail detail = details.load(session.id()).orElseThrow();
            for (PhaseRow row : detail.report().orElseThrow().rows()) {
                List<String> cells = csv.get(line++);
                assertThat(Long.parseLong(cells.get(0))).isEqualTo(session.id());
                assertThat(Integer.parseInt(cells.get(1))).isEqualTo(row.phase().index());
                assertThat(cells.get(2)).isEqualTo(row.phase().kind().word());
                assertThat(cells.get(7)).isEqualTo(Integer.toString(row.run()));
                assertThat(new BigDecimal(cells.get(8)).movePointRight(3).longValueExact())
                        .isEqualTo(row.planned().toMillis());
                assertThat(new BigDecimal(cells.get(9)).movePointRight(3).longValueExact())
                        .isEqualTo(row.actual().toMillis());
            }
        }
        assertThat(csv).hasSize(line);

        Path lenient = out.resolve("phases-60s.csv");
        PhasesCsv.write(history.store, new SessionDetailLoader(history.store, history.catalog, Duration.ofSeconds(60)),
                some, BERLIN, lenient);
        long shortenedStrict = read(strict).stream().filter(r -> r.get(11).contains("SHORTENED")).count();
        long shortenedLenient = read(lenient).stream().filter(r -> r.get(11).contains("SHORTENED")).count();
        assertThat(shortenedStrict).isPositive();
        assertThat(shortenedLenient).isLessThan(shortenedStrict);
    }

    @Test
    void anEmptyMatchWritesNoFile() throws IOException {
        AuditFilter none = new AuditFilter(Optional.of(Instant.parse("2001-01-01T00:00:00Z")),
                Optional.of(Instant.parse("2001-02-01T00:00:00Z")), Optional.empty(), Optional.empty(),
                Optional.empty(), false);
        Path file = out.resolve("none.csv");
        assertThatThrownBy(() -> SessionsCsv.write(history.store, none, BERLIN, file))
                .isInstanceOf(NothingToExport.class)
                .hasMessage("no sessions match: from 2001-01-01 01:00 to 2001-02-01 01:00");
        assertThatThrownBy(() -> PhasesCsv.write(history.store, new SessionDetailLoader(history.store, history.catalog,
                SealedTotals.TOLERANCE), none, BERLIN, file)).isInstanceOf(NothingToExport.class);
        try (var left = Files.list(out)) {
            assertThat(left).as("no file, no temporary file").isEmpty();
        }
    }

    /** The apostrophe the guard adds, taken off again to compare with the database. */
    private static String unguard(String cell) {
        return cell.startsWith("'") && cell.length() > 1 && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0
                ? cell.substring(1) : cell;
    }
}
