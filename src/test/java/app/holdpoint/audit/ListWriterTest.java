package app.holdpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.holdpoint.store.AuditRow;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SealedTotals;

/** A list whose read fails prints nothing that looks like an answer (issue 14: "0 sessions" on a damaged record). */
class ListWriterTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static AuditRow row(long id) {
        return new AuditRow(id, Instant.parse("2026-06-02T10:00:00Z").plusSeconds(id), Optional.empty(), "Ana",
                "neck", 1, "C-" + id, "left", SessionStatus.COMPLETED,
                Optional.of(new SealedTotals(90_000, 87_000, 0, 1, 0, 0, 1)), OptionalInt.of(5), OptionalInt.of(3),
                true, Optional.empty(), Optional.empty(), "");
    }

    @Test
    void theTableSaysNothingUntilARowOrTheEnd() {
        StringWriter out = new StringWriter();
        SessionListWriter table = SessionListWriter.of(ListFormat.TABLE, out, BERLIN);
        assertThat(out.toString()).isEmpty();
        table.close();
        assertThat(out.toString()).startsWith("     ID  STARTED").endsWith("0 sessions" + System.lineSeparator());
    }

    /** The read fails after two rows: the writer is never closed, and nothing, not even "[", has gone out. */
    @Test
    void jsonAndCsvWriteNothingUntilTheListIsComplete() {
        for (ListFormat format : new ListFormat[] {ListFormat.JSON, ListFormat.CSV}) {
            StringWriter out = new StringWriter();
            SessionListWriter list = SessionListWriter.of(format, out, BERLIN);
            list.row(row(1));
            list.row(row(2));
            assertThat(out.toString()).as(format.name()).isEmpty();
        }
    }

    @Test
    void aCompleteJsonListIsOneValidArray() throws Exception {
        StringWriter out = new StringWriter();
        SessionListWriter list = SessionListWriter.of(ListFormat.JSON, out, BERLIN);
        list.row(row(1));
        list.row(row(2));
        list.close();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.isArray()).isTrue();
        assertThat(array).extracting(node -> node.get("client").asText()).containsExactly("C-1", "C-2");
        assertThat(array.get(1).get("actual_ms").asLong()).isEqualTo(87_000);
    }

    @Test
    void anEmptyJsonListIsAnEmptyArray() throws Exception {
        StringWriter out = new StringWriter();
        SessionListWriter.of(ListFormat.JSON, out, BERLIN).close();
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isZero();
        assertThat(out.toString().strip()).isEqualTo("[]");
    }

    @Test
    void aLongListMovesToAFileAndComesBackWhole() throws Exception {
        Spool spool = new Spool(16);
        String text = "x".repeat(10) + "Zoé ".repeat(50) + "end";
        spool.write(text);
        assertThat(spool.held()).isEqualTo(text);
        StringWriter out = new StringWriter();
        spool.copyTo(out);
        assertThat(out.toString()).isEqualTo(text);
    }
}
