package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.audit.SessionDetailText;
import app.holdpoint.audit.SessionDetailLoader;
import app.holdpoint.audit.WallTimes;
import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.protocol.Timeline;
import app.holdpoint.protocol.TimelineExpander;
import app.holdpoint.session.EventType;
import app.holdpoint.session.SessionEvent;
import app.holdpoint.store.Backend;
import app.holdpoint.store.NewSession;
import app.holdpoint.store.Role;
import app.holdpoint.store.Stores;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;

/** Times shown to a person across a daylight-saving change carry their offset (issue 14). */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class DaylightSavingTest extends ExportHistoryCase {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @BeforeParameterizedClassInvocation
    static void history(Backend kind) {
        open(kind, 0);
    }

    @ParameterizedTest
    @CsvSource({
        // Berlin autumn 2026-10-25: 03:00 CEST becomes 02:00 CET, so 02:30 happens twice.
        "Europe/Berlin, 2026-10-25T00:30:00Z, 2026-10-25 02:30:00 +02:00, 2026-10-25 02:30 +02:00",
        "Europe/Berlin, 2026-10-25T01:30:00Z, 2026-10-25 02:30:00 +01:00, 2026-10-25 02:30 +01:00",
        // Berlin spring 2026-03-29: 02:00 CET becomes 03:00 CEST; no local time twice, none shows the offset in lists.
        "Europe/Berlin, 2026-03-29T00:59:59Z, 2026-03-29 01:59:59 +01:00, 2026-03-29 01:59",
        "Europe/Berlin, 2026-03-29T01:00:00Z, 2026-03-29 03:00:00 +02:00, 2026-03-29 03:00",
        // New York autumn 2026-11-01: 02:00 EDT becomes 01:00 EST, so 01:30 happens twice.
        "America/New_York, 2026-11-01T05:30:00Z, 2026-11-01 01:30:00 -04:00, 2026-11-01 01:30 -04:00",
        "America/New_York, 2026-11-01T06:30:00Z, 2026-11-01 01:30:00 -05:00, 2026-11-01 01:30 -05:00",
        // New York spring 2026-03-08: 02:00 EST becomes 03:00 EDT.
        "America/New_York, 2026-03-08T06:59:00Z, 2026-03-08 01:59:00 -05:00, 2026-03-08 01:59",
        "America/New_York, 2026-03-08T07:00:00Z, 2026-03-08 03:00:00 -04:00, 2026-03-08 03:00",
        "Europe/Berlin, 2026-07-01T10:00:00Z, 2026-07-01 12:00:00 +02:00, 2026-07-01 12:00"})
    void aTimeCarriesItsOffsetInDetailAndWhereItHappensTwiceInLists(String zone, String instant, String detail,
                                                                    String list) {
        Instant at = Instant.parse(instant);
        assertThat(WallTimes.withOffset(ZoneId.of(zone)).format(at)).isEqualTo(detail);
        assertThat(WallTimes.minutes(at, ZoneId.of(zone))).isEqualTo(list);
    }

    private long sessionAcross(Instant start, String client) {
        Therapist ana = history.store.therapist("Ana DST").orElseGet(() -> Stores.await(
                history.store.createTherapist("Ana DST", Role.THERAPIST, "2468".toCharArray())));
        Protocol protocol = history.protocols.get(0);
        long id = Stores.await(history.store.beginSession(new NewSession(ana.id(), client, Optional.of(Side.LEFT),
                protocol, start, OptionalInt.of(3), List.of(), Optional.empty(), true)));
        Timeline timeline = TimelineExpander.expand(protocol, Optional.of(Side.LEFT), Optional.of(Map.of()));
        long planned = timeline.phase(0).timing().nominal().toMillis();
        long s = 1_000_000_000L;
        List<SessionEvent> events = new ArrayList<>();
        events.add(new SessionEvent(0, EventType.SESSION_STARTED, 0, start, -1, 0, 0, null, ""));
        events.add(new SessionEvent(1, EventType.PHASE_STARTED, 0, start, 0, planned, 0, null, ""));
        events.add(new SessionEvent(2, EventType.PAUSED, 30 * s, start.plusSeconds(30), 0, 0, 0, null, ""));
        for (SessionEvent event : events) {
            Stores.await(history.store.append(id, event));
        }
        return id;
    }

    @Test
    void auditShowOfASessionAcrossTheAutumnChangeNeverSeemsToGoBack() {
        // 02:59:50 CEST, then 30 s later 02:00:20 CET.
        long id = sessionAcross(Instant.parse("2026-10-25T00:59:50Z"), "DST-FALL");
        SessionDetail detail = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE).load(id)
                .orElseThrow();
        StringWriter text = new StringWriter();
        new SessionDetailText(BERLIN).print(detail, new PrintWriter(text));
        assertThat(text.toString()).contains("  started    2026-10-25 02:59:50 +02:00")
                .contains("2026-10-25 02:59:50 +02:00  SESSION_STARTED")
                .contains("2026-10-25 02:00:20 +01:00  PAUSED");
    }

    @Test
    void theSessionPdfCarriesTheOffsetAcrossTheSpringChangeInNewYork() throws IOException {
        long id = sessionAcross(Instant.parse("2026-03-08T06:59:50Z"), "DST-SPRING");
        SessionDetail detail = new SessionDetailLoader(history.store, history.catalog, SealedTotals.TOLERANCE).load(id)
                .orElseThrow();
        Path file = out.resolve("s.pdf");
        SessionReportPdf.write(detail, Optional.empty(), NEW_YORK, file);
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(file))) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Started 2026-03-08 01:59:50 -05:00");
    }
}
