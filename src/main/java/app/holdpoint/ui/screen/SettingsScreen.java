package app.holdpoint.ui.screen;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.flow.KioskSettings;
import app.holdpoint.ui.kiosk.KioskServices;
import app.holdpoint.ui.sound.Cue;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.TouchTarget;

/**
 * The administrator's settings: volume with a test tone, mute, theme, pedal keys (press to capture), idle
 * timeout, and the way out of the kiosk. Nothing changes until Save, which writes {@code kiosk.properties} and
 * only then applies; a failed write leaves everything as it was and says so.
 */
public final class SettingsScreen extends JPanel {
    private static final Logger LOG = Logger.getLogger(SettingsScreen.class.getName());
    private static final int VOLUME_STEP = 10;

    private final KioskServices services;
    private final JLabel volume = new JLabel();
    private final JToggleButton mute;
    private final JToggleButton dark;
    private final JToggleButton light;
    private final JPanel pedals = new JPanel(new MigLayout("insets 0, gap 12 8, wrap 4", "[][]24[][]"));
    private final BigButton addPedal;
    private final JLabel idle = new JLabel();
    private final JTextArea message = Labels.wrapping("");
    private final List<String> pedalKeys = new ArrayList<>();
    private int volumeValue;
    private long idleMinutes;
    private KeyEventDispatcher capturing;

    public SettingsScreen(KioskServices services, Runnable onBack, Runnable onTherapists, Runnable onExit) {
        super(new MigLayout("insets 24 48 24 48, fill, wrap 2, gap 24 14", "[right, 240!][grow, fill]",
                "[]16[][][][][]push[][]"));
        this.services = services;
        setName("settings");
        setFocusable(true);
        app.holdpoint.ui.Text text = services.text();
        app.holdpoint.ui.theme.Theme theme = services.theme();
        add(Labels.heading(text.get("settings.title"), "h0"), "span 2, left");

        add(Labels.heading(text.get("settings.volume"), "h2"));
        volume.setName("settings.volume");
        volume.putClientProperty("FlatLaf.styleClass", "hpValue");
        JButton less = small(text.get("settings.less"), "settings.volume.less", () -> volume(-VOLUME_STEP));
        JButton more = small(text.get("settings.more"), "settings.volume.more", () -> volume(VOLUME_STEP));
        BigButton test = new BigButton(theme, text.get("settings.test"));
        test.setName("settings.test");
        test.addActionListener(e -> testTone());
        mute = toggle(text.get("settings.mute"), "settings.mute");
        JPanel volumeRow = row();
        volumeRow.add(less);
        volumeRow.add(volume, "w 140!, center");
        volumeRow.add(more);
        volumeRow.add(test, "gapleft 24");
        volumeRow.add(mute);
        add(volumeRow);

        add(Labels.heading(text.get("settings.theme"), "h2"));
        dark = toggle(text.get("settings.theme.DARK"), "settings.theme.dark");
        light = toggle(text.get("settings.theme.LIGHT"), "settings.theme.light");
        ButtonGroup themes = new ButtonGroup();
        themes.add(dark);
        themes.add(light);
        JPanel themeRow = row();
        themeRow.add(dark);
        themeRow.add(light);
        add(themeRow);

        add(Labels.heading(text.get("settings.pedals"), "h2"), "aligny top");
        addPedal = new BigButton(theme, text.get("settings.pedals.add"));
        addPedal.setName("settings.pedals.add");
        addPedal.addActionListener(e -> capture());
        pedals.setName("settings.pedals");
        add(pedals);

        add(Labels.heading(text.get("settings.idle"), "h2"));
        idle.setName("settings.idle");
        idle.putClientProperty("FlatLaf.styleClass", "hpValue");
        JPanel idleRow = row();
        idleRow.add(small(text.get("settings.less"), "settings.idle.less", () -> idle(-1)));
        idleRow.add(idle, "w 260!, center");
        idleRow.add(small(text.get("settings.more"), "settings.idle.more", () -> idle(1)));
        add(idleRow);

        message.setName("settings.message");
        message.putClientProperty("FlatLaf.style", "font: $Holdpoint.message.font; foreground: $Holdpoint.warning");
        add(message, "span 2, wmin 0, growx");

        BigButton back = new BigButton(theme, text.get("kiosk.back"));
        back.setName("settings.back");
        back.addActionListener(e -> {
            load();
            onBack.run();
        });
        BigButton exit = new BigButton(theme, text.get("settings.exit"));
        exit.setName("settings.exit");
        exit.putClientProperty("FlatLaf.style", "foreground: $Holdpoint.danger; borderColor: $Holdpoint.danger");
        exit.addActionListener(e -> {
            stopCapture();
            onExit.run();
        });
        BigButton therapists = new BigButton(theme, text.get("settings.therapists"));
        therapists.setName("settings.therapists");
        therapists.addActionListener(e -> {
            load();
            onTherapists.run();
        });
        BigButton save = BigButton.primary(theme, text.get("settings.save"));
        save.setName("settings.save");
        save.addActionListener(e -> save());
        JPanel bottom = new JPanel(new MigLayout("insets 0, fillx", "[][]48[]push[]"));
        bottom.add(back);
        bottom.add(therapists);
        bottom.add(exit);
        bottom.add(save, "w 240!");
        add(bottom, "span 2, growx");
    }

