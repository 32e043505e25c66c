package app.holdpoint.ui.session;

import java.util.Optional;
import java.util.OptionalInt;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.domain.NoteText;
import app.holdpoint.session.SessionEngine;
import app.holdpoint.session.SessionReport;
import app.holdpoint.session.SessionState;
import app.holdpoint.store.Closing;
import app.holdpoint.store.PinCheck;
import app.holdpoint.store.SessionRecord;
import app.holdpoint.store.Signature;
import app.holdpoint.store.SealedTotals;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.AdminAuthorizer;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.common.PinMessages;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.PainScale;
import app.holdpoint.ui.widget.PinPad;
import app.holdpoint.ui.widget.TextLimit;
import javax.swing.JTextArea;
import java.time.Instant;
import java.util.List;
import app.holdpoint.session.SessionEvent;

/**
 * After the last phase (or an early end): pain after, an optional note, and the therapist's PIN to sign. The
 * record is sealed only once every event is saved and the PIN is accepted; a locked-out therapist may have an
 * administrator sign instead.
 */
final class FinishScreen extends JPanel {

    /** Called on the Event Dispatch Thread once the store has sealed the session. */
    interface Listener {
        void sealed(SessionRecord record, SessionReport report);
    }

    private final KioskServices services;
    private final Text text;
    private final AdminAuthorizer admin;
    private final SignedIn who;
    private final long sessionId;
    private final SessionEngine engine;
    private final EventRecorder recorder;
    private final Listener listener;
    private final PainScale pain;
    private final JTextField note = new JTextField();
    private final PinPad pin;
    private final MessageArea message;
    private final BigButton adminSign;
    private boolean busy;

    FinishScreen(KioskServices services, AdminAuthorizer admin, SignedIn who, long sessionId, SessionEngine engine,
                 EventRecorder recorder, Listener listener) {
        super(new MigLayout("insets 16 24 16 24, fill, gap 24 12", "[grow, fill][360!, fill]",
                "[][][][grow, fill]"));
        this.services = services;
        this.text = services.text();
        this.admin = admin;
        this.who = who;
        this.sessionId = sessionId;
        this.engine = engine;
        this.recorder = recorder;
        this.listener = listener;
        Theme theme = services.theme();
        setName("finish");

        JLabel title = new JLabel(text.get("finish.title"));
        title.putClientProperty("FlatLaf.styleClass", "h1");
        boolean early = engine.state() == SessionState.ENDED_EARLY;
        JTextArea outcome = ReadOnlyText.wrapping(early ? text.get("finish.endedEarly", engine.snapshot().endReason())
                : text.get("finish.completed"), theme.font("Holdpoint.session.heading.font"));
        outcome.setName("finish.outcome");
        add(title, "split 2, span 2");
        add(outcome, "gapleft 24, wmin 0, wrap");

        JLabel painLabel = new JLabel(text.get("finish.painAfter"));
        painLabel.setFont(theme.font("Holdpoint.session.heading.font"));
        add(painLabel, "span 2, wrap");
        pain = new PainScale(theme, text);
        pain.setName("finish.painAfter");
        add(pain, "span 2, wrap");

        JPanel left = new JPanel(new MigLayout("insets 0, fillx, wrap 1, gap 12", "[grow, fill]"));
        JLabel noteLabel = new JLabel(text.get("finish.note"));
        noteLabel.setFont(theme.font("Holdpoint.session.text.font"));
        note.setName("finish.note");
        note.setFont(theme.font("Holdpoint.session.text.font"));
        TextLimit.apply(note, NoteText.MAX_LENGTH);
        message = new MessageArea(theme);
        message.setName("finish.message");
        adminSign = new BigButton(theme, text.get("finish.adminSign"));
        adminSign.setName("finish.adminSign");
        adminSign.setVisible(false);
        adminSign.addActionListener(e -> admin.authorize(text.get("finish.adminSign.purpose", who.name()),
                authorization -> seal(authorization.signature())));
        left.add(noteLabel);
        left.add(note, "h " + theme.integer("Holdpoint.touch.minimum") + "!");
        left.add(message, "wmin 0, gaptop 12");
        left.add(adminSign, "hidemode 3, h " + theme.integer("Holdpoint.session.control.height") + "!");
        add(left, "top");

        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1, gap 8", "[grow, fill]", "[][grow, fill]"));
        JLabel signAs = new JLabel(text.get("finish.signAs", who.name()));
        signAs.setFont(theme.font("Holdpoint.session.text.font"));
        pin = new PinPad(theme, text);
        pin.setName("finish.pin");
        pin.addActionListener(e -> sign());
        right.add(signAs);
        right.add(pin);
        add(right);
        message.show(text.get("finish.hint"), false);
    }

    private void sign() {
        if (!readyToSeal()) {
            return;
        }
        char[] entered = pin.value().toCharArray();
        pin.clear();
        busy = true;
        Background.await(services.store().verifyPin(who.name(), entered)).logAs("PIN check failed")
                .onSuccess(this::checked).onFailure(text, reason -> {
                    busy = false;
                    message.show(text.get("finish.sealFailed", reason), true);
                }).start();
    }

    private void checked(PinCheck check) {
        Optional<Signature> signature = check.signature();
        if (check.accepted() && signature.isPresent()) {
            busy = false;
            seal(signature.get());
            return;
        }
        busy = false;
        message.show(PinMessages.of(check, text, services.clock()), true);
        adminSign.setVisible(check.outcome() == PinCheck.Outcome.LOCKED);
        revalidate();
    }

    /** False, with the reason shown, while a check or seal is under way, pain is unrated or events are unsaved. */
    private boolean readyToSeal() {
        if (busy) {
            return false;
        }
        if (pain.value().isEmpty()) {
            message.show(text.get("finish.painMissing"), true);
            return false;
        }
        if (!recorder.allSaved()) {
            // A seal over a stream with a gap would be refused by the store, or worse, accepted short.
            recorder.retry();
            message.show(text.get("finish.notSaved"), true);
            return false;
        }
        return true;
    }

    private void seal(Signature signer) {
        if (!readyToSeal()) {
            return;
        }
        busy = true;
        SessionReport report = SessionReport.from(engine.timeline(), engine.events(), SealedTotals.TOLERANCE);
        String written = note.getText().strip();
        Closing closing = Closing.of(report, endedAt(), OptionalInt.of(pain.value().getAsInt()),
                written.isEmpty() ? Optional.empty() : Optional.of(written));
        message.show(text.get("finish.sealing"), false);
        Background.await(services.store().seal(sessionId, closing, Optional.of(signer)))
                .logAs("session " + sessionId + " could not be sealed").whenDone(() -> busy = false)
                .onSuccess(record -> listener.sealed(record, report))
                .onFailure(text, reason -> message.show(text.get("finish.sealFailed", reason), true)).start();
    }

    /**
     * When the session ended: its last event's wall time (the start plus the session's own monotonic time), as the
     * record's events say, never a fresh reading of a clock that may have stepped since or while the therapist
     * signed.
     */
    private Instant endedAt() {
        List<SessionEvent> events = engine.events();
        return events.isEmpty() ? services.clock().instant() : events.get(events.size() - 1).wallTime();
    }
}
