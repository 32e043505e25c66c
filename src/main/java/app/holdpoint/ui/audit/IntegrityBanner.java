package app.holdpoint.ui.audit;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.SwingUtilities;

import app.holdpoint.store.RecordVerifier;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.WrapLabel;

/**
 * The integrity of the record at a glance: verify runs in the background each time the workspace opens (it
 * reads everything, so it may take minutes on years of sessions) and the banner turns green or red with what
 * it found; the failing sessions go to whoever flags them.
 */
final class IntegrityBanner extends WrapLabel {
    private static final Logger LOG = Logger.getLogger(IntegrityBanner.class.getName());

    private final RecordVerifier store;
    private final Executor reads;
    private final Text text;
    private final Theme theme;
    private Optional<VerifyResult> result = Optional.empty();
    private int generation;

    IntegrityBanner(RecordVerifier store, Executor reads, Text text, Theme theme) {
        super(" ");
        this.store = store;
        this.reads = reads;
        this.text = text;
        this.theme = theme;
        setName("auditIntegrity");
        setOpaque(true);
        setFont(theme.font("Holdpoint.audit.header.font"));
        int pad = theme.size("Holdpoint.audit.gap");
        setBorder(javax.swing.BorderFactory.createEmptyBorder(pad, 2 * pad, pad, 2 * pad));
        checking();
    }

    /** At least the touch minimum high, so it reads as a bar; a long message wraps onto more lines. */
    @Override
    public java.awt.Dimension getPreferredSize() {
        java.awt.Dimension size = super.getPreferredSize();
        return theme == null ? size : new java.awt.Dimension(size.width, Math.max(size.height, theme.touchMinimum()));
    }

    @Override
    public java.awt.Dimension getMinimumSize() {
        java.awt.Dimension size = super.getMinimumSize();
        return theme == null ? size : new java.awt.Dimension(size.width, Math.max(size.height, theme.touchMinimum()));
    }

    Optional<VerifyResult> result() {
        return result;
    }

    /** Runs verify off the EDT; {@code found} gets the result on the EDT. */
    void verify(Consumer<VerifyResult> found) {
        int asked = ++generation;
        checking();
        reads.execute(() -> {
            try {
                VerifyResult r = store.verify();
                SwingUtilities.invokeLater(() -> {
                    if (asked == generation) {
                        show(r);
                        found.accept(r);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "verify failed to run", e);
                SwingUtilities.invokeLater(() -> {
                    if (asked == generation) {
                        paint("Holdpoint.audit.integrity.bad", text.get("audit.integrity.error", e.getMessage()));
                    }
                });
            }
        });
    }

    private void checking() {
        result = Optional.empty();
        paint("Holdpoint.audit.integrity.checking", text.get("audit.integrity.checking"));
    }

    private void show(VerifyResult r) {
        result = Optional.of(r);
        if (r.ok()) {
            paint("Holdpoint.audit.integrity.good", text.get("audit.integrity.ok", r.sessions(), r.events(),
                    r.addenda()));
        } else {
            paint("Holdpoint.audit.integrity.bad", text.get("audit.integrity.bad", r.failures().size()
                    + (r.truncated() ? "+" : ""), r.failingSessions().size()));
            setToolTipText(r.firstProblem().orElse(""));
        }
    }

    private void paint(String backgroundKey, String message) {
        setBackground(theme.color(backgroundKey));
        setForeground(theme.color("Holdpoint.audit.integrity.foreground"));
        setText(message);
        setToolTipText(null);
    }
}
