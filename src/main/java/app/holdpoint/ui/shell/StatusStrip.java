package app.holdpoint.ui.shell;

import app.holdpoint.ui.common.KioskServices;

import java.awt.BorderLayout;
import java.awt.Component;
import java.util.Optional;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.Timer;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.store.replication.ReplicationStatus;
import app.holdpoint.ui.sound.CuePlayer;
import app.holdpoint.ui.theme.Theme;

/**
 * The kiosk's always-visible status line above every screen: who is signed in, a record that could not be
 * saved, whether cues are heard (sound on, muted, or no audio device) and, on a kiosk with a central record,
 * whether its sessions have reached it. Each state is said in words, never by colour alone. The sound and the
 * central record are read once a second: each is a volatile value that its own thread (the player, the
 * replicator) keeps up to date, so the EDT never waits for a device or a network.
 */
public final class StatusStrip extends JPanel {
    private final KioskServices services;
    private final JLabel who = new JLabel();
    private final JLabel save = new JLabel();
    private final JLabel sound = new JLabel();
    private final JLabel central = new JLabel();
    private final Timer poll;

    public StatusStrip(KioskServices services) {
        this.services = services;
        Theme theme = services.theme();
        setName("status");
        setLayout(new MigLayout("insets 4 12 4 12, gap 24, fillx, hidemode 2", "[][grow, center][]", "[]"));
        for (JLabel label : new JLabel[] {who, save, sound, central}) {
            label.setFont(theme.font("Holdpoint.status.font"));
            label.setForeground(theme.color("Holdpoint.text.muted"));
        }
        who.setName("status.who");
        save.setName("status.save");
        save.setOpaque(true);
        save.setVisible(false);
        sound.setName("status.sound");
        central.setName("status.central");
        central.setVisible(false);
        add(who, "wmin 0");
        add(save, "wmin 0, split 2");
        add(central, "wmin 0");
        add(sound);
        signedIn(Optional.empty());
        poll = new Timer(theme.integer("Holdpoint.status.pollMillis"), e -> {
            refreshSound();
            refreshCentral();
        });
        refreshSound();
        refreshCentral();
    }

    /** The strip above {@code screen}, as the kiosk frame arranges it. */
    public static JPanel frameContent(StatusStrip strip, Component screen) {
        JPanel content = new JPanel(new BorderLayout());
        content.setName("kiosk.content");
        content.add(strip, BorderLayout.NORTH);
        content.add(screen, BorderLayout.CENTER);
        return content;
    }

    public void signedIn(Optional<String> name) {
        who.setText(name.map(n -> services.text().get("status.signedIn", n))
                .orElseGet(() -> services.text().get("status.nobody")));
    }

    /** A write of the session's record failed: say so until it is saved. */
    public void saveFailed(String cause) {
        Theme theme = services.theme();
        save.setText(services.text().get("status.save.failed", cause));
        save.setBackground(theme.color("Holdpoint.session.alert.background"));
        save.setForeground(theme.color("Holdpoint.session.alert.foreground"));
        save.setBorder(BorderFactory.createEmptyBorder(0, theme.scaled(8), 0, theme.scaled(8)));
        save.setVisible(true);
        revalidate();
    }

    public void saveRecovered() {
        save.setVisible(false);
        revalidate();
    }

    /** Reads the player and the settings again; the timer calls this every second or so. */
    public void refreshSound() {
        CuePlayer player = services.sound();
        String key = switch (player.audio()) {
            case NO_DEVICE -> "status.sound.none";
            case CHECKING -> "status.sound.checking";
            case PRESENT -> player.isMuted() ? "status.sound.muted" : "status.sound.on";
        };
        String words = (player.audio() == CuePlayer.Audio.NO_DEVICE ? "\u26A0 " : "") + services.text().get(key);
        if (!words.equals(sound.getText())) {
            sound.setText(words);
            sound.setForeground(services.theme().color(player.audio() == CuePlayer.Audio.NO_DEVICE
                    ? "Holdpoint.text.foreground" : "Holdpoint.text.muted"));
            revalidate();
        }
    }

    /** Reads the replicator's latest state again; the timer calls this every second or so. */
    public void refreshCentral() {
        Optional<String> words = CentralRecordWords.of(services.replication().get(), services.text(),
                services.clock().getZone(), services.clock().instant());
        boolean show = words.isPresent();
        String text = words.orElse("");
        if (show != central.isVisible() || !text.equals(central.getText())) {
            central.setText(text);
            central.setVisible(show);
            boolean alarming = services.replication().get().map(s -> s.state() != ReplicationStatus.State.UP_TO_DATE
                    && s.state() != ReplicationStatus.State.STARTING).orElse(false);
            central.setForeground(services.theme().color(alarming ? "Holdpoint.text.foreground"
                    : "Holdpoint.text.muted"));
            revalidate();
        }
    }

    /** What the strip says about the central record, "" when the kiosk has none. */
    public String centralText() {
        return central.isVisible() ? central.getText() : "";
    }

    public String whoText() {
        return who.getText();
    }

    public String soundText() {
        return sound.getText();
    }

    /** The save problem shown, "" when none. */
    public String saveText() {
        return save.isVisible() ? save.getText() : "";
    }

    @Override
    public void addNotify() {
        super.addNotify();
        poll.start();
    }

    @Override
    public void removeNotify() {
        poll.stop();
        super.removeNotify();
    }
}
