package app.holdpoint.ui.audit;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JTable;
import javax.swing.SwingUtilities;

import app.holdpoint.store.AuditFilter;
import app.holdpoint.store.AuditSort;
import app.holdpoint.store.SessionStore;
import app.holdpoint.ui.Text;

/**
 * For the benchmark: scrolls the real sessions table model page by page as a user would (each page fetched on
 * the reads executor), and times what the EDT spends per page: taking the page in and painting the rows now in
 * view. Headless: a JTable paints into an image without a screen.
 */
public final class ScrollProbe {
    private ScrollProbe() {
    }

    /** Nanoseconds on the EDT per page (append + paint of the visible rows), for {@code pages} pages. */
    public static long[] scroll(SessionStore store, Executor reads, int pages) throws InterruptedException,
            InvocationTargetException {
        AtomicReference<SessionTableModel> model = new AtomicReference<>();
        AtomicReference<JTable> table = new AtomicReference<>();
        long[] edt = new long[pages];
        CountDownLatch[] arrived = {new CountDownLatch(1)};
        long[] appendStart = {0};
        SwingUtilities.invokeAndWait(() -> {
            SessionTableModel m = new SessionTableModel(store, reads, new Text(Locale.ENGLISH), ZoneOffset.UTC);
            m.onPageLoaded(rows -> arrived[0].countDown());
            JTable t = new JTable(m);
            t.setRowHeight(44);
            t.setSize(1248, 44 * 14);
            model.set(m);
            table.set(t);
            m.show(AuditFilter.all(), AuditSort.newestFirst());
        });
        for (int page = 0; page < pages; page++) {
            if (!arrived[0].await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("page " + page + " did not arrive");
            }
            int index = page;
            SwingUtilities.invokeAndWait(() -> {
                long t0 = System.nanoTime();
                JTable t = table.get();
                SessionTableModel m = model.get();
                t.setSize(1248, 44 * m.getRowCount());
                int last = m.getRowCount() - 1;
                Rectangle view = t.getCellRect(Math.max(0, last - 13), 0, true).union(t.getCellRect(last, 8, true));
                BufferedImage image = new BufferedImage(1248, view.height, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.translate(0, -view.y);
                g.setClip(view);
                t.paint(g);
                g.dispose();
                edt[index] = System.nanoTime() - t0 + appendStart[0];
                arrived[0] = new CountDownLatch(1);
                appendStart[0] = 0;
                m.need(last + 1); // the user reached the end of what is loaded: the next page
            });
        }
        return edt;
    }
}
