package app.holdpoint.ui.screen;

import java.awt.CardLayout;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.PinCheck;
import app.holdpoint.store.Therapist;
import app.holdpoint.store.TherapistDirectory;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.PinEntry;
import app.holdpoint.ui.common.PinMessages;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.Labels;
import app.holdpoint.ui.widget.OffScreenPaint;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;

/**
 * Large tiles of the therapists who may sign in; a tap asks that therapist's PIN. A lock-out is shown on the
 * tile and at the keypad, which stays disabled while it lasts.
 */
public final class SignInScreen extends JPanel {
    private final Theme theme;
    private final Text text;
    private final TherapistDirectory store;
    private final Executor reads;
    private final Clock clock;
    private final Consumer<SignedIn> onSignedIn;
    private final CardLayout cards = new CardLayout();
    private final JPanel tiles;
    private final JScrollPane scroll;
    private List<Therapist> shown = List.of();
    private String emptyWords = "";
    private int columns;
    private int rightGap;
    private PinEntry pin;
    private RecoveryScreen recovery;
    private BigButton forgot;
    private Therapist asking;

    public SignInScreen(Theme theme, Text text, TherapistDirectory store, Executor reads, Clock clock,
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
        tiles = new ScrollableRows(new MigLayout("insets 0"), theme.dimension("Holdpoint.tile.minimumSize").height);
        tiles.setName("signIn.tiles");
        // Many therapists scroll (by finger too); as many tiles to a row as the width holds.
        scroll = TouchScroll.of(tiles, theme, theme.dimension("Holdpoint.tile.minimumSize").height / 2);
        scroll.setName("signIn.scroll");
        scroll.getViewport().addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                int width = scroll.getViewport().getWidth();
                int fitting = columnsFor(width);
                if (fitting != columns || rightGapFor(width, fitting) != rightGap) {
                    layTiles();
                }
            }
        });
        tilePage.add(scroll);
        add(tilePage, "tiles");
    }

    /**
     * The PIN entry, the "Forgot PIN?" button and the recovery screen are built at the first tap on a tile: the
     * first screen of the day shows only the tiles, and these were about a third of building it.
     */
    private PinEntry pin() {
        if (pin == null) {
            pin = new PinEntry(theme, text, text.get("kiosk.back"), this::check, this::refresh);
            pin.setName("signIn.pin");
            add(pin, "pin");
        }
        return pin;
    }

    private BigButton forgot() {
        if (forgot == null) {
            // An administrator who forgot their PIN (or is locked out) uses the recovery code written down at setup.
            forgot = new BigButton(theme, text.get("signIn.forgot"));
            forgot.setName("signIn.forgot");
            forgot.addActionListener(e -> {
                if (asking != null) {
                    recovery().start(asking);
                    cards.show(this, "recovery");
                }
            });
        }
        return forgot;
    }

    /** Reloads the therapists (off the Event Dispatch Thread) and shows their tiles. */
    public void refresh() {
        asking = null;
        cards.show(this, "tiles");
        Background.on(reads).supply(store::therapists).logAs("could not list therapists")
                .onSuccess(list -> showTiles(list, text.get("signIn.none")))
                .onFailure(text, reason -> showTiles(List.of(), text.get("kiosk.readFailed", reason))).start();
    }

    private void showTiles(List<Therapist> therapists, String whenEmpty) {
        shown = therapists.stream().filter(t -> !t.disabled()).toList();
        emptyWords = whenEmpty;
        layTiles();
        scroll.getViewport().setViewPosition(new Point(0, 0));
    }

    /** The gap between tiles, in screen pixels. */
    private int tileGap() {
        return theme.size("Holdpoint.key.gap") * 4 / 3;
    }

    private int columnsFor(int width) {
        int tile = theme.dimension("Holdpoint.tile.minimumSize").width;
        return Math.max(1, Math.min(4, (Math.max(0, width) + tileGap()) / (tile + tileGap())));
    }

    /**
     * The gap kept between the tiles and the scroll bar: what is left beyond the tiles' least width, up to a gap's
     * width (tiles that fit exactly keep their column rather than the gap).
     */
    private int rightGapFor(int width, int columns) {
        int tile = theme.dimension("Holdpoint.tile.minimumSize").width;
        return Math.min(tileGap(), Math.max(0, width - columns * tile - (columns - 1) * tileGap()));
    }

    private void layTiles() {
        int width = scroll.getViewport().getWidth();
        columns = columnsFor(width > 0 ? width : getWidth() - 8 * theme.size("Holdpoint.key.gap"));
        rightGap = rightGapFor(width, columns);
        tiles.removeAll();
        // The columns share the width there is, so a portrait screen's single column is not a narrow strip beside
        // empty space; each is declared, so two therapists on a wide screen still get a column's width each, not
        // half of it. Screen pixels throughout ("px": MigLayout would scale a bare number again).
        Dimension tile = theme.dimension("Holdpoint.tile.minimumSize");
        String column = "[" + tile.width + "px:" + tile.width + "px, grow, fill, sg tile]";
        tiles.setLayout(new MigLayout("insets 0 0 0 " + rightGap + "px, wrap " + columns + ", gap " + tileGap()
                + "px " + tileGap() + "px", column.repeat(columns)));
        if (shown.isEmpty()) {
            JTextArea none = ReadOnlyText.wrapping(emptyWords);
            none.putClientProperty("FlatLaf.styleClass", "h2");
            tiles.add(none, "span, wmin 0, w 100%");
        }
        for (Therapist therapist : shown) {
            tiles.add(Tiles.therapist(theme, text, therapist, lockedUntil(therapist), () -> ask(therapist)),
                    "aligny top, wmin " + tile.width + "px, h " + tile.height + "px!");
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
        pin().reset(text.get("signIn.pin", therapist.name()));
        pin.setExtra(therapist.isAdmin() ? forgot() : null);
        Instant now = clock.instant();
        therapist.lockedUntil().filter(until -> until.isAfter(now)).ifPresent(until -> pin.message(
                PinMessages.of(new PinCheck(PinCheck.Outcome.LOCKED, Optional.empty(), 0,
                        Optional.of(until)), text, clock), true));
        cards.show(this, "pin");
    }

    private void check(char[] entered) {
        Therapist who = asking;
        if (who == null) {
            return;
        }
        // Signed out or went back meanwhile: the answer is for nobody.
        Background.await(store.verifyPin(who.name(), entered)).stillWanted(() -> asking == who)
                .logAs("PIN check failed")
                .onSuccess(result -> {
                    if (result.accepted()) {
                        asking = null;
                        onSignedIn.accept(new SignedIn(who, result.signature().orElseThrow()));
                    } else {
                        boolean blocked = result.outcome() == PinCheck.Outcome.LOCKED
                                || result.outcome() == PinCheck.Outcome.DISABLED;
                        pin.message(PinMessages.of(result, text, clock), blocked);
                    }
                })
                .onFailure(text, reason -> pin.message(text.get("kiosk.readFailed", reason), false)).start();
    }

    /** The recovery code entry behind "Forgot PIN?", built now if not yet; for tests and screenshots too. */
    public RecoveryScreen recovery() {
        if (recovery == null) {
            recovery = new RecoveryScreen(theme, text, store, clock, (who, saved) -> {
                ask(who);
                if (saved) {
                    pin.message(text.get("recovery.saved", who.name()), false);
                }
            });
            add(recovery, "recovery");
        }
        return recovery;
    }

    /** The PIN entry, built now if not yet; for tests and screenshots. */
    public PinEntry pinEntry() {
        return pin();
    }

    /**
     * Builds the PIN entry a tap on a tile opens, and lays it out and paints it once off screen, so the first tap
     * of the day finds it warm (the untouched pad painted here is the one the tap shows): for the kiosk right after
     * its first screen is up. First tap on a tile, in a new kiosk: median 102 ms without this, 58 ms with it
     * (docs/benchmarks.md).
     */
    public void buildLaterPages() {
        PinEntry entry = pin();
        BigButton forgotPin = forgot();
        if (asking != null) {
            return; // a tile was tapped first: its own heading and keys are showing
        }
        // As an administrator's tap shows it: a heading with a name, "Forgot PIN?" under it (then taken away).
        entry.reset(text.get("signIn.pin", shown.isEmpty() ? "" : shown.get(0).name()));
        entry.setExtra(forgotPin);
        OffScreenPaint.rehearse(entry);
        entry.setExtra(null);
    }
}
