package app.holdpoint.ui.audit;

import java.time.Clock;
import java.util.concurrent.Executor;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.domain.NoteText;
import app.holdpoint.domain.Pin;
import app.holdpoint.store.PinCheck;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.PinMessages;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.PinPad;
import app.holdpoint.ui.widget.TextLimit;
import app.holdpoint.ui.widget.WrapLabel;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * Adds an addendum to a sealed session: who writes it, what it says, signed with that therapist's PIN. The PIN
 * is checked by the store (lock-outs included), then the addendum is written; nothing is written unless both
 * succeed, and the form says why in the words of {@link PinMessages}.
 */
final class AddendumForm extends TwoWayPanel {

    interface Done {
        /** The addendum is stored (true) or the form was left (false). */
        void finished(long sessionId, boolean added);
    }

    private final SessionStore store;
    private final Text text;
    private final Executor reads;
    private final Clock clock;
    private final DefaultListModel<String> authors = new DefaultListModel<>();
    private final JList<String> author = new JList<>(authors);
    private final JTextArea body = new JTextArea(4, 30);
    private final PinPad pin;
    private final JLabel title = new WrapLabel(" ");
    private final JPanel left;
    private Theme theme;
    private final JLabel message = new WrapLabel(" ");
    private final BigButton save;
    private long sessionId = -1;
    private boolean busy;
    private Done done = (id, added) -> { };

    AddendumForm(SessionStore store, Theme theme, Text text, Executor reads, Clock clock) {
        this.store = store;
        this.text = text;
        this.reads = reads;
        this.clock = clock;
        setName("auditAddendumForm");
        setOpaque(false);
        title.setFont(theme.font("h1.font"));
        author.setName("addendumAuthor");
        author.setFont(theme.font("Holdpoint.audit.header.font"));
        author.setFixedCellHeight(theme.touchMinimum());
        author.setVisibleRowCount(4);
        author.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        body.setName("addendumText");
        body.setLineWrap(true);
        body.setWrapStyleWord(true);
        body.setFont(theme.font("Holdpoint.audit.table.font"));
        TextLimit.apply(body, NoteText.ADDENDUM_MAX_LENGTH);
        pin = new PinPad(theme, text);
        pin.addActionListener(e -> submit());
        message.setName("addendumMessage");
        message.setFont(theme.font("Holdpoint.audit.header.font"));
        message.setForeground(theme.color("Holdpoint.danger"));
        save = BigButton.primary(theme, text.get("audit.addendum.save"));
        save.setName("addendumSave");
        save.addActionListener(e -> submit());
        BigButton cancel = new BigButton(theme, text.get("audit.addendum.cancel"));
        cancel.setName("addendumCancel");
        cancel.addActionListener(e -> done.finished(sessionId, false));
        left = new JPanel(new MigLayout("insets 0, gap 8, wrap 1, fill", "[grow, fill]",
                "[][][][grow, fill][][]"));
        left.setOpaque(false);
        left.add(new JLabel(text.get("audit.addendum.author")));
        left.add(new JScrollPane(author));
        left.add(new JLabel(text.get("audit.addendum.text")));
        left.add(new JScrollPane(body));
        left.add(message);
        left.add(cancel, "split 2, growx 0");
        left.add(save, "growx 0");
        this.theme = theme;
        arrange(true);
    }

    /** The PIN pad beside the text when there is room, below it on a narrow (portrait) screen. */
    @Override
    void layOut(boolean wide) {
        removeAll();
        if (wide) {
            setLayout(new MigLayout("insets 0, gap 16, fill", "[grow, fill][400!]", "[][grow, fill]"));
            add(title, "span 2, growx, wmin 0, wrap");
            add(left, "grow, wmin 0");
            add(pin, "grow");
        } else {
            setLayout(new MigLayout("insets 0, gap 8, fill, wrap 1", "[grow, fill]", "[][grow, fill][]"));
            add(title, "growx, wmin 0");
            add(left, "grow, wmin 0");
            add(pin, "growx, wmax 480, center");
        }
    }

    @Override
    boolean fitsWide(int width) {
        return theme == null || width >= theme.scaled(840);
    }

    void onDone(Done listener) {
        this.done = listener;
    }

    /** Starts a new addendum for this session, with the therapists who may sign. */
    void start(long session) {
        sessionId = session;
        title.setText(text.get("audit.addendum.title", session));
        body.setText("");
        pin.clear();
        message.setText(" ");
        busy = false;
        Background.on(reads).supply(() -> store.therapists().stream().filter(t -> !t.disabled())
                        .map(Therapist::name).toList()).logAs("therapists could not be read")
                .onSuccess(names -> {
                    authors.clear();
                    names.forEach(authors::addElement);
                })
                .onFailure(text, reason -> message.setText(text.get("audit.addendum.failed", reason))).start();
    }

    private void submit() {
        if (busy) {
            return;
        }
        String who = author.getSelectedValue();
        String note = body.getText().strip();
        if (who == null) {
            message.setText(text.get("audit.addendum.noAuthor"));
            return;
        }
        if (note.isEmpty()) {
            message.setText(text.get("audit.addendum.empty"));
            return;
        }
        if (pin.value().length() < Pin.MIN_LENGTH) {
            message.setText(text.get("audit.addendum.pin"));
            return;
        }
        char[] digits = pin.value().toCharArray();
        pin.clear();
        busy = true;
        message.setText(text.get("audit.addendum.checking"));
        long session = sessionId;
        Background.await(store.verifyPin(who, digits)).then(check -> {
            Arrays.fill(digits, ' ');
            if (!check.accepted()) {
                return CompletableFuture.completedFuture(check);
            }
            return store.addAddendum(session, check.signature().orElseThrow(), note).thenApply(a -> check);
        }).logAs("addendum not written").onSuccess(check -> finished(session, check)).onFailure(text, reason -> {
            busy = false;
            message.setText(text.get("audit.addendum.failed", reason));
        }).start();
    }

    private void finished(long session, PinCheck check) {
        busy = false;
        if (!check.accepted()) {
            message.setText(PinMessages.of(check, text, clock));
        } else {
            done.finished(session, true);
        }
    }
}
