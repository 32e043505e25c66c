package app.holdpoint.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import app.holdpoint.protocol.Protocol;
import app.holdpoint.protocol.Side;
import app.holdpoint.testsupport.TestProtocols;

/**
 * Every sort pages through every matching session exactly once, in the order the same rows sorted in memory
 * have, whatever the page size; also with filters, and with sessions started at the same instant (ties).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
class AuditSortTest {
    @Parameter
    Backend backend;

    @TempDir
    static Path folder;
    static JdbcSessionStore store;

    /** 41 sessions by three therapists (ids not in name order), three protocols, eight clients, four statuses. */
    @BeforeParameterizedClassInvocation
    static void history(Backend backend) {
        store = Fixtures.open(backend, folder);
        List<Therapist> staff = List.of(Fixtures.therapist(store, "Zoe"), Fixtures.therapist(store, "Ana"),
                Fixtures.therapist(store, "Max"));
        List<Protocol> protocols = TestProtocols.protocols().subList(0, 3);
        for (int i = 0; i < 41; i++) {
            Therapist who = staff.get(i % 3);
            long id = Stores.await(store.beginSession(new NewSession(who.id(), "C-" + (i * 5 % 8),
                    Optional.of(Side.RIGHT), protocols.get(i * 7 % 3), Fixtures.T0.plusSeconds(60L * (i / 2)),
                    OptionalInt.of(5), List.of(), Optional.empty(), true)));
            if (i % 4 != 0) {
                SessionStatus status = i % 4 == 1 ? SessionStatus.COMPLETED : i % 4 == 2 ? SessionStatus.ENDED_EARLY
                        : SessionStatus.INTERRUPTED;
                Closing closing = new Closing(status, Fixtures.T0.plusSeconds(60L * (i / 2) + 30), OptionalInt.of(2),
                        Optional.empty(), new SealedTotals(1000, 900, 0, 0, 0, 0, i % 3));
                Signature signer = Fixtures.sign(store, who.name());
                if (status == SessionStatus.INTERRUPTED) {
                    Stores.await(store.closeAsInterrupted(id, closing, Optional.of(signer)));
                } else {
                    Stores.await(store.seal(id, closing, Optional.of(signer)));
                }
            }
        }
    }

    @AfterParameterizedClassInvocation
    static void close() {
        store.close();
    }

    private static List<AuditRow> paged(AuditFilter filter, AuditSort sort, int size) {
        List<AuditRow> rows = new ArrayList<>();
        AuditPage page = store.audit(filter, sort, Optional.empty(), size);
        rows.addAll(page.rows());
        while (page.next().isPresent()) {
            page = store.audit(filter, sort, page.next(), size);
            assertThat(page.rows()).isNotEmpty();
            rows.addAll(page.rows());
        }
        return rows;
    }

    private static List<AuditRow> expected(AuditFilter filter, AuditSort sort) {
        List<AuditRow> rows = new ArrayList<>();
        store.auditEach(filter, rows::add);
        Comparator<AuditRow> newestFirst = Comparator.comparing(AuditRow::startedAt).thenComparing(AuditRow::id)
                .reversed();
        Function<AuditRow, String> lead;
        switch (sort.column()) {
            case THERAPIST:
                lead = AuditRow::therapist;
                break;
            case PROTOCOL:
                lead = AuditRow::protocolId;
                break;
            case CLIENT:
                lead = AuditRow::clientRef;
                break;
            case STATUS:
                lead = row -> row.status().word();
                break;
            case STARTED:
            default:
                lead = row -> "";
                break;
        }
        Comparator<AuditRow> order = Comparator.comparing(lead).thenComparing(newestFirst);
        rows.sort(sort.reversed() ? order.reversed() : order);
        return rows;
    }

    @Test
    void everySortVisitsEveryRowOnceInOrderAcrossPages() {
        for (AuditSort.Column column : AuditSort.Column.values()) {
            for (boolean reversed : new boolean[] {false, true}) {
                AuditSort sort = new AuditSort(column, reversed);
                List<AuditRow> expected = expected(AuditFilter.all(), sort);
                assertThat(expected).hasSize(41);
                for (int size : new int[] {1, 4, 7, 41, 100}) {
                    assertThat(paged(AuditFilter.all(), sort, size)).as(sort + " in pages of " + size)
                            .extracting(AuditRow::id)
                            .containsExactlyElementsOf(expected.stream().map(AuditRow::id).toList());
                }
            }
        }
    }

    @Test
    void sortsCombineWithFilters() {
        List<AuditFilter> filters = List.of(AuditFilter.all().withTherapist("Max"),
                AuditFilter.all().withStatus(SessionStatus.ENDED_EARLY),
                new AuditFilter(Optional.of(Fixtures.T0.plusSeconds(300)), Optional.of(Fixtures.T0.plusSeconds(900)),
                        Optional.empty(), Optional.of(store.protocolIds().get(1)), Optional.empty(), true));
        for (AuditFilter filter : filters) {
            for (AuditSort.Column column : AuditSort.Column.values()) {
                for (boolean reversed : new boolean[] {false, true}) {
                    AuditSort sort = new AuditSort(column, reversed);
                    List<AuditRow> expected = expected(filter, sort);
                    assertThat(expected).as(filter.toString()).isNotEmpty();
                    assertThat(paged(filter, sort, 3)).as(sort + " with " + filter).extracting(AuditRow::id)
                            .containsExactlyElementsOf(expected.stream().map(AuditRow::id).toList());
                }
            }
        }
    }

    @Test
    void therapistSortIsByNameNotByEntryOrder() {
        List<AuditRow> rows = paged(AuditFilter.all(), new AuditSort(AuditSort.Column.THERAPIST, false), 5);
        assertThat(rows.get(0).therapist()).isEqualTo("Ana");
        assertThat(rows.get(rows.size() - 1).therapist()).isEqualTo("Zoe");
    }

    @Test
    void countsMatchThePages() {
        assertThat(store.auditCount(AuditFilter.all())).isEqualTo(41);
        AuditFilter max = AuditFilter.all().withTherapist("Max");
        assertThat(store.auditCount(max)).isEqualTo(paged(max, AuditSort.newestFirst(), 4).size());
        assertThat(store.auditCount(AuditFilter.all().withTherapist("Nobody"))).isZero();
    }
}
