package app.holdpoint.ui.common;

import java.util.Objects;

import app.holdpoint.store.Signature;
import app.holdpoint.store.Therapist;

/** The therapist at the kiosk, and the proof their PIN was entered in this process. */
public record SignedIn(Therapist therapist, Signature signature) {

    public SignedIn {
        Objects.requireNonNull(therapist, "therapist");
        Objects.requireNonNull(signature, "signature");
    }

    public boolean isAdmin() {
        return therapist.isAdmin();
    }

    public String name() {
        return therapist.name();
    }
}
