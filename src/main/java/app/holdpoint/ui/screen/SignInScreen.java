package app.holdpoint.ui.screen;

import java.awt.CardLayout;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.kiosk.PinMessages;
import app.holdpoint.ui.kiosk.SignedIn;
import app.holdpoint.ui.theme.Theme;

/**
 * Large tiles of the therapists who may sign in; a tap asks that therapist's PIN. A lock-out is shown on the
 * tile and at the keypad, which stays disabled while it lasts.
 */
public final class SignInScreen extends JPanel {
    private static final Logger LOG = Logger.getLogger(SignInScreen.class.getName());

    private final Theme theme;
    private final Text text;
    private final SessionStore store;
    private final Executor reads;
    private final Clock clock;
    private final Consumer<SignedIn> onSignedIn;
    private final CardLayout cards = new CardLayout();
    private final JPanel tiles = new ScrollableRows(new MigLayout("insets 0, wrap 3, gap 24 24", "[fill, sg tile]"));
    private final PinEntry pin;
    private Therapist asking;

    public SignInScreen(Theme theme, Text text, SessionStore store, Executor reads, Clock clock,
                        Consumer<SignedIn> onSignedIn) {
        this.theme = theme;
        this.text = text;
        this.store = store;
        this.reads = reads;
        this.clock = clock;
        this.onSignedIn = onSignedIn;
        setName("signIn");
        setLayout(cards);

        JPanel tilePage = new JPanel(new MigLayout("insets 32 48 32 48, fill, wrap 1", "[grow, fill]",
                "[]24[grow, fill]"));
        tilePage.add(Labels.heading(text.get("signIn.title"), "h0"));
        tiles.setName("signIn.tiles");
        JScrollPane scroll = new JScrollPane(tiles, JScrollPane.VERTICAL_SCROLLBAR_AS_NEEDED,
                JScrollPane.HORIZONTAL_SCROLLBAR_NEVER);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(32);
        tilePage.add(scroll);
        add(tilePage, "tiles");

        pin = new PinEntry(theme, text, text.get("kiosk.back"), this::check, this::refresh);
        pin.setName("signIn.pin");
        add(pin, "pin");
    }

    /** Reloads the therapists (off the Event Dispatch Thread) and shows their tiles. */
    public void refresh() {
        asking = null;
        cards.show(this, "tiles");
        CompletableFuture.supplyAsync(store::therapists, reads).whenComplete((list, failure) ->
                SwingUtilities.invokeLater(() -> {
                    if (failure != null) {
                        LOG.log(Level.WARNING, "could not list therapists", failure);
                        showTiles(List.of(), text.get("kiosk.readFailed", Failures.reason(failure)));
                    } else {
                        showTiles(list, text.get("signIn.none"));
                    }
                }));
    }

    private void showTiles(List<Therapist> therapists, String whenEmpty) {
        tiles.removeAll();
        java.awt.Dimension tile = theme.dimension("Holdpoint.tile.minimumSize");
        List<Therapist> enabled = therapists.stream().filter(t -> !t.disabled()).toList();
        if (enabled.isEmpty()) {
            tiles.add(Labels.heading(whenEmpty, "h2"), "span 3");
        }
        for (Therapist therapist : enabled) {
            tiles.add(Tiles.therapist(theme, text, therapist, lockedUntil(therapist), () -> ask(therapist)),
                    "w " + tile.width + "!, h " + tile.height + "!");
        }
        tiles.revalidate();
        tiles.repaint();
    }

    private String lockedUntil(Therapist therapist) {
        Instant now = clock.instant();
        return therapist.lockedUntil().filter(until -> until.isAfter(now))
                .map(until -> text.get("signIn.locked", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(text.locale()).withZone(clock.getZone()).format(until)))
                .orElse("");
    }

    private void ask(Therapist therapist) {
        asking = therapist;
        pin.reset(text.get("signIn.pin", therapist.name()));
        Instant now = clock.instant();
        therapist.lockedUntil().filter(until -> until.isAfter(now)).ifPresent(until -> pin.message(
                PinMessages.of(new PinCheck(PinCheck.Outcome.LOCKED, java.util.Optional.empty(), 0,
                        java.util.Optional.of(until)), text, clock), true));
        cards.show(this, "pin");
    }

    private void check(char[] entered) {
        Therapist who = asking;
        if (who == null) {
            return;
        }
        store.verifyPin(who.name(), entered).whenComplete((result, failure) -> SwingUtilities.invokeLater(() -> {
            if (asking != who) {
                return; // signed out or went back meanwhile
            }
            if (failure != null) {
                LOG.log(Level.WARNING, "PIN check failed", failure);
                pin.message(text.get("kiosk.readFailed", Failures.reason(failure)), false);
            } else if (result.accepted()) {
                asking = null;
                onSignedIn.accept(new SignedIn(who, result.signature().orElseThrow()));
            } else {
                boolean blocked = result.outcome() == PinCheck.Outcome.LOCKED
                        || result.outcome() == PinCheck.Outcome.DISABLED;
                pin.message(PinMessages.of(result, text, clock), blocked);
            }
        }));
    }

    /** The PIN entry, for tests and screenshots. */
    public PinEntry pinEntry() {
        return pin;
    }
}
