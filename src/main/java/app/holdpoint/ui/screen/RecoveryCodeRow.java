package app.holdpoint.ui.screen;

import java.awt.Rectangle;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.TherapistDirectory;
import app.holdpoint.store.TherapistEvent;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ReadOnlyText;

/**
 * The Settings row that makes a new recovery code: "New recovery code", then a confirmation (the current code stops
 * working), then the store's {@link TherapistDirectory#newRecoveryCode}, recorded against the signed-in
 * administrator and attributed to them at the kiosk, as the command line's {@code therapist recovery-code} records
 * its own. The code goes to {@code onCode} to be shown once; a failure, in words, to {@code onFailure}.
 */
final class RecoveryCodeRow extends JPanel {
    private final Text text;
    private final TherapistDirectory store;
    private final Supplier<Optional<SignedIn>> signedIn;
    private final Consumer<String> onCode;
    private final Consumer<String> onFailure;
    private final BigButton start;
    private final JTextArea hint;
    private final JTextArea confirm;
    private final BigButton make;
    private final BigButton cancel;

    RecoveryCodeRow(Theme theme, Text text, TherapistDirectory store, Supplier<Optional<SignedIn>> signedIn,
                    Consumer<String> onCode, Consumer<String> onFailure) {
        super(new MigLayout("insets 0, gap 12, hidemode 3", "[][]", "[center]"));
        this.text = text;
        this.store = store;
        this.signedIn = signedIn;
        this.onCode = onCode;
        this.onFailure = onFailure;
        setName("settings.recovery.row");
        start = new BigButton(theme, text.get("settings.recovery.new"));
        start.setName("settings.recovery.new");
        start.addActionListener(e -> asking(true));
        hint = ReadOnlyText.wrapping(text.get("settings.recovery.hint"));
        hint.putClientProperty("FlatLaf.styleClass", "h3");
        confirm = ReadOnlyText.wrapping(text.get("settings.recovery.confirm"));
        confirm.setName("settings.recovery.confirm");
        confirm.putClientProperty("FlatLaf.styleClass", "hpWarning");
        make = BigButton.primary(theme, text.get("settings.recovery.make"));
        make.setName("settings.recovery.make");
        make.addActionListener(e -> makeCode());
        cancel = new BigButton(theme, text.get("settings.recovery.cancel"));
        cancel.setName("settings.recovery.cancel");
        cancel.addActionListener(e -> asking(false));
        add(start, "span 2, wrap");
        add(hint, "span 2, wmin 0, growx, wrap");
        add(confirm, "span 2, wmin 0, growx, wrap");
        add(make);
        add(cancel);
        asking(false);
    }

    /** Back to the button alone (the screen calls this each time it opens). */
    void reset() {
        asking(false);
    }

    private void asking(boolean ask) {
        start.setVisible(!ask);
        hint.setVisible(!ask);
        confirm.setVisible(ask);
        make.setVisible(ask);
        make.setEnabled(true);
        cancel.setVisible(ask);
        revalidate();
        repaint();
        if (ask) {
            // The question is taller than the button: scroll the form so both answers are in view (after layout).
            SwingUtilities.invokeLater(() -> scrollRectToVisible(new Rectangle(getSize())));
        }
    }

    private void makeCode() {
        Optional<SignedIn> administrator = signedIn.get().filter(SignedIn::isAdmin);
        if (administrator.isEmpty()) {
            // Settings opens only for an administrator; signed out meanwhile, nothing is made.
            asking(false);
            return;
        }
        String name = administrator.get().name();
        make.setEnabled(false);
        Background.await(store.newRecoveryCode(name, TherapistEvent.kiosk(name)))
                .logAs("could not make a new recovery code")
                .whenDone(() -> asking(false))
                .onSuccess(onCode)
                .onFailure(text, reason -> onFailure.accept(text.get("settings.recovery.failed", reason)))
                .start();
    }
}
