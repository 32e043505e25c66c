package app.holdpoint.ui.screen;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Role;
import app.holdpoint.store.Therapist;
import app.holdpoint.store.TherapistDirectory;

/** A directory that lists the given therapists and refuses every change: for screens that only show them. */
final class ListedTherapists {
    private ListedTherapists() {
    }

    static TherapistDirectory of(List<Therapist> therapists) {
        return new TherapistDirectory() {
            @Override
            public CompletableFuture<Therapist> createTherapist(String name, Role role, char[] pin) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Therapist> disableTherapist(String name) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<PinCheck> verifyPin(String name, char[] pin) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Therapist> grantDryNeedling(String therapistName, String jurisdiction,
                                                                 Optional<LocalDate> expires, long administratorId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CompletableFuture<Therapist> revokeDryNeedling(String therapistName, long administratorId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Therapist> therapists() {
                return therapists;
            }

            @Override
            public Optional<Therapist> therapist(String name) {
                return therapists.stream().filter(t -> t.name().equals(name)).findFirst();
            }
        };
    }
}
