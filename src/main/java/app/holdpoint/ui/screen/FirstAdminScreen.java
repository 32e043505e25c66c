package app.holdpoint.ui.screen;

import java.awt.CardLayout;
import java.awt.event.ActionEvent;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.awt.event.KeyEvent;
import java.util.Arrays;

import javax.swing.AbstractAction;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.Role;
import app.holdpoint.store.TherapistDirectory;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.PinEntry;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.Labels;
import app.holdpoint.ui.widget.LetterPad;
import app.holdpoint.ui.widget.OffScreenPaint;
import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.TouchTarget;

/**
 * First start, no therapist yet: a welcome page ({@link WelcomeCard}) saying what comes, then the name of the first
 * administrator (on-screen letters, or a keyboard), a PIN entered twice and the recovery code to write down. Saved
 * through the store's writer; the kiosk then goes to sign-in. The same form, with a role to choose and a way back
 * ({@link #forAdding}), lets an administrator add a therapist later.
 */
public final class FirstAdminScreen extends JPanel {

    private final TherapistDirectory store;
    private final Text text;
    private final Runnable onCreated;
    private final JToggleButton administrator;
    private final boolean adding;
    private final Runnable onBack;
    private final CardLayout cards = new CardLayout();
    private final JTextField name = new JTextField();
    private final JTextArea nameMessage = ReadOnlyText.wrapping("");
    private final Theme theme;
    private JPanel namePage;
    private PinEntry pin;
    private RecoveryCodeCard recoveryCode;
    private char[] firstPin;

    public FirstAdminScreen(Theme theme, Text text, TherapistDirectory store, Runnable onCreated) {
        this(theme, text, store, onCreated, null);
    }

    /** The form an administrator uses to add a therapist or another administrator; Back calls {@code onBack}. */
    public static FirstAdminScreen forAdding(Theme theme, Text text, TherapistDirectory store, Runnable onAdded,
                                             Runnable onBack) {
        return new FirstAdminScreen(theme, text, store, onAdded, onBack);
    }

    private FirstAdminScreen(Theme theme, Text text, TherapistDirectory store, Runnable onCreated, Runnable onBack) {
        this.adding = onBack != null;
        this.onBack = onBack;
        this.theme = theme;
        this.store = store;
        this.text = text;
        this.onCreated = onCreated;
        setName(adding ? "addTherapist" : "firstAdmin");
        setLayout(cards);
        administrator = new JToggleButton(text.get("therapists.add.admin"));
        if (adding) {
            namePage();
        } else {
            add(new WelcomeCard(theme, text, this::begin), "welcome");
        }
    }

