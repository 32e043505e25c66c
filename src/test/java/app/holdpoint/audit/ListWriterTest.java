package app.holdpoint.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** A list whose read fails prints nothing that looks like an answer (issue 14: "0 sessions" on a damaged record). */
class ListWriterTest {

    @Test
    void theTableSaysNothingUntilARowOrTheEnd() {
        StringWriter out = new StringWriter();
        SessionListWriter table = SessionListWriter.of(ListFormat.TABLE, out, ZoneId.of("Europe/Berlin"));
        assertThat(out.toString()).isEmpty();
        table.close();
        assertThat(out.toString()).startsWith("     ID  STARTED").endsWith("0 sessions" + System.lineSeparator());
    }
}
