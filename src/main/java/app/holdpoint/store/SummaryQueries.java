package app.holdpoint.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Period summaries in one aggregate query: the matching sessions grouped by therapist, protocol and local day
 * (a few thousand groups even at a million sessions), rolled up here into per-therapist, per-protocol and
 * per-week or per-month counts. All counts are sums, so the roll-up is exact. The shortening tolerance is applied
 * in SQL through {@code session_deviation} (see V3__session_deviation.sql).
 */
final class SummaryQueries {
    private final AuditQueries audit;

    SummaryQueries(AuditQueries audit) {
        this.audit = audit;
    }

    PeriodSummary summarize(AuditFilter filter, Duration tolerance, ZoneId zone) throws SQLException {
        if (tolerance.isNegative()) {
            throw new StoreException("the tolerance is 0 or more, not " + tolerance);
        }
        Map<String, PeriodSummary.Counts> byTherapist = new TreeMap<>();
        Map<String, PeriodSummary.Counts> byProtocol = new TreeMap<>();
        TreeMap<LocalDate, PeriodSummary.Counts> byDay = new TreeMap<>();
        Optional<Long> therapistId = audit.therapistId(filter);
        if (filter.therapist().isEmpty() || therapistId.isPresent()) {
            long toleranceMillis = tolerance.toMillis();
            List<Object> values = new ArrayList<>();
            AuditFilter unsealedRule = new AuditFilter(filter.from(), filter.to(), filter.therapist(),
                    filter.protocolId(), filter.status(), false);
            // The deviation condition at this tolerance, bound twice more below for the counts.
            String deviates = "(d.fixed_deviation = 1 OR d.max_shortfall_ms > ?)";
            // The local day as yyyymmdd: EXTRACT reads the fields in the zone (a CAST to DATE would use the
            // connection's zone instead, in H2).
            String local = "(s.started_at AT TIME ZONE " + zoneLiteral(zone, audit.vendor()) + ")";
            StringBuilder sql = new StringBuilder("SELECT s.therapist_id, s.protocol_id, EXTRACT(YEAR FROM " + local
                    + ") * 10000 + EXTRACT(MONTH FROM " + local + ") * 100 + EXTRACT(DAY FROM " + local
                    + ") AS started_day, COUNT(*),"
                    + " SUM(CASE WHEN s.status = 'completed' THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.seal_hash IS NOT NULL THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN " + deviates + " THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN d.max_shortfall_ms > ? THEN 1 ELSE 0 END),"
                    + " SUM(CASE WHEN s.pain_before IS NOT NULL AND s.pain_after IS NOT NULL THEN 1 ELSE 0 END),"
                    + " COALESCE(SUM(s.pain_after - s.pain_before), 0)"
                    + " FROM therapy_session s LEFT JOIN session_deviation d ON d.session_id = s.id");
            values.add(toleranceMillis);
            values.add(toleranceMillis);
            sql.append(AuditQueries.where(unsealedRule, therapistId, values));
            if (filter.deviationsOnly()) {
                sql.append(" AND ").append(deviates);
                values.add(toleranceMillis);
            }
            sql.append(" GROUP BY s.therapist_id, s.protocol_id, started_day");
            try (PreparedStatement query = audit.prepare(sql.toString(), values); ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    PeriodSummary.Counts counts = new PeriodSummary.Counts(r.getLong(4), r.getLong(5), r.getLong(6),
                            r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10));
                    byTherapist.merge(audit.therapistName(r.getLong(1)), counts, PeriodSummary.Counts::plus);
                    byProtocol.merge(r.getString(2), counts, PeriodSummary.Counts::plus);
                    byDay.merge(day(r.getInt(3)), counts, PeriodSummary.Counts::plus);
                }
            }
        }
        PeriodSummary.Counts total = byDay.values().stream().reduce(PeriodSummary.Counts.NONE,
                PeriodSummary.Counts::plus);
        Optional<LocalDate> first = filter.from().map(from -> from.atZone(zone).toLocalDate())
                .or(() -> Optional.ofNullable(byDay.isEmpty() ? null : byDay.firstKey()));
        Optional<LocalDate> last = filter.to().map(to -> to.minusNanos(1).atZone(zone).toLocalDate())
                .or(() -> Optional.ofNullable(byDay.isEmpty() ? null : byDay.lastKey()));
        PeriodSummary.Granularity granularity = first.isPresent() && last.isPresent()
                && ChronoUnit.DAYS.between(first.get(), last.get()) + 1 > PeriodSummary.WEEKLY_UP_TO_DAYS
                ? PeriodSummary.Granularity.MONTH : PeriodSummary.Granularity.WEEK;
        List<PeriodSummary.Bucket> series = byDay.isEmpty() ? List.of()
                : series(byDay, first.get(), last.get(), granularity);
        return new PeriodSummary(filter, tolerance, zone, granularity, total, groups(byTherapist),
                groups(byProtocol), series);
    }

    /**
     * The zone as SQL: a region's name ('Europe/Berlin'); a fixed offset on PostgreSQL as an INTERVAL, since
     * PostgreSQL reads a text '+02:00' the POSIX way round (west of Greenwich), unlike H2 and ISO 8601.
     */
    private static String zoneLiteral(ZoneId zone, Vendor vendor) {
        String name = zoneName(zone);
        if (vendor == Vendor.POSTGRESQL && zone.normalized() instanceof ZoneOffset offset
                && offset.getTotalSeconds() != 0) {
            return "INTERVAL '" + offset.getTotalSeconds() + " seconds'";
        }
        return "'" + name + "'";
    }

    /** Zone ids are letters, digits and / _ + - : only; checked, since SQL needs the name as a literal. */
    private static String zoneName(ZoneId zone) {
        String id = zone.normalized().getId();
        if (id.equals("Z")) {
            return "UTC";
        }
        if (!id.matches("[A-Za-z0-9/_+:-]+")) {
            throw new StoreException("unusable time zone '" + id + "'");
        }
        return id;
    }

    private static LocalDate day(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    private static List<PeriodSummary.Group> groups(Map<String, PeriodSummary.Counts> counts) {
        List<PeriodSummary.Group> groups = new ArrayList<>();
        counts.forEach((name, value) -> groups.add(new PeriodSummary.Group(name, value)));
        return groups;
    }

    static LocalDate bucketStart(LocalDate day, PeriodSummary.Granularity granularity) {
        switch (granularity) {
            case WEEK:
                return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH:
                return day.withDayOfMonth(1);
            default:
                throw new IllegalArgumentException(granularity.name());
        }
    }

    private static List<PeriodSummary.Bucket> series(TreeMap<LocalDate, PeriodSummary.Counts> byDay, LocalDate first,
                                                     LocalDate last, PeriodSummary.Granularity granularity) {
        // Sessions outside [first, last] cannot match the filter, but the data's own days win if they reach further.
        LocalDate from = bucketStart(first.isBefore(byDay.firstKey()) ? first : byDay.firstKey(), granularity);
        LocalDate to = bucketStart(last.isAfter(byDay.lastKey()) ? last : byDay.lastKey(), granularity);
        BiFunction<LocalDate, Integer, LocalDate> step = granularity == PeriodSummary.Granularity.WEEK
                ? (day, n) -> day.plusWeeks(n) : (day, n) -> day.plusMonths(n);
        Map<LocalDate, PeriodSummary.Counts> buckets = new TreeMap<>();
        for (LocalDate start = from; !start.isAfter(to); start = step.apply(start, 1)) {
            buckets.put(start, PeriodSummary.Counts.NONE);
        }
        byDay.forEach((day, counts) -> buckets.merge(bucketStart(day, granularity), counts,
                PeriodSummary.Counts::plus));
        List<PeriodSummary.Bucket> series = new ArrayList<>();
        buckets.forEach((start, counts) -> series.add(new PeriodSummary.Bucket(start, counts)));
        return series;
    }
}