    /**
     * The name page: a field, the on-screen letters and Next. At first start it is built behind the welcome page
     * ({@link #buildLaterPages()}) or at "Begin": its 32 keys were most of the first screen's cost.
     */
    private JPanel namePage() {
        if (namePage != null) {
            return namePage;
        }
        namePage = new JPanel(new MigLayout("insets 24 48 24 48, fill, wrap 2", "[grow, fill][]",
                adding ? "[]8[]16[]12[]16[grow, fill]" : "[]16[]12[]16[grow, fill]"));
        namePage.setName(adding ? "addTherapist.namePage" : "firstAdmin.namePage");
        namePage.add(Labels.heading(text.get(adding ? "therapists.add.title" : "first.nameTitle"), "h0"), "span 2");
        if (adding) {
            JTextArea explain = ReadOnlyText.wrapping(text.get("therapists.add.explain"));
            explain.putClientProperty("FlatLaf.styleClass", "h3");
            namePage.add(explain, "span 2, wmin 0, w 100:100:");
        }
        JLabel nameLabel = Labels.heading(text.get("first.name"), "h2");
        namePage.add(nameLabel, "span 2, split 2");
        name.setName("firstAdmin.name");
        name.putClientProperty("FlatLaf.styleClass", "hpField");
        namePage.add(name, "growx, h 72!");
        nameMessage.setName("firstAdmin.message");
        nameMessage.putClientProperty("FlatLaf.styleClass", "hpWarning");
        BigButton next = BigButton.primary(theme, text.get("first.next"));
        next.setName("firstAdmin.next");
        next.addActionListener(e -> nameDone());
        name.addActionListener(e -> nameDone());
        administrator.setName("addTherapist.admin");
        administrator.putClientProperty("FlatLaf.styleClass", "hpBig");
        administrator.setFocusable(false);
        TouchTarget.atLeastMinimum(administrator, theme);
        if (adding) {
            BigButton back = new BigButton(theme, text.get("kiosk.back"));
            back.setName("addTherapist.back");
            back.addActionListener(e -> {
                reset();
                onBack.run();
            });
            namePage.add(nameMessage, "span 2, wmin 0, split 3, h 80!");
            namePage.add(administrator, "growx 0");
            namePage.add(back, "growx 0, wrap");
        } else {
            namePage.add(nameMessage, "span 2, wmin 0");
        }
        LetterPad letters = new LetterPad(theme, text, name);
        namePage.add(letters, "grow, wmin 0");
        namePage.add(next, "aligny bottom, growy 0, w 220!, h 110!");
        JPanel page = namePage;
        // Portrait: Next under the letters, which need the whole width.
        page.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                boolean portrait = page.getHeight() > page.getWidth();
                MigLayout layout = (MigLayout) page.getLayout();
                layout.setLayoutConstraints(portrait ? "insets 24, fill, wrap 2" : "insets 24 48 24 48, fill, wrap 2");
                layout.setComponentConstraints(letters, portrait ? "span 2, grow, wmin 0" : "grow, wmin 0");
                layout.setComponentConstraints(next, portrait ? "span 2, right, growy 0, w 220!, h 110!"
                        : "aligny bottom, growy 0, w 220!, h 110!");
                page.revalidate();
            }
        });
        // Enter means Next wherever the focus is (the field handles its own Enter when it has the focus).
        page.getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(
                KeyEvent.VK_ENTER, 0), "next");
        page.getActionMap().put("next", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                nameDone();
            }
        });
        add(page, "name");
        return page;
    }

    /** From the welcome page to the name page, its field ready for typing. */
    private void begin() {
        namePage();
        cards.show(this, "name");
        focusName();
    }

    /**
     * The PIN entry, built at the first "Next" if not before: the kiosk builds it behind the welcome
     * ({@link #buildLaterPages()}).
     */
    private PinEntry pin() {
        if (pin == null) {
            pin = new PinEntry(theme, text, text.get("kiosk.back"), this::pinEntered, this::backToName);
            pin.setName("firstAdmin.pin");
            add(pin, "pin");
        }
        return pin;
    }

    private RecoveryCodeCard recoveryCode() {
        if (recoveryCode == null) {
            recoveryCode = new RecoveryCodeCard(theme, text, "firstAdmin", () -> {
                reset();
                onCreated.run();
            });
            add(recoveryCode, "code");
        }
        return recoveryCode;
    }

    /**
     * Builds the pages not built yet (name page, PIN entry, recovery code card): for the kiosk right after its first
     * screen is up, while the administrator reads the welcome, and for the training run of the start-up archive.
     */
    public void buildLaterPages() {
        JPanel page = namePage();
        recoveryCode();
        pin();
        // Laid out and painted once off screen: Begin then shows the letters without their first, cold paint
        // (median 124 ms in a new kiosk without this, docs/benchmarks.md).
        OffScreenPaint.rehearse(page);
    }

    /**
     * Back to the start, empty: the welcome page at first start, the name page when adding (the kiosk calls this
     * each time it shows the screen).
     */
    public void reset() {
        name.setText("");
        nameMessage.setText("");
        administrator.setSelected(false);
        forgetFirstPin();
        if (adding) {
            cards.show(this, "name");
            focusName();
        } else {
            cards.show(this, "welcome");
        }
    }

    /** The name field takes the keyboard, so a typed name lands there at once. */
    private void focusName() {
        SwingUtilities.invokeLater(() -> {
            if (name.isShowing()) {
                name.requestFocusInWindow();
            }
        });
    }

    private void nameDone() {
        String typed = name.getText().strip();
        if (typed.isEmpty()) {
            nameMessage.setText(text.get("first.nameNeeded"));
            return;
        }
        nameMessage.setText("");
        forgetFirstPin();
        pin().reset(text.get("first.pin", typed));
        cards.show(this, "pin");
    }

    private void backToName() {
        forgetFirstPin();
        cards.show(this, "name");
        focusName();
    }

    private void pinEntered(char[] entered) {
        String who = name.getText().strip();
        if (firstPin == null) {
            firstPin = entered;
            pin.reset(text.get("first.pinAgain", who));
            return;
        }
        if (!Arrays.equals(firstPin, entered)) {
            forgetFirstPin();
            pin.reset(text.get("first.pin", who));
            pin.message(text.get("first.mismatch"), false);
            return;
        }
        forgetFirstPin();
        pin.message(text.get("kiosk.working"), true);
        Role role = !adding || administrator.isSelected() ? Role.ADMIN : Role.THERAPIST;
        Background.await(store.createTherapist(who, role, entered)).whenDone(() -> Arrays.fill(entered, '\0'))
                .logAs("could not create the first administrator")
                .onSuccess(created -> {
                    if (!adding) {
                        showRecoveryCode(created.name());
                    } else {
                        reset();
                        onCreated.run();
                    }
                })
                .onFailure(text, reason -> {
                    pin.reset(text.get("first.pin", who));
                    pin.message(text.get("first.failed", reason), false);
                }).start();
    }

    /** First start: the record's recovery code, made now and shown this once. */
    private void showRecoveryCode(String administrator) {
        Background.await(store.newRecoveryCode(administrator, "first start")).logAs("could not make the recovery code")
                .onSuccess(code -> {
                    recoveryCode().show(code);
                    cards.show(this, "code");
                })
                .onFailure(text, reason -> {
                    recoveryCode().failed(reason);
                    cards.show(this, "code");
                }).start();
    }

    /** The recovery code on screen (empty once written down), for tests. */
    public String recoveryCodeShown() {
        return recoveryCode == null ? "" : recoveryCode.codeShown();
    }

    private void forgetFirstPin() {
        if (firstPin != null) {
            Arrays.fill(firstPin, '\0');
            firstPin = null;
        }
    }
}
