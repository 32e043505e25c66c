package app.holdpoint.ui.screen;

import app.holdpoint.ui.theme.Theme;

import app.holdpoint.ui.widget.ReadOnlyText;
import app.holdpoint.ui.widget.Labels;

import app.holdpoint.ui.common.FailureText;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import javax.swing.KeyStroke;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.ui.settings.KioskSettings;
import app.holdpoint.ui.common.KioskServices;
import app.holdpoint.ui.common.SignedIn;
import app.holdpoint.ui.sound.Chime;
import app.holdpoint.ui.sound.Voice;
import app.holdpoint.ui.sound.Word;
import app.holdpoint.ui.theme.UiScale;
import app.holdpoint.ui.widget.BigButton;
import app.holdpoint.ui.widget.ScrollableRows;
import app.holdpoint.ui.widget.TouchScroll;
import app.holdpoint.ui.widget.TouchTarget;

/**
 * The administrator's settings: volume with a test tone, mute, spoken cues, theme, display size (the UI scale,
 * automatic from the screen or chosen; applied at the next start), pedal keys (press to capture), idle timeout, how
 * long a client's history answers are carried over (0 = off), the last backup (with a warning once it is two days
 * old), the language (system, English, German; applied at the next start), a new recovery code (confirmed, then
 * shown once; see {@link RecoveryCodeRow}), and the way out of the kiosk. Nothing changes until Save, which writes {@code kiosk.properties} and
 * only then applies; a failed write leaves everything as it was and says so.
 */
public final class SettingsScreen extends JPanel {
    private static final Logger LOG = Logger.getLogger(SettingsScreen.class.getName());
    private static final int VOLUME_STEP = 10;
    private static final float SCALE_STEP = 0.1f;
    /** Carry-over periods a clinic thinks in: off, days, weeks, months, a year. */
    private static final int[] CARRY_OVER_STEPS = {0, 1, 2, 3, 5, 7, 14, 21, 30, 45, 60, 90, 120, 180,
            KioskSettings.MAX_CARRY_OVER_DAYS};

    private final KioskServices services;
    private final JLabel title;
    private final JLabel volumeLabel;
    private final JLabel themeLabel;
    private final JLabel pedalsLabel;
    private final JLabel idleLabel;
    private final JLabel sizeLabel;
    private final JLabel size = new JLabel();
    private final JToggleButton automaticSize;
    private final JPanel sizeRow;
    private Optional<Float> scaleValue = Optional.empty();
    private final JButton less;
    private final JButton more;
    private final BigButton test;
    private final JPanel themeRow;
    private final JPanel idleRow;
    private final BigButton back;
    private final BigButton exit;
    private final BigButton therapists;
    private final BigButton save;
    private final JPanel form = new ScrollableRows(new MigLayout(), 64);
    private final JScrollPane scroll;
    private boolean narrow;
    private final JLabel volume = new JLabel();
    private final JToggleButton mute;
    private final JLabel spokenLabel;
    private final JToggleButton spoken;
    private final JPanel spokenRow;
    private final JToggleButton dark;
    private final JToggleButton light;
    private final JPanel pedals = new JPanel(new MigLayout("insets 0, gap 12 8, wrap 2", "[][]"));
    private final BigButton addPedal;
    private final JLabel idle = new JLabel();
    private final JLabel carryOverLabel;
    private final JPanel carryOverRow;
    private final JLabel carryOver = new JLabel();
    private final JLabel languageLabel;
    private final JPanel languageRow;
    private final java.util.Map<KioskSettings.Language, JToggleButton> languages =
            new java.util.EnumMap<>(KioskSettings.Language.class);
    private int carryOverDays;
    private final JLabel backupLabel;
    private final BackupStatusPanel backups;
    private final JLabel recoveryLabel;
    private final RecoveryCodeRow recoveryRow;
    private final RecoveryCodeCard recoveryCode;
    private boolean showingCode;
    private final JTextArea message = ReadOnlyText.wrapping("");
    private final List<String> pedalKeys = new ArrayList<>();
    private int volumeValue;
    private long idleMinutes;
    private KeyEventDispatcher capturing;

