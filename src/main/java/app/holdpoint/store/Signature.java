package app.holdpoint.store;

/**
 * Proof that a therapist entered their PIN in this process: only {@link SessionStore#verifyPin} hands one out,
 * and sealing or adding an addendum requires one.
 */
public final class Signature {
    private final long therapistId;
    private final String name;

    Signature(long therapistId, String name) {
        this.therapistId = therapistId;
        this.name = name;
    }

    public long therapistId() {
        return therapistId;
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "Signature[" + name + "]";
    }
}
