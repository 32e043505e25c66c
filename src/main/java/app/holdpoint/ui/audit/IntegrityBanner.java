package app.holdpoint.ui.audit;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import app.holdpoint.store.RecordVerifier;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.common.Background;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.WrapLabel;
import javax.swing.BorderFactory;
import java.awt.Dimension;

/**
 * The integrity of the record at a glance: verify runs in the background each time the workspace opens (it
 * reads everything, so it may take minutes on years of sessions) and the banner turns green or red with what
 * it found; the failing sessions go to whoever flags them.
 */
final class IntegrityBanner extends WrapLabel {

    private final RecordVerifier store;
    private final Executor reads;
    private final Text text;
    private final Theme theme;
    private Optional<VerifyResult> result = Optional.empty();
    private final Background.Latest verifying = new Background.Latest();

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
        setBorder(BorderFactory.createEmptyBorder(pad, 2 * pad, pad, 2 * pad));
        checking();
    }

    /** At least the touch minimum high, so it reads as a bar; a long message wraps onto more lines. */
    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        return theme == null ? size : new Dimension(size.width, Math.max(size.height, theme.touchMinimum()));
    }

    @Override
    public Dimension getMinimumSize() {
        Dimension size = super.getMinimumSize();
        return theme == null ? size : new Dimension(size.width, Math.max(size.height, theme.touchMinimum()));
    }

    Optional<VerifyResult> result() {
        return result;
    }

    /** Runs verify off the EDT; {@code found} gets the result on the EDT. */
    void verify(Consumer<VerifyResult> found) {
        checking();
        Background.on(reads).supply(store::verify).latestOnly(verifying).logAs("verify failed to run")
                .onSuccess(r -> {
                    show(r);
                    found.accept(r);
                })
                .onFailure(text, reason ->
                        paint("Holdpoint.audit.integrity.bad", text.get("audit.integrity.error", reason)))
                .start();
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
            setToolTipText(r.firstFailure().map(f -> f.finding().worded(text::get))
                    .orElse(r.firstProblem().orElse("")));
        }
    }

    private void paint(String backgroundKey, String message) {
        setBackground(theme.color(backgroundKey));
        setForeground(theme.color("Holdpoint.audit.integrity.foreground"));
        setText(message);
        setToolTipText(null);
    }
}
