package app.holdpoint.ui.screen;

import app.holdpoint.ui.common.Background;

import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.Labels;

import app.holdpoint.ui.common.PinEntry;

import java.awt.CardLayout;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

import javax.swing.JPanel;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.audit.SessionDetail;
import app.holdpoint.session.EventType;
import app.holdpoint.store.Closing;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.SessionStatus;
import app.holdpoint.store.Signature;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.common.AdminAuthorizer;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.common.PinMessages;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;
import app.holdpoint.store.PinCheck;
import java.time.Instant;
import app.holdpoint.session.SessionEvent;

/**
 * Sessions a dead process left open, found at start-up. Each can be resumed or closed as interrupted, with the
 * PIN of the therapist who ran it or of an administrator. When none are left the kiosk goes on to sign-in.
 */
public final class InterruptedScreen extends JPanel {
    private static final Logger LOG = Logger.getLogger(InterruptedScreen.class.getName());
    private static final SealedTotals NOTHING_MEASURED = new SealedTotals(0, 0, 0, 0, 0, 0, 0);

    private enum Action { RESUME, CLOSE }

    /** A session and how far it got. */
    /** An interrupted session as listed: its protocol's title is looked up with the rows, off the EDT. */
    private record Row(SessionRecord record, int phasesDone, String protocolTitle) {
    }

    private final KioskServices services;
    private final AdminAuthorizer admin;
    private final BiConsumer<SignedIn, SessionRecord> onResume;
    private final Runnable onNoneLeft;
    private final CardLayout cards = new CardLayout();
    private final JPanel rows;
    private final JTextArea listMessage = ReadOnlyText.wrapping("");
    private final PinEntry pin;
    private Row asking;
    private Action action;

    public InterruptedScreen(KioskServices services, AdminAuthorizer admin,
                             BiConsumer<SignedIn, SessionRecord> onResume, Runnable onNoneLeft) {
        this.services = services;
        this.admin = admin;
        this.onResume = onResume;
        this.onNoneLeft = onNoneLeft;
        setName("interrupted");
        setLayout(cards);
        int gap = services.theme().integer("Holdpoint.key.gap");
        rows = new ScrollableRows(new MigLayout("insets 0, fillx, wrap 1, gap 0 " + gap, "[grow, fill]"),
                services.theme().touchMinimum());
        rows.setName("interrupted.rows");

        JPanel list = new JPanel(new MigLayout("insets 32 48 32 48, fill, wrap 1", "[grow, fill]",
                "[]12[]12[]16[grow, fill]"));
        list.add(Labels.heading(services.text().get("interrupted.title"), "h0"));
        JTextArea explain = ReadOnlyText.wrapping(services.text().get("interrupted.explain"));
        explain.putClientProperty("FlatLaf.styleClass", "h3");
        list.add(explain, "wmin 0");
        listMessage.setName("interrupted.message");
        listMessage.putClientProperty("FlatLaf.styleClass", "hpWarning");
        list.add(listMessage, "wmin 0");
        list.add(TouchScroll.of(rows, services.theme(), services.theme().touchMinimum()));
        add(list, "list");

        pin = new PinEntry(services.theme(), services.text(), services.text().get("kiosk.back"), this::check,
                this::backToList);
        pin.setName("interrupted.pin");
        BigButton adminInstead = new BigButton(services.theme(), services.text().get("interrupted.admin"));
        adminInstead.setName("interrupted.adminInstead");
        adminInstead.addActionListener(e -> askAdmin());
        pin.setExtra(adminInstead);
        add(pin, "pin");
    }