    /** Shows the settings as saved (the kiosk calls this each time the screen opens). */
    public void load() {
        stopCapture();
        KioskSettings current = services.settings().current();
        volumeValue = current.volume();
        idleMinutes = current.idleTimeout().toMinutes();
        mute.setSelected(current.muted());
        dark.setSelected(current.theme() == KioskSettings.Theme.DARK);
        light.setSelected(current.theme() == KioskSettings.Theme.LIGHT);
        pedalKeys.clear();
        pedalKeys.addAll(current.pedalKeys());
        message.setText("");
        services.sound().setVolume(current.volume() / 100.0);
        services.sound().setMuted(current.muted());
        showValues();
    }

    /** What the screen would save now. */
    public KioskSettings edited() {
        return new KioskSettings(volumeValue, mute.isSelected(),
                light.isSelected() ? KioskSettings.Theme.LIGHT : KioskSettings.Theme.DARK, pedalKeys,
                Duration.ofMinutes(idleMinutes), services.settings().current().carryOverDays());
    }

    private void save() {
        stopCapture();
        try {
            services.settings().update(edited());
            message.setText(services.text().get("settings.saved"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the kiosk settings", e);
            message.setText(services.text().get("settings.saveFailed", Failures.reason(e)));
            return;
        }
        load();
        message.setText(services.text().get("settings.saved"));
    }

    private void volume(int delta) {
        volumeValue = Math.max(0, Math.min(100, volumeValue + delta));
        showValues();
    }

    private void idle(int delta) {
        idleMinutes = Math.max(1, Math.min(60, idleMinutes + delta));
        showValues();
    }

    /** Plays a cue at the volume shown; leaving or reloading the screen puts the saved level back. */
    private void testTone() {
        services.sound().setMuted(false);
        services.sound().setVolume(volumeValue / 100.0);
        services.sound().play(Cue.PHASE_PROMPT);
    }

    private void capture() {
        stopCapture();
        // Buttons take no focus (taps leave no focus ring); the screen takes it so the pedal's key arrives.
        requestFocusInWindow();
        message.setText(services.text().get("settings.pedals.press"));
        capturing = event -> {
            if (event.getID() != KeyEvent.KEY_PRESSED) {
                return false;
            }
            String name = keyName(event);
            if (!name.isEmpty() && !pedalKeys.contains(name)) {
                pedalKeys.add(name);
            }
            stopCapture();
            message.setText("");
            showValues();
            return true;
        };
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(capturing);
    }

    /** The name KioskSettings stores: what {@code KeyStroke.getKeyStroke(String)} reads back, e.g. PAGE_DOWN. */
    static String keyName(KeyEvent event) {
        String stroke = KeyStroke.getKeyStroke(event.getKeyCode(), 0).toString();
        int space = stroke.lastIndexOf(' ');
        return space < 0 ? stroke : stroke.substring(space + 1);
    }

    /** Stops waiting for a pedal press (also when leaving the screen). */
    public void stopCapture() {
        if (capturing != null) {
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(capturing);
            capturing = null;
        }
    }

    /** True while the screen waits for a pedal press. */
    public boolean capturing() {
        return capturing != null;
    }

    private void showValues() {
        volume.setText(services.text().get("settings.volume.value", volumeValue));
        idle.setText(services.text().get("settings.idle.value", idleMinutes));
        pedals.removeAll();
        if (pedalKeys.isEmpty()) {
            pedals.add(Labels.heading(services.text().get("settings.pedals.none"), "h3"), "span 4");
        }
        for (String key : pedalKeys) {
            JLabel name = Labels.heading(displayName(key), "h2");
            BigButton remove = new BigButton(services.theme(), services.text().get("settings.pedals.remove"));
            remove.setName("settings.pedals.remove." + key);
            remove.addActionListener(e -> {
                pedalKeys.remove(key);
                showValues();
            });
            pedals.add(name, "w 190!");
            pedals.add(remove);
        }
        pedals.add(addPedal, "span 2, newline");
        pedals.revalidate();
        pedals.repaint();
    }

    private static String displayName(String key) {
        KeyStroke stroke = KeyStroke.getKeyStroke(key);
        return stroke == null ? key : KeyEvent.getKeyText(stroke.getKeyCode());
    }

    private JButton small(String label, String name, Runnable action) {
        JButton button = new JButton(label);
        button.putClientProperty("FlatLaf.styleClass", "hpBig");
        button.setFocusable(false);
        button.setName(name);
        button.addActionListener(e -> action.run());
        return TouchTarget.atLeast(button, new java.awt.Dimension(96, 80));
    }

    private JToggleButton toggle(String label, String name) {
        JToggleButton toggle = new JToggleButton(label);
        toggle.setName(name);
        toggle.putClientProperty("FlatLaf.styleClass", "hpBig");
        toggle.setFocusable(false);
        return TouchTarget.atLeast(toggle, services.theme().dimension("Holdpoint.bigButton.minimumSize"));
    }

    private static JPanel row() {
        return new JPanel(new MigLayout("insets 0, gap 12", "", "[center]"));
    }
}
