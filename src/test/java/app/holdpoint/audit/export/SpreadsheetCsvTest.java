package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.holdpoint.audit.CsvText;
import app.holdpoint.audit.ListFormat;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.SessionListWriter;
import app.holdpoint.store.Backend;
import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditRow;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SealedTotals;

/** Every CSV the product writes defuses formulas the same way, and each can be written for Excel (issue 14). */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class SpreadsheetCsvTest extends ExportHistoryCase {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @BeforeParameterizedClassInvocation
    static void history(Backend kind) {
        open(kind, 0);
    }

    private static String listCsv(List<AuditRow> rows, boolean excel) {
        StringWriter text = new StringWriter();
        try (SessionListWriter writer = SessionListWriter.of(ListFormat.CSV, text, BERLIN, excel)) {
            rows.forEach(writer::row);
        }
        return text.toString();
    }

    private static AuditRow row(String therapist, String client) {
        return new AuditRow(7, Instant.parse("2026-06-02T10:00:00Z"), Optional.empty(), therapist, "p", 1, client,
                "left", SessionStatus.COMPLETED, Optional.of(new SealedTotals(90_000, 85_000, 0, 1, 0, 0, 1)), OptionalInt.of(4), OptionalInt.of(2), true,
                Optional.empty(), Optional.empty(), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1", "-2+3", "@SUM(1+1)", "\tx", "\rx"})
    void theAuditListCsvDefusesEveryFormulaStartLikeTheExport(String formula) {
        List<List<String>> csv = Rfc4180.parse(listCsv(List.of(row(formula, formula)), false));
        List<String> cells = csv.get(1);
        assertThat(cells.get(3)).isEqualTo("'" + formula);
        assertThat(cells.get(6)).isEqualTo("'" + formula);
        // Numbers are numbers, never defused.
        assertThat(cells.subList(9, 11)).containsExactly("90000", "85000");
    }

    @Test
    void theListAndTheExportWriteTheSameCellsForTheSameSession() throws IOException {
        Path file = out.resolve("sessions.csv");
        SessionsCsv.write(history.store, AuditFilter.all(), BERLIN, file);
        List<String> exported = Rfc4180.parse(Files.readString(file)).get(1);
        List<AuditRow> rows = new ArrayList<>();
        history.store.auditEach(AuditFilter.all(), rows::add);
        List<String> listed = Rfc4180.parse(listCsv(rows, false)).get(1);

        assertThat(listed.get(6)).isEqualTo(exported.get(6)).isEqualTo("'" + ExportHistory.FORMULA_CLIENT);
        assertThat(listed.get(3)).isEqualTo(exported.get(3)).isEqualTo(ExportHistory.AWKWARD_THERAPIST);
        assertThat(listCsv(rows, false)).contains(CsvText.cell(ExportHistory.FORMULA_CLIENT));
    }

    @Test
    void theExcelFormStartsWithAByteOrderMarkAndOtherwiseIsThePlainFile() throws IOException {
        Path plain = out.resolve("plain.csv");
        Path excel = out.resolve("excel.csv");
        SessionsCsv.write(history.store, AuditFilter.all(), BERLIN, plain);
        SessionsCsv.write(history.store, AuditFilter.all(), BERLIN, excel, CsvForm.EXCEL);
        byte[] plainBytes = Files.readAllBytes(plain);
        byte[] excelBytes = Files.readAllBytes(excel);

        assertThat(Arrays.copyOf(plainBytes, 3)).isNotEqualTo(BOM);
        assertThat(new String(plainBytes, 0, 10, StandardCharsets.UTF_8)).isEqualTo("session id");
        assertThat(Arrays.copyOf(excelBytes, 3)).isEqualTo(BOM);
        assertThat(Arrays.copyOfRange(excelBytes, 3, excelBytes.length)).isEqualTo(plainBytes);
    }

    @Test
    void thePhasesCsvHasAnExcelFormToo() throws IOException {
        Path excel = out.resolve("phases.csv");
        PhasesCsv.write(history.store, new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE),
                AuditFilter.all(), BERLIN, excel, CsvForm.EXCEL);
        byte[] bytes = Files.readAllBytes(excel);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(BOM);
        assertThat(new String(bytes, 3, 10, StandardCharsets.UTF_8)).isEqualTo("session id");
    }

    @Test
    void theListsExcelFormStartsWithAByteOrderMarkAndTheDefaultDoesNot() {
        List<AuditRow> rows = List.of(row("Zoé Test", "C-1"));
        assertThat(listCsv(rows, true)).startsWith("\uFEFFid,started,").contains("Zoé Test");
        assertThat(listCsv(rows, false)).startsWith("id,started,");
    }
}