    /**
     * @param signedIn who is signed in: a new recovery code is recorded against that administrator
     */
    public SettingsScreen(KioskServices services, Supplier<Optional<SignedIn>> signedIn, Runnable onBack,
                          Runnable onTherapists, Runnable onExit) {
        super(new MigLayout());
        this.services = services;
        setName("settings");
        setFocusable(true);
        app.holdpoint.ui.Text text = services.text();
        app.holdpoint.ui.theme.Theme theme = services.theme();
        title = Labels.heading(text.get("settings.title"), "h0");

        volumeLabel = Labels.heading(text.get("settings.volume"), "h2");
        volume.setName("settings.volume");
        volume.putClientProperty("FlatLaf.styleClass", "hpValue");
        less = small(text.get("settings.less"), "settings.volume.less", () -> volume(-VOLUME_STEP));
        more = small(text.get("settings.more"), "settings.volume.more", () -> volume(VOLUME_STEP));
        test = new BigButton(theme, text.get("settings.test"));
        test.setName("settings.test");
        test.addActionListener(e -> testTone());
        mute = toggle(text.get("settings.mute"), "settings.mute");

        spokenLabel = Labels.heading(text.get("settings.spoken"), "h2");
        spoken = toggle(text.get("settings.spoken.on"), "settings.spoken");
        spokenRow = row();
        spokenRow.add(spoken, "wrap");
        JTextArea spokenHint = ReadOnlyText.wrapping(text.get("settings.spoken.hint"));
        spokenHint.putClientProperty("FlatLaf.styleClass", "h3");
        spokenRow.add(spokenHint, "wmin 0, growx");

        themeLabel = Labels.heading(text.get("settings.theme"), "h2");
        dark = toggle(text.get("settings.theme.DARK"), "settings.theme.dark");
        light = toggle(text.get("settings.theme.LIGHT"), "settings.theme.light");
        ButtonGroup themes = new ButtonGroup();
        themes.add(dark);
        themes.add(light);
        themeRow = row();
        themeRow.add(dark);
        themeRow.add(light);

        pedalsLabel = Labels.heading(text.get("settings.pedals"), "h2");
        addPedal = new BigButton(theme, text.get("settings.pedals.add"));
        addPedal.setName("settings.pedals.add");
        addPedal.addActionListener(e -> capture());
        pedals.setName("settings.pedals");

        sizeLabel = Labels.heading(text.get("settings.size"), "h2");
        automaticSize = toggle(text.get("settings.size.auto"), "settings.size.auto");
        automaticSize.addActionListener(e -> {
            scaleValue = automaticSize.isSelected() ? Optional.empty() : Optional.of(roundedScale(theme.scale()));
            showValues();
        });
        sizeRow = stepper(size, "settings.size", 3, () -> resize(-SCALE_STEP), () -> resize(SCALE_STEP),
                "wrap");
        sizeRow.add(automaticSize, "span 3, wrap");
        JTextArea sizeHint = ReadOnlyText.wrapping(text.get("settings.size.hint"));
        sizeHint.putClientProperty("FlatLaf.styleClass", "h3");
        sizeRow.add(sizeHint, "span 3, wmin 0, growx");

        idleLabel = Labels.heading(text.get("settings.idle"), "h2");
        idleRow = stepper(idle, "settings.idle", 4, () -> idle(-1), () -> idle(1), "");

        carryOverLabel = Labels.heading(text.get("settings.carryOver"), "h2");
        carryOverRow = stepper(carryOver, "settings.carryOver", 4, () -> carryOver(-1), () -> carryOver(1),
                "wrap");
        JTextArea carryOverHint = ReadOnlyText.wrapping(text.get("settings.carryOver.hint"));
        carryOverHint.putClientProperty("FlatLaf.styleClass", "h3");
        carryOverRow.add(carryOverHint, "span 3, wmin 0, growx");

        backupLabel = Labels.heading(text.get("settings.backup"), "h2");
        backups = new BackupStatusPanel(text, services.clock(), services.reads(), services.dataDirectory());
        // Words are built once per screen, so a new language takes effect at the next start, as the hint says.
        languageLabel = Labels.heading(text.get("settings.language"), "h2");
        languageRow = row();
        languageRow.setLayout(new MigLayout("insets 0, gap 12, wrap 3", "", "[center]"));
        ButtonGroup languageGroup = new ButtonGroup();
        for (KioskSettings.Language language : KioskSettings.Language.values()) {
            JToggleButton choice = toggle(text.get("settings.language." + language.name()),
                    "settings.language." + language.name().toLowerCase(java.util.Locale.ROOT));
            languageGroup.add(choice);
            languages.put(language, choice);
            languageRow.add(choice);
        }
        JTextArea languageHint = ReadOnlyText.wrapping(text.get("settings.language.hint"));
        languageHint.putClientProperty("FlatLaf.styleClass", "h3");
        languageRow.add(languageHint, "span 3, wmin 0, growx");

        recoveryLabel = Labels.heading(text.get("settings.recovery"), "h2");
        recoveryCode = new RecoveryCodeCard(theme, text, "settings", this::codeWrittenDown);
        recoveryRow = new RecoveryCodeRow(theme, text, services.store(), signedIn, this::showCode,
                message::setText);

        message.setName("settings.message");
        message.putClientProperty("FlatLaf.styleClass", "hpWarning");

        back = new BigButton(theme, text.get("kiosk.back"));
        back.setName("settings.back");
        back.addActionListener(e -> {
            load();
            onBack.run();
        });
        exit = new BigButton(theme, text.get("settings.exit"));
        exit.setName("settings.exit");
        exit.putClientProperty("FlatLaf.style", "foreground: $Holdpoint.danger; borderColor: $Holdpoint.danger");
        exit.addActionListener(e -> {
            stopCapture();
            onExit.run();
        });
        therapists = new BigButton(theme, text.get("settings.therapists"));
        therapists.setName("settings.therapists");
        therapists.addActionListener(e -> {
            load();
            onTherapists.run();
        });
        save = BigButton.primary(theme, text.get("settings.save"));
        save.setName("settings.save");
        save.addActionListener(e -> save());

        carryOverDays = services.settings().current().carryOverDays();
        idleMinutes = services.settings().current().idleTimeout().toMinutes();
        form.setName("settings.form");
        scroll = TouchScroll.of(form, theme, theme.touchMinimum());
        arrange(false);
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                boolean narrowNow = getWidth() < narrowBelow();
                if (narrowNow != narrow) {
                    arrange(narrowNow);
                }
            }
        });
    }

    /** Below this width the labels go above their controls and the rows break in two. */
    private int narrowBelow() {
        return services.theme().dimension("Holdpoint.tile.minimumSize").width * 3;
    }

    /**
     * Wide: labels in a column on the left, each setting's controls on one line. Narrow (portrait): each label
     * above its controls, volume and the bottom buttons on two lines, so nothing runs off the right edge.
     */
    private void arrange(boolean narrowLayout) {
        narrow = narrowLayout;
        if (showingCode) {
            return; // the code card fills the screen until it is written down; then the form comes back
        }
        int gap = services.theme().integer("Holdpoint.key.gap");
        removeAll();
        form.removeAll();
        setLayout(new MigLayout("insets " + 2 * gap + " " + 4 * gap + " " + 2 * gap + " " + 4 * gap
                + ", fill, wrap 1, gap " + gap, "[grow, fill]", "[][grow, fill][][]"));
        add(title, "wmin 0");
        form.setLayout(narrow
                ? new MigLayout("insets 0, fillx, wrap 1, gap " + 2 * gap + " " + gap, "[grow, fill]")
                : new MigLayout("insets 0, fillx, wrap 2, gap " + 2 * gap + " " + gap, "[right][grow, fill]"));
        String label = narrow ? "gaptop " + gap : "";
        // First, so a warning about an old backup is seen without scrolling.
        form.add(backupLabel, (narrow ? label : "aligny top"));
        form.add(backups, "wmin 0, growx");
        JPanel volumeRow = row();
        volumeRow.add(less);
        volumeRow.add(volume, "wmin " + 2 * services.theme().touchMinimum() + "px, center");
        volumeRow.add(more, narrow ? "wrap" : "");
        volumeRow.add(test, narrow ? "span 3, split 2" : "gapleft " + 2 * gap);
        volumeRow.add(mute);
        form.add(volumeLabel, label);
        form.add(volumeRow);
        form.add(spokenLabel, (narrow ? label : "aligny top"));
        form.add(spokenRow, "wmin 0");
        form.add(themeLabel, label);
        form.add(themeRow);
        form.add(pedalsLabel, (narrow ? label : "aligny top"));
        form.add(pedals);
        form.add(sizeLabel, (narrow ? label : "aligny top"));
        form.add(sizeRow, "wmin 0");
        form.add(idleLabel, label);
        form.add(idleRow);
        form.add(carryOverLabel, (narrow ? label : "aligny top"));
        form.add(carryOverRow, "wmin 0");
        form.add(languageLabel, (narrow ? label : "aligny top"));
        form.add(languageRow, "wmin 0");
        form.add(recoveryLabel, (narrow ? label : "aligny top"));
        form.add(recoveryRow, "wmin 0");
        add(scroll);
        add(message, "wmin 0, growx");
        JPanel bottom = new JPanel(narrow
                ? new MigLayout("insets 0, fillx, wrap 2, gap " + gap, "[grow, fill, sg b][grow, fill, sg b]")
                : new MigLayout("insets 0, fillx, gap " + gap, "[][]" + 4 * gap + "[]push[]"));
        bottom.add(back);
        bottom.add(therapists);
        bottom.add(exit);
        bottom.add(save, narrow ? "" : "wmin " + services.theme().dimension("Holdpoint.bigButton.minimumSize").width * 3 / 2 + "px");
        add(bottom, "growx");
        showValues();
        revalidate();
        repaint();
    }

    /** Shows the settings as saved (the kiosk calls this each time the screen opens). */
    public void load() {
        stopCapture();
        KioskSettings current = services.settings().current();
        volumeValue = current.volume();
        idleMinutes = current.idleTimeout().toMinutes();
        carryOverDays = current.carryOverDays();
        mute.setSelected(current.muted());
        spoken.setSelected(current.spokenCues());
        dark.setSelected(current.theme() == Theme.Variant.DARK);
        light.setSelected(current.theme() == Theme.Variant.LIGHT);
        pedalKeys.clear();
        pedalKeys.addAll(current.pedalKeys());
        scaleValue = current.scale();
        languages.get(current.language()).setSelected(true);
        if (showingCode) {
            codeWrittenDown(); // left without "I have written it down": the code is not shown again
        }
        message.setText("");
        recoveryRow.reset();
        backups.refresh();
        services.applySound(current);
        showValues();
    }

    /** What the screen would save now. */
    public KioskSettings edited() {
        return new KioskSettings(volumeValue, mute.isSelected(),
                light.isSelected() ? Theme.Variant.LIGHT : Theme.Variant.DARK, pedalKeys,
                Duration.ofMinutes(idleMinutes), carryOverDays, scaleValue, spoken.isSelected(), chosenLanguage());
    }

    private KioskSettings.Language chosenLanguage() {
        return languages.entrySet().stream().filter(e -> e.getValue().isSelected()).map(java.util.Map.Entry::getKey)
                .findFirst().orElse(services.settings().current().language());
    }

    private void save() {
        stopCapture();
        try {
            services.settings().update(edited());
            message.setText(services.text().get("settings.saved"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "could not save the kiosk settings", e);
            message.setText(services.text().get("settings.saveFailed", FailureText.reason(e, services.text())));
            return;
        }
        load();
        message.setText(services.text().get("settings.saved"));
    }

    /** The new recovery code, over the whole screen, until the administrator has written it down. */
    private void showCode(String code) {
        stopCapture();
        showingCode = true;
        removeAll();
        setLayout(new MigLayout("insets 0, fill", "[grow, fill]", "[grow, fill]"));
        recoveryCode.show(code);
        add(recoveryCode);
        revalidate();
        repaint();
    }

    private void codeWrittenDown() {
        recoveryCode.forget();
        showingCode = false;
        arrange(narrow);
        message.setText(services.text().get("settings.recovery.made"));
    }

    /**
     * The administrator has left (signed out, idle, kiosk closing): stop waiting for a pedal and forget a recovery
     * code still on screen, so the next person to open Settings never finds it.
     */
    public void leave() {
        stopCapture();
        if (showingCode) {
            recoveryCode.forget();
            showingCode = false;
            arrange(narrow);
        }
    }

    /** The new recovery code on screen (empty once written down), for tests. */
    public String recoveryCodeShown() {
        return recoveryCode.codeShown();
    }

    private void volume(int delta) {
        volumeValue = Math.max(0, Math.min(100, volumeValue + delta));
        showValues();
    }

    /** One step larger or smaller, from the scale shown now (the automatic one when nothing was chosen). */
    private void resize(float delta) {
        float from = scaleValue.orElse(roundedScale(services.theme().scale()));
        scaleValue = Optional.of(roundedScale(Math.max(UiScale.MIN, Math.min(UiScale.MAX, from + delta))));
        showValues();
    }

    private static float roundedScale(float scale) {
        return Math.round(scale * 20) / 20f;
    }

    private void idle(int delta) {
        idleMinutes = Math.max(1, Math.min(60, idleMinutes + delta));
        showValues();
    }

    /** The next step of {@link #CARRY_OVER_STEPS} down or up (days; 0 turns carry-over off). */
    private void carryOver(int direction) {
        int next = carryOverDays;
        for (int i = 0; i < CARRY_OVER_STEPS.length; i++) {
            int step = CARRY_OVER_STEPS[direction > 0 ? i : CARRY_OVER_STEPS.length - 1 - i];
            if (direction > 0 ? step > carryOverDays : step < carryOverDays) {
                next = step;
                break;
            }
        }
        carryOverDays = next;
        showValues();
    }

    /**
     * Plays a cue at the volume shown, with its spoken word when spoken cues are chosen; leaving or reloading the
     * screen puts the saved sound back.
     */
    private void testTone() {
        services.sound().setMuted(false);
        services.sound().setVolume(volumeValue / 100.0);
        services.sound().setSpeech(spoken.isSelected() ? Optional.of(Voice.of(services.text().locale()))
                : Optional.empty());
        services.sound().play(Chime.PHASE_PROMPT, Word.INSTRUCT);
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
        carryOver.setText(services.text().get("settings.carryOver.value", carryOverDays));
        int percent = Math.round(scaleValue.orElse(services.theme().scale()) * 100);
        size.setText(services.text().get("settings.size.value", percent));
        automaticSize.setSelected(scaleValue.isEmpty());
        pedals.removeAll();
        if (pedalKeys.isEmpty()) {
            JTextArea none = ReadOnlyText.wrapping(services.text().get("settings.pedals.none"));
            none.putClientProperty("FlatLaf.styleClass", "h3");
            pedals.add(none, "span 2, wmin 0, growx");
        }
        for (String key : pedalKeys) {
            JLabel name = Labels.heading(displayName(key), "h2");
            BigButton remove = new BigButton(services.theme(), services.text().get("settings.pedals.remove"));
            remove.setName("settings.pedals.remove." + key);
            remove.addActionListener(e -> {
                pedalKeys.remove(key);
                showValues();
            });
            pedals.add(name, "wmin " + 3 * services.theme().touchMinimum() + "px");
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

    /**
     * A row with {@code value} (named {@code name}) between a "less" and a "more" button (named {@code name.less}
     * and {@code name.more}); {@code afterMore} are the "more" button's constraints.
     */
    private JPanel stepper(JLabel value, String name, int touchWidths, Runnable less, Runnable more,
            String afterMore) {
        value.setName(name);
        value.putClientProperty("FlatLaf.styleClass", "hpValue");
        JPanel row = row();
        row.add(small(services.text().get("settings.less"), name + ".less", less));
        row.add(value, "wmin " + touchWidths * services.theme().touchMinimum() + "px, center");
        row.add(small(services.text().get("settings.more"), name + ".more", more), afterMore);
        return row;
    }

    private JButton small(String label, String name, Runnable action) {
        JButton button = new JButton(label);
        button.putClientProperty("FlatLaf.styleClass", "hpBig");
        button.setFocusable(false);
        button.setName(name);
        button.addActionListener(e -> action.run());
        return TouchTarget.atLeast(button, services.theme().dimension("Holdpoint.key.minimumSize"));
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
