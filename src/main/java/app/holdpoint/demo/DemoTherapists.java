package app.holdpoint.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Role;
import app.holdpoint.store.TherapistDirectory;
import app.holdpoint.store.Signature;
import app.holdpoint.store.StoreException;
import app.holdpoint.store.Stores;

/**
 * The demo clinic's staff: five therapists and a lead (administrator), all with the PIN {@link #PIN}. Created
 * on first use and signed in once, so every generated session is signed the way the kiosk signs. The therapists
 * hold a dry-needling credential granted by the lead (jurisdiction "Demo"), since demo sessions include the
 * needling protocols.
 */
public final class DemoTherapists {
    public static final String PIN = "1234";
    static final List<String> NAMES = List.of("Demo Ana Ruiz", "Demo Ben Okafor", "Demo Chloe Martin",
            "Demo Dev Patel", "Demo Eva Lindqvist");
    static final String LEAD = "Demo Lead";

    private final TherapistDirectory store;
    private Member lead;

    /** A demo therapist, signed in. */
    public record Member(String name, Signature signature) {
    }

    public DemoTherapists(TherapistDirectory store) {
        this.store = store;
    }

    /** Creates the staff where missing and signs each in; returns the therapists (not the lead). */
    List<Member> ensure() {
        lead = member(LEAD, Role.ADMIN);
        List<Member> staff = new ArrayList<>();
        for (String name : NAMES) {
            Member member = member(name, Role.THERAPIST);
            if (store.therapist(name).orElseThrow().dryNeedling().isEmpty()) {
                Stores.await(store.grantDryNeedling(name, "Demo", Optional.empty(), lead.signature().therapistId()));
            }
            staff.add(member);
        }
        return staff;
    }

    Member lead() {
        return lead;
    }

    private Member member(String name, Role role) {
        if (store.therapist(name).isEmpty()) {
            Stores.await(store.createTherapist(name, role, PIN.toCharArray()));
        }
        PinCheck check = Stores.await(store.verifyPin(name, PIN.toCharArray()));
        if (!check.accepted()) {
            throw new StoreException("the demo therapist '" + name + "' exists but does not accept the demo PIN ("
                    + check.message() + "); use an empty data folder for demo data");
        }
        return new Member(name, check.signature().orElseThrow());
    }
}
