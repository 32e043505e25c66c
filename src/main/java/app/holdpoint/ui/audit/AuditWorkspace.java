package app.holdpoint.ui.audit;

import java.awt.CardLayout;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import javax.swing.JLabel;
import javax.swing.JPanel;

import net.miginfocom.swing.MigLayout;

import app.holdpoint.audit.export.CsvForm;
import app.holdpoint.protocol.Catalog;
import app.holdpoint.store.SessionStore;
import app.holdpoint.store.VerifyResult;
import app.holdpoint.ui.Text;
import app.holdpoint.ui.theme.Theme;
import app.holdpoint.ui.widget.BigButton;

/**
 * The clinic's audit workspace: sessions, one session's detail, summaries, integrity and exports. Shown inside
 * the kiosk to administrators, and in a desktop window by {@code audit-ui}. Every store read runs on
 * {@code reads}; writes (addenda) hand their results back to the EDT.
 *
 * @param onClose        present in the kiosk (a button back to the picker); empty in the desktop window
 * @param settingsFolder where the workspace keeps its deviation tolerance (the data folder); empty: not kept
 */
public final class AuditWorkspace extends JPanel {
    static final String LIST = "list";
    static final String DETAIL = "detail";
    static final String ADDENDUM = "addendum";
    static final String SUMMARY = "summary";

    private final CardLayout cards = new CardLayout();
    private final JPanel deck = new JPanel(cards);
    private final SessionList list;
    private final DetailPanel detail;
    private final AddendumForm addendum;
    private final IntegrityBanner integrity;
    private final AuditSettings settings;
    private final SummaryPanel summary;
    private final Exports exports;
    private final Text text;
    private String card = LIST;

