package app.holdpoint.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.SessionStore;
import picocli.CommandLine.Option;

/** The audit filters, shared by {@code audit} and {@code audit export} (a picocli mixin). */
final class AuditFilterOptions {
    @Option(names = "--from", descriptionKey = "filter.from", paramLabel = "DATE")
    String from;

    @Option(names = "--to", descriptionKey = "filter.to", paramLabel = "DATE")
    String to;

    @Option(names = "--therapist", descriptionKey = "filter.therapist", paramLabel = "NAME")
    String therapist;

    @Option(names = "--protocol", descriptionKey = "filter.protocol", paramLabel = "ID")
    String protocol;

    @Option(names = "--status", descriptionKey = "filter.status", paramLabel = "STATUS")
    String status;

    @Option(names = "--deviations", descriptionKey = "filter.deviations")
    boolean deviations;

    /** True when any filter was given. */
    boolean any() {
        return from != null || to != null || therapist != null || protocol != null || status != null || deviations;
    }

    /** The filter, or a {@link UserError} (exit 2) naming the option that is wrong. */
    AuditFilter filter(ZoneId zone, CliText words) {
        Optional<Instant> start = Optional.ofNullable(from).map(text -> date("--from", text, zone, false, words));
        Optional<Instant> end = Optional.ofNullable(to).map(text -> date("--to", text, zone, true, words));
        if (start.isPresent() && end.isPresent() && !start.get().isBefore(end.get())) {
            throw new UserError(words.get("filter.fromAfterTo", from, to), 2);
        }
        Optional<SessionStatus> wanted = Optional.ofNullable(status).map(word -> SessionStatus.parse(word)
                .orElseThrow(() -> new UserError(words.get("filter.status", word), 2)));
        return new AuditFilter(start, end, Optional.ofNullable(therapist), Optional.ofNullable(protocol), wanted,
                deviations);
    }

    /** Unknown names are mistakes worth a clear line, not an empty list. */
    void checkKnown(SessionStore store, CliText words) {
        if (therapist != null && store.therapist(therapist).isEmpty()) {
            throw new UserError(words.get("filter.noTherapist", therapist));
        }
        if (protocol != null) {
            List<String> known = store.protocolIds();
            if (!known.contains(protocol)) {
                throw new UserError(known.isEmpty() ? words.get("filter.noProtocol", protocol)
                        : words.get("filter.noProtocolKnown", protocol, String.join(", ", known)));
            }
        }
    }

    /** A date (the start of that day, or of the next for an inclusive end) or an exact ISO instant. */
    static Instant date(String option, String text, ZoneId zone, boolean endOfDay, CliText words) {
        try {
            if (text.contains("T")) {
                return Instant.parse(text);
            }
            LocalDate day = LocalDate.parse(text);
            return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw new UserError(words.get("filter.date", option, text), 2);
        }
    }
}
