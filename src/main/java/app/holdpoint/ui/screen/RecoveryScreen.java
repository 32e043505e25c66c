package app.holdpoint.ui.screen;

import app.holdpoint.ui.common.Background;

import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.Labels;

import app.holdpoint.ui.common.PinEntry;

import java.awt.CardLayout;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;

import javax.swing.JPanel;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.RecoveryCheck;
import app.holdpoint.store.TherapistDirectory;
import app.holdpoint.store.Therapist;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ClientRefPad;
import javax.swing.JLabel;

/**
 * "Forgot PIN?" for an administrator at the sign-in screen: the kiosk's recovery code (written down at the first
 * start) on a pad of letters and digits, then a new PIN twice. The store checks the code (a wrong one counts like
 * a wrong PIN), then sets the PIN and lifts any lock-out, recording that the recovery code did it. The screen only
 * renders and forwards; the rules are the store's.
 */
public final class RecoveryScreen extends JPanel {
    /** Twenty characters, with or without the three hyphens. */
    private static final int MIN = 20;
    private static final int MAX = 23;

    private final Theme theme;
    private final Text text;
    private final TherapistDirectory store;
    private final Clock clock;
    private final BiConsumer<Therapist, Boolean> onDone;
    private final CardLayout cards = new CardLayout();
    private final JLabel heading;
    private final JTextArea message = ReadOnlyText.wrapping("");
    private final JPanel codePage;
    private final PinEntry newPin;
    private ClientRefPad pad;
    private Therapist admin;
    private char[] code;
    private char[] firstPin;

    /**
     * @param onDone called on the Event Dispatch Thread with the administrator as now recorded and true once the
     *               new PIN is saved, or with the administrator as before and false on Back
     */
    public RecoveryScreen(Theme theme, Text text, TherapistDirectory store, Clock clock,
                          BiConsumer<Therapist, Boolean> onDone) {
        this.theme = theme;
        this.text = text;
        this.store = store;
        this.clock = clock;
        this.onDone = onDone;
        setName("recovery");
        setLayout(cards);
        int gap = theme.integer("Holdpoint.key.gap");
        codePage = new JPanel(new MigLayout("insets " + 2 * gap + " " + 4 * gap + ", fill, wrap 1, gap " + gap,
                "[grow, fill]", "[][][][grow, fill][]"));
        heading = Labels.heading("", "h1");
        heading.setName("recovery.title");
        JTextArea explain = ReadOnlyText.wrapping(text.get("recovery.explain"));
        explain.putClientProperty("FlatLaf.styleClass", "h3");
        message.setName("recovery.message");
        message.putClientProperty("FlatLaf.styleClass", "hpWarning");
        codePage.add(heading, "wmin 0");
        codePage.add(explain, "wmin 0");
        codePage.add(message, "wmin 0");
        BigButton back = new BigButton(theme, text.get("kiosk.back"));
        back.setName("recovery.back");
        back.addActionListener(e -> leave(admin, false));
        codePage.add(new JPanel(), "grow"); // the pad's place, filled by freshPad()
        codePage.add(back, "growx 0");
        add(codePage, "code");
        newPin = new PinEntry(theme, text, text.get("kiosk.back"), this::pinEntered, () -> leave(admin, false));
        newPin.setName("recovery.pin");
        add(newPin, "pin");
    }

    /** Starts over for {@code administrator}: the code page, empty. */
    public void start(Therapist administrator) {
        forget();
        admin = administrator;
        heading.setText(Labels.html(text.get("recovery.title", administrator.name())));
        message.setText("");
        freshPad();
        cards.show(this, "code");
    }

    /** A new pad for each entry, so a code typed for one attempt is never shown to the next person. */
    private void freshPad() {
        if (pad != null) {
            codePage.remove(pad);
        } else {
            codePage.remove(3);
        }
        pad = new ClientRefPad(theme, text, MIN, MAX);
        pad.setName("recovery.pad");
        pad.addActionListener(e -> codeEntered(pad.value().toCharArray()));
        codePage.add(pad, "grow, wmin 0", 3);
        codePage.revalidate();
        codePage.repaint();
    }

    private void codeEntered(char[] typed) {
        Therapist who = admin;
        message.setText(text.get("kiosk.working"));
        Background.await(store.checkRecoveryCode(typed)).logAs("recovery code check failed").onSuccess(check -> {
            if (admin != who) {
                Arrays.fill(typed, '\0');
                return; // left meanwhile
            }
            if (check.accepted()) {
                code = typed;
                newPin.reset(text.get("recovery.pin", who.name()));
                cards.show(this, "pin");
            } else {
                Arrays.fill(typed, '\0');
                freshPad();
                message.setText(words(check));
            }
        }).onFailure(text, reason -> {
            Arrays.fill(typed, '\0');
            if (admin == who) {
                freshPad();
                message.setText(text.get("kiosk.readFailed", reason));
            }
        }).start();
    }

    private void pinEntered(char[] entered) {
        Therapist who = admin;
        if (firstPin == null) {
            firstPin = entered;
            newPin.reset(text.get("recovery.pinAgain", who.name()));
            return;
        }
        if (!Arrays.equals(firstPin, entered)) {
            Arrays.fill(firstPin, '\0');
            firstPin = null;
            newPin.reset(text.get("recovery.pin", who.name()));
            newPin.message(text.get("first.mismatch"), false);
            return;
        }
        Arrays.fill(firstPin, '\0');
        firstPin = null;
        newPin.message(text.get("kiosk.working"), true);
        Background.await(store.recoverAdministrator(who.name(), code, Optional.of(entered)))
                .whenDone(() -> Arrays.fill(entered, '\0')).stillWanted(() -> admin == who)
                .logAs("recovery failed")
                .onSuccess(check -> {
                    if (check.accepted()) {
                        leave(check.therapist().orElse(who), true);
                    } else {
                        start(who);
                        message.setText(words(check));
                    }
                })
                .onFailure(text, reason -> {
                    newPin.reset(text.get("recovery.pin", who.name()));
                    newPin.message(text.get("recovery.failed", reason), false);
                }).start();
    }

    /** What a recovery check means, in words the administrator can act on. */
    String words(RecoveryCheck check) {
        return switch (check.outcome()) {
            case ACCEPTED -> "";
            case WRONG_CODE -> text.get("recovery.wrong", check.attemptsLeft());
            case LOCKED -> check.lockedUntil().map(until -> text.get("recovery.locked",
                    DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(text.locale())
                            .withZone(clock.getZone()).format(until),
                    Math.max(1, (Duration.between(clock.instant(), until).getSeconds() + 59) / 60)))
                    .orElse(text.get("pin.locked.later"));
            case NO_CODE -> text.get("recovery.none");
            case NOT_AN_ADMINISTRATOR -> text.get("recovery.notAdmin");
        };
    }

    private void leave(Therapist who, boolean saved) {
        forget();
        admin = null;
        onDone.accept(who, saved);
    }

    private void forget() {
        if (code != null) {
            Arrays.fill(code, '\0');
            code = null;
        }
        if (firstPin != null) {
            Arrays.fill(firstPin, '\0');
            firstPin = null;
        }
    }

    /** The message under the heading, for tests. */
    public String messageText() {
        return message.getText();
    }
}