    public AuditWorkspace(SessionStore store, Catalog catalog, Theme theme, Text text, Executor reads, Clock clock,
                          Optional<Runnable> onClose, Optional<Path> settingsFolder) {
        setName("audit");
        this.text = text;
        settings = new AuditSettings(settingsFolder);
        integrity = new IntegrityBanner(store, reads, text, theme);
        list = new SessionList(store, theme, text, reads, clock, this::openSession);
        detail = new DetailPanel(store, catalog, theme, text, reads, clock, new DetailPanel.Actions() {
            @Override
            public void back() {
                showCard(LIST);
            }

            @Override
            public void addAddendum(long sessionId) {
                addendum.start(sessionId);
                showCard(ADDENDUM);
            }
        });
        addendum = new AddendumForm(store, theme, text, reads, clock);
        addendum.onDone((sessionId, added) -> {
            showCard(DETAIL);
            if (added) {
                openSession(sessionId);
            }
        });
        summary = new SummaryPanel(store, theme, text, reads, clock.getZone());
        exports = new Exports(store, catalog, text, reads, clock, settingsFolder.orElse(Path.of(
                System.getProperty("user.home"))).resolve("holdpoint-exports"));
        JPanel summaryCard = new JPanel(new MigLayout("insets 0, gap " + theme.integer("Holdpoint.audit.gap")
                + ", fill", "[][grow][]", "[][grow, fill]"));
        summaryCard.setOpaque(false);
        BigButton summaryBack = new BigButton(theme, text.get("audit.back"));
        summaryBack.setName("auditSummaryBack");
        summaryBack.addActionListener(e -> showCard(LIST));
        BigButton summaryPdf = new BigButton(theme, text.get("audit.export.pdfButton"));
        summaryPdf.setName("auditSummaryPdf");
        summaryPdf.addActionListener(e -> exports.summaryPdf(list.model().filter(), settings.tolerance(),
                message -> list.message(message, false)));
        summaryCard.add(summaryBack);
        summaryCard.add(new JLabel());
        summaryCard.add(summaryPdf, "wrap");
        summaryCard.add(summary, "span 3, grow, wmin 0");

        BigButton summaries = new BigButton(theme, text.get("audit.summaries"));
        summaries.setName("auditSummariesButton");
        summaries.addActionListener(e -> {
            summary.show(list.model().filter(), settings::tolerance);
            showCard(SUMMARY);
        });
        BigButton csv = new BigButton(theme, text.get("audit.export.csvButton"));
        csv.setName("auditExportCsv");
        csv.addActionListener(e -> exports.sessionsCsv(list.model().filter(), message -> list.message(message,
                message.startsWith(text.get("audit.export.failed", "").trim()))));
        // Beside the plain file for tools, one a double-click in Excel reads as UTF-8 ("Zoé", not "ZoÃ©").
        BigButton excel = new BigButton(theme, text.get("audit.export.excelButton"));
        excel.setName("auditExportExcel");
        excel.addActionListener(e -> exports.sessionsCsv(list.model().filter(), CsvForm.EXCEL,
                message -> list.message(message, message.startsWith(text.get("audit.export.failed", "").trim()))));
        list.addAction(summaries);
        list.addAction(csv);
        list.addAction(excel);
        BigButton sessionPdf = new BigButton(theme, text.get("audit.export.pdfButton"));
        sessionPdf.setName("auditSessionPdf");
        sessionPdf.addActionListener(e -> exports.sessionPdf(detail.shown(), settings.tolerance(),
                integrity.result(), detail::message));
        detail.addAction(sessionPdf);

        deck.setOpaque(false);
        deck.add(list, LIST);
        deck.add(detail, DETAIL);
        deck.add(addendum, ADDENDUM);
        deck.add(summaryCard, SUMMARY);

        JLabel title = new JLabel(text.get("audit.title"));
        title.setFont(theme.font("h1.font"));
        JLabel toleranceLabel = new JLabel(text.get("audit.tolerance"));
        toleranceLabel.setName("auditToleranceLabel");
        JLabel tolerance = new JLabel();
        tolerance.setName("auditTolerance");
        tolerance.setFont(theme.font("h2.font"));
        BigButton less = new BigButton(theme, "\u2212");
        less.setName("auditToleranceLess");
        BigButton more = new BigButton(theme, "+");
        more.setName("auditToleranceMore");
        Runnable shown = () -> tolerance.setText(Long.toString(settings.tolerance().getSeconds()));
        less.addActionListener(e -> {
            settings.tolerance(settings.tolerance().minusSeconds(1));
            shown.run();
        });
        more.addActionListener(e -> {
            settings.tolerance(settings.tolerance().plusSeconds(1));
            shown.run();
        });
        shown.run();
        int gap = theme.integer("Holdpoint.audit.gap");
        int inset = theme.integer("Holdpoint.audit.inset");
        int touch = theme.integer("Holdpoint.touch.minimum"); // design pixels: MigLayout scales them
        // The banner has a row of its own: its message is long and must never be cut.
        setLayout(new MigLayout("insets " + inset + ", gap " + gap + ", fill, hidemode 3",
                "[][grow][][][][][]", "[][][grow, fill]"));
        add(title);
        add(new JLabel());
        add(toleranceLabel);
        add(less, "w " + touch + "!, h " + touch + "!");
        add(tolerance, "wmin " + touch + ", center");
        add(more, "w " + touch + "!, h " + touch + "!");
        if (onClose.isPresent()) {
            BigButton close = new BigButton(theme, text.get("audit.close"));
            close.setName("auditClose");
            close.addActionListener(e -> onClose.get().run());
            add(close, "wrap");
        } else {
            add(new JLabel(), "wrap");
        }
        add(integrity, "span, growx, wmin 0, wrap");
        add(deck, "span, grow, wmin 0");
    }

    /** Loads the first page afresh and re-verifies the record (the kiosk calls this each time it opens). */
    public void refresh() {
        showCard(LIST);
        list.refresh();
        integrity.verify(this::verified);
    }

    private void verified(VerifyResult result) {
        list.model().failing(result.failingSessions());
    }

    private void openSession(long sessionId) {
        detail.show(sessionId, settings.tolerance(), () -> integrity.result().map(r -> r.findingsFor(sessionId)
                .stream().map(finding -> finding.worded(text::get)).toList()).orElse(List.of()));
        showCard(DETAIL);
    }

    private void showCard(String name) {
        card = name;
        cards.show(deck, name);
    }

    String card() {
        return card;
    }

    SessionList sessions() {
        return list;
    }

    DetailPanel detail() {
        return detail;
    }

    SummaryPanel summary() {
        return summary;
    }

    Exports exports() {
        return exports;
    }

    IntegrityBanner integrity() {
        return integrity;
    }
}
