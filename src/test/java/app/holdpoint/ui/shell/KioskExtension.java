package app.holdpoint.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import app.holdpoint.store.Role;

/**
 * A started kiosk for each test: before it, a new data folder is seeded with therapists and a {@link KioskFixture}
 * on it is started into the test's {@code KioskFixture} field; after it (and after the test's own
 * {@code @AfterEach}), the kiosk is closed and the folder deleted. Register it on an instance field:
 * <pre>
 * &#64;RegisterExtension
 * final KioskExtension started = KioskExtension.seeded(KioskExtension.ADMIN_9999, KioskExtension.TOM_2468);
 * private KioskFixture kiosk;
 * </pre>
 */
public final class KioskExtension implements BeforeEachCallback, AfterEachCallback {
    /** A therapist written before the kiosk starts. */
    public record Seat(String name, Role role, String pin) {
    }

    public static final Seat ADMIN_9999 = new Seat("Admin", Role.ADMIN, "9999");
    public static final Seat TOM_2468 = new Seat("Tom", Role.THERAPIST, "2468");

    private final List<Seat> seats;
    private Path data;
    private KioskFixture kiosk;

    private KioskExtension(List<Seat> seats) {
        this.seats = seats;
    }

    /** A kiosk whose store holds these therapists (in this order) when it starts. */
    public static KioskExtension seeded(Seat... seats) {
        return new KioskExtension(List.of(seats));
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        data = Files.createTempDirectory("kiosk-test");
        KioskFixture.seed(data, store -> seats.forEach(seat -> KioskFixture.therapist(store, seat.name(),
                seat.role(), seat.pin())));
        kiosk = new KioskFixture(data).start();
        kioskField(context.getRequiredTestInstance()).set(context.getRequiredTestInstance(), kiosk);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (kiosk != null) {
                kiosk.close();
            }
        } finally {
            kiosk = null;
            deleteRecursively(data);
        }
    }

    private static Field kioskField(Object test) {
        List<Field> fields = Stream.of(test.getClass().getDeclaredFields())
                .filter(f -> f.getType() == KioskFixture.class).toList();
        if (fields.size() != 1) {
            throw new IllegalStateException(test.getClass().getSimpleName()
                    + " needs exactly one KioskFixture field for KioskExtension, has " + fields.size());
        }
        fields.get(0).setAccessible(true);
        return fields.get(0);
    }

    private static void deleteRecursively(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
