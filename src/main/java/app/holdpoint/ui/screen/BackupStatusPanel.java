package app.holdpoint.ui.screen;

import app.holdpoint.ui.common.Background;

import app.holdpoint.ui.widget.ReadOnlyText;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import java.util.concurrent.Executor;

import javax.swing.JPanel;
import javax.swing.JTextArea;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.BackupPlan;
import app.holdpoint.ui.Text;

/**
 * Settings, Backups: when the last verified backup was written (kiosk's daily one or the {@code backup}
 * command), where the daily ones go and how many are kept, and a warning once the last is more than two days old
 * or there is none. Reads the two small files off the Event Dispatch Thread.
 */
final class BackupStatusPanel extends JPanel {
    private final Text text;
    private final Clock clock;
    private final Executor reads;
    private final Path dataDirectory;
    private final JTextArea status = ReadOnlyText.wrapping("");
    private final JTextArea warning = ReadOnlyText.wrapping("");
    private final JTextArea where = ReadOnlyText.wrapping("");

    BackupStatusPanel(Text text, Clock clock, Executor reads, Path dataDirectory) {
        super(new MigLayout("insets 0, fillx, wrap 1, gap 0 4", "[grow, fill]"));
        this.text = text;
        this.clock = clock;
        this.reads = reads;
        this.dataDirectory = dataDirectory;
        setName("settings.backup");
        status.setName("settings.backup.status");
        status.putClientProperty("FlatLaf.styleClass", "h3");
        warning.setName("settings.backup.warning");
        warning.putClientProperty("FlatLaf.styleClass", "hpWarning");
        where.setName("settings.backup.where");
        add(status, "wmin 0");
        add(warning, "wmin 0, hidemode 3");
        add(where, "wmin 0");
    }

    private record Read(Optional<BackupPlan.Last> last, BackupPlan plan) {
    }

    /** Reads the last backup and the plan again, then shows them. */
    void refresh() {
        Background.on(reads).supply(() -> new Read(BackupPlan.last(dataDirectory), BackupPlan.load(dataDirectory)))
                .logAs("the backup status could not be read").onSuccess(this::show).start();
    }

    private void show(Read read) {
        where.setText(text.get("settings.backup.where", read.plan().folder(), read.plan().keep()));
        if (read.last().isEmpty()) {
            status.setText(text.get("settings.backup.none"));
            warning.setText(text.get("settings.backup.noneYet", read.plan().folder()));
            warning.setVisible(true);
            return;
        }
        BackupPlan.Last last = read.last().get();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(text.locale()).withZone(clock.getZone()).format(last.at());
        long days = Math.max(0, Duration.between(last.at(), clock.instant()).toDays());
        status.setText(text.get("settings.backup.last", when, days, last.sessions()));
        boolean overdue = last.overdue(clock.instant());
        warning.setText(overdue ? text.get("settings.backup.old", read.plan().folder()) : "");
        warning.setVisible(overdue);
        revalidate();
    }
}