    /** Reloads the interrupted sessions off the Event Dispatch Thread; none left: on to sign-in. */
    public void refresh() {
        asking = null;
        cards.show(this, "list");
        Background.on(services.reads()).supply(this::load).logAs("could not list interrupted sessions")
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        onNoneLeft.run();
                    } else {
                        showRows(found);
                    }
                })
                .onFailure(services.text(), reason ->
                        listMessage.setText(services.text().get("kiosk.readFailed", reason))).start();
    }

    private List<Row> load() {
        return services.store().findInterrupted().stream()
                .map(record -> new Row(record, (int) services.store().events(record.id()).stream()
                        .filter(e -> e.type() == EventType.PHASE_ENDED).count(),
                        // After a crash this can be the first screen, while the kiosk still reads its protocols:
                        // the wait is here, on the reads thread.
                        services.library().byId(record.protocolId()).map(p -> p.title()).orElse(record.protocolId())))
                .toList();
    }

    private void showRows(List<Row> found) {
        rows.removeAll();
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(services.text().locale()).withZone(services.clock().getZone());
        for (Row row : found) {
            SessionRecord r = row.record();
            int gap = services.theme().integer("Holdpoint.key.gap");
            // Who, what and when wrap over the whole width; the two buttons sit under them, so a portrait screen
            // shows "Client KM-0412 · Tom Berger" whole instead of "Cli…".
            JPanel panel = new JPanel(new MigLayout("insets " + gap + " " + 2 * gap + " " + gap + " " + 2 * gap
                    + ", fillx, wrap 1, gap 0 " + gap / 2, "[grow, fill]"));
            panel.setName("interrupted." + r.id());
            panel.putClientProperty("FlatLaf.styleClass", "hpCard");
            String protocol = row.protocolTitle();
            JTextArea what = words(services.text().get("interrupted.row", r.clientRef(), r.therapist()), "h2");
            JTextArea which = words(protocol + "  \u00B7  "
                    + services.text().get("interrupted.progress", row.phasesDone()), "h3");
            JTextArea detail = words(services.text().get("interrupted.started", when.format(r.startedAt())), "h3");
            BigButton resume = BigButton.primary(services.theme(), services.text().get("interrupted.resume"));
            resume.setName("interrupted.resume." + r.id());
            resume.addActionListener(e -> ask(row, Action.RESUME));
            BigButton close = new BigButton(services.theme(), services.text().get("interrupted.close"));
            close.setName("interrupted.close." + r.id());
            close.addActionListener(e -> ask(row, Action.CLOSE));
            panel.add(what, "wmin 0");
            panel.add(which, "wmin 0");
            panel.add(detail, "wmin 0");
            JPanel buttons = new JPanel(new MigLayout("insets 0, gap " + gap, "push[][]"));
            buttons.setOpaque(false);
            buttons.add(close);
            buttons.add(resume);
            panel.add(buttons, "gaptop " + gap / 2);
            rows.add(panel);
        }
        rows.revalidate();
        rows.repaint();
    }

    private static JTextArea words(String content, String styleClass) {
        JTextArea area = ReadOnlyText.wrapping(content);
        area.putClientProperty("FlatLaf.styleClass", styleClass);
        return area;
    }

    private void ask(Row row, Action what) {
        asking = row;
        action = what;
        String key = what == Action.RESUME ? "interrupted.pin.resume" : "interrupted.pin.close";
        pin.reset(services.text().get(key, row.record().therapist(), row.record().clientRef()));
        cards.show(this, "pin");
    }

    private void backToList() {
        asking = null;
        cards.show(this, "list");
    }

    private void check(char[] entered) {
        Row row = asking;
        if (row == null) {
            return;
        }
        Background.await(services.store().verifyPin(row.record().therapist(), entered))
                .stillWanted(() -> asking == row).logAs("PIN check failed")
                .onSuccess(result -> {
                    if (result.accepted()) {
                        proceed(row, result.signature().orElseThrow());
                    } else {
                        boolean blocked = result.outcome() != PinCheck.Outcome.WRONG_PIN;
                        pin.message(PinMessages.of(result, services.text(), services.clock()), blocked);
                    }
                })
                .onFailure(services.text(), reason ->
                        pin.message(services.text().get("kiosk.readFailed", reason), false)).start();
    }

    private void askAdmin() {
        Row row = asking;
        if (row == null) {
            return;
        }
        String key = action == Action.RESUME ? "interrupted.admin.resume" : "interrupted.admin.close";
        admin.authorize(services.text().get(key, row.record().therapist(), row.record().clientRef()),
                authorization -> {
                    if (asking == row) {
                        proceed(row, authorization.signature());
                    }
                });
    }

    private void proceed(Row row, Signature signature) {
        pin.message(services.text().get("kiosk.working"), true);
        if (action == Action.RESUME) {
            Background.on(services.reads()).supply(() -> services.store().therapist(signature.name()))
                    .logAs("could not read the therapist " + signature.name())
                    .onSuccess(therapist -> resumed(row, signature, therapist))
                    .onFailure(services.text(), reason ->
                            pin.message(services.text().get("kiosk.readFailed", reason), false))
                    .start();
        } else {
            Background.on(services.reads()).supply(() -> new Closing(SessionStatus.INTERRUPTED,
                            endedAt(row.record()), OptionalInt.empty(), Optional.of(services.text().get(
                            "interrupted.note", signature.name())), summary(row.record())))
                    .then(closing -> services.store().closeAsInterrupted(row.record().id(), closing,
                            Optional.of(signature)))
                    .logAs("could not close session " + row.record().id())
                    .onSuccess(sealed -> refresh())
                    .onFailure(services.text(), reason ->
                            pin.message(services.text().get("interrupted.failed", reason), false))
                    .start();
        }
    }

    private void resumed(Row row, Signature signature, Optional<Therapist> therapist) {
        if (therapist.isEmpty()) {
            LOG.warning("could not read the therapist " + signature.name() + ": not in the record");
            pin.message(services.text().get("kiosk.readFailed", signature.name()), false);
            return;
        }
        asking = null;
        cards.show(this, "list");
        onResume.accept(new SignedIn(therapist.get(), signature), row.record());
    }

    /**
     * When an interrupted session ended: its last recorded event's wall time (start plus the session's own time),
     * so the record's end agrees with its events; never the clock at the moment it is closed, which may be days
     * later or stepped. Its start when nothing was recorded.
     */
    private Instant endedAt(SessionRecord record) {
        List<SessionEvent> events = services.store().events(record.id());
        return events.isEmpty() ? record.startedAt() : events.get(events.size() - 1).wallTime();
    }

    /** Planned versus actual of what was recorded, as the audit computes it; zeros when it cannot be read. */
    private SealedTotals summary(SessionRecord record) {
        return SessionDetail.load(services.store(), services.library().catalog(), record.id(), SealedTotals.TOLERANCE)
                .flatMap(SessionDetail::report).map(SealedTotals::of).orElseGet(() -> {
                    LOG.warning("session " + record.id() + ": no report to summarise; closing with zero totals");
                    return NOTHING_MEASURED;
                });
    }

    /** The PIN entry, for tests and screenshots. */
    public PinEntry pinEntry() {
        return pin;
    }
}
