package app.holdpoint.audit.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import app.holdpoint.audit.ReportText;

/**
 * A flowing A4 document over PDFBox: headings, label/value lines, wrapped paragraphs, tables that break across
 * pages (repeating their header) and images, with "page n of m" footers. Text is written in the embedded Unicode
 * fonts of {@link PdfFonts}; a character none of them has is written as [U+XXXX] and listed at the end.
 */
final class PdfDoc implements AutoCloseable {
    static final float MARGIN = 48;
    static final float BODY = 10;
    private static final float LEADING = 1.35f;
    private static final float[] HIGHLIGHT = {1f, 0.92f, 0.80f};
    private static final float[] HEADER_FILL = {0.88f, 0.90f, 0.93f};

    final PDDocument document = new PDDocument();
    private final PdfFonts fonts;
    final PDFont regular;
    final PDFont bold;
    private final String footer;
    private final ReportText words;
    private PDPageContentStream content;
    private float y;

    PdfDoc(String footer) throws IOException {
        this(footer, ReportText.ENGLISH);
    }

    /** @param words the language of the page footers and of the note on unprintable characters */
    PdfDoc(String footer, ReportText words) throws IOException {
        this.footer = footer;
        this.words = words;
        this.fonts = new PdfFonts(document, words);
        this.regular = fonts.regular;
        this.bold = fonts.bold;
        newPage();
    }

    float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void title(String text) throws IOException {
        line(text, bold, 16);
        y -= 4;
    }

    void heading(String text) throws IOException {
        ensure(BODY * 4);
        y -= 8;
        line(text, bold, 12);
        y -= 2;
    }

    /** A bold label in a fixed column, its value wrapped beside it. */
    void field(String label, String value) throws IOException {
        float labelWidth = 120;
        float room = width() - labelWidth;
        // One long word (a hash) is printed smaller rather than broken, down to a size still legible.
        float size = !value.isEmpty() && value.indexOf(' ') < 0 && width(value, regular, BODY) > room
                ? Math.max(7, BODY * room / width(value, regular, BODY) - 0.05f) : BODY;
        List<String> lines = wrap(value.isEmpty() ? "-" : value, regular, size, room);
        ensure(lines.size() * BODY * LEADING);
        text(label, bold, BODY, MARGIN, y - BODY);
        for (String line : lines) {
            text(line, regular, size, MARGIN + labelWidth, y - BODY);
            y -= BODY * LEADING;
        }
    }

    void paragraph(String text) throws IOException {
        paragraph(text, regular);
    }

    void paragraph(String text, PDFont font) throws IOException {
        for (String line : wrap(text, font, BODY, width())) {
            line(line, font, BODY);
        }
    }

    void space(float points) {
        y -= points;
    }

    /**
     * A table with wrapped cells; a row that does not fit starts a new page, which repeats the header.
     *
     * @param highlighted rows drawn on a tinted background (deviations)
     */
    void table(float[] shares, String[] header, List<String[]> rows, List<Boolean> highlighted) throws IOException {
        float size = BODY - 1;
        float[] widths = columns(shares, header, size);
        ensure(size * LEADING * 4);
        row(widths, header, bold, size, HEADER_FILL);
        for (int r = 0; r < rows.size(); r++) {
            float height = rowHeight(widths, rows.get(r), size);
            if (y - height < MARGIN + 20) {
                newPage();
                row(widths, header, bold, size, HEADER_FILL);
            }
            row(widths, rows.get(r), regular, size, highlighted.get(r) ? HIGHLIGHT : null);
        }
        y -= 4;
    }

    /**
     * Column widths by share, but never narrower than the longest word of the column's header, so a header
     * wraps between words and never inside one ("Short-" / "ened"). Columns that need more take it from the
     * others in proportion to their shares.
     */
    float[] columns(float[] shares, String[] header, float size) throws IOException {
        int n = shares.length;
        float[] least = new float[n];
        for (int i = 0; i < n; i++) {
            for (String word : header[i].split("\\s+")) {
                least[i] = Math.max(least[i], width(word, bold, size) + 4.5f);
            }
        }
        float[] widths = new float[n];
        boolean[] fixed = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            float free = width();
            float freeShares = 0;
            for (int i = 0; i < n; i++) {
                if (fixed[i]) {
                    free -= least[i];
                } else {
                    freeShares += shares[i];
                }
            }
            for (int i = 0; i < n; i++) {
                widths[i] = fixed[i] ? least[i] : freeShares == 0 ? 0 : free * shares[i] / freeShares;
                if (!fixed[i] && widths[i] < least[i]) {
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
        return widths;
    }

    void image(PDImageXObject image, float width, float height) throws IOException {
        ensure(height + 8);
        content.drawImage(image, MARGIN, y - height, width, height);
        y -= height + 8;
    }

    /** A line to sign on, with a caption under it. */
    void signatureLine(String caption) throws IOException {
        ensure(BODY * 6);
        y -= BODY * 3;
        content.setLineWidth(0.7f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + 260, y);
        content.stroke();
        text(caption, regular, BODY - 1, MARGIN, y - BODY);
        y -= BODY * 2;
    }

    /** Adds the footers and writes the document. */
    void save(OutputStream out) throws IOException {
        if (!fonts.missing().isEmpty()) {
            StringBuilder list = new StringBuilder();
            for (int cp : fonts.missing()) {
                list.append(list.length() == 0 ? "" : ", ").append(String.format("U+%04X", cp));
            }
            space(6);
            paragraph(words.get("pdf.unprintable", list.toString()), bold);
        }
        content.close();
        content = null;
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String pageText = words.get("pdf.page", Integer.toString(i + 1), Integer.toString(pages));
                writeAt(foot, footer, regular, 8, MARGIN, MARGIN - 20);
                writeAt(foot, pageText, regular, 8, PDRectangle.A4.getWidth() - MARGIN
                        - fonts.width(pageText, regular, 8), MARGIN - 20);
            }
        }
        document.save(out);
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
        }
        document.close();
    }

    private void row(float[] widths, String[] cells, PDFont font, float size, float[] fill) throws IOException {
        float height = rowHeight(widths, cells, size);
        if (fill != null) {
            content.setNonStrokingColor(fill[0], fill[1], fill[2]);
            content.addRect(MARGIN, y - height, width(), height);
            content.fill();
            content.setNonStrokingColor(0f, 0f, 0f);
        }
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            float lineY = y - size - 2;
            for (String line : wrap(cells[c], font, size, widths[c] - 4)) {
                text(line, font, size, x + 2, lineY);
                lineY -= size * LEADING;
            }
            x += widths[c];
        }
        content.setStrokingColor(0.75f, 0.75f, 0.75f);
        content.setLineWidth(0.4f);
        content.moveTo(MARGIN, y - height);
        content.lineTo(MARGIN + width(), y - height);
        content.stroke();
        content.setStrokingColor(0f, 0f, 0f);
        y -= height;
    }

    private float rowHeight(float[] widths, String[] cells, float size) throws IOException {
        int lines = 1;
        for (int c = 0; c < widths.length; c++) {
            lines = Math.max(lines, wrap(cells[c], regular, size, widths[c] - 4).size());
        }
        return lines * size * LEADING + 4;
    }

    private void line(String text, PDFont font, float size) throws IOException {
        ensure(size * LEADING);
        text(text, font, size, MARGIN, y - size);
        y -= size * LEADING;
    }

    private void ensure(float height) throws IOException {
        if (y - height < MARGIN + 10) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(String text, PDFont font, float size, float x, float baseline) throws IOException {
        writeAt(content, text, font, size, x, baseline);
    }

    private void writeAt(PDPageContentStream stream, String text, PDFont font, float size, float x, float baseline)
            throws IOException {
        stream.beginText();
        stream.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : fonts.runs(text, font)) {
            stream.setFont(run.font(), size);
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** Greedy word wrap; a word longer than the width is broken after a hyphen if it has one, else where it must. */
    List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, font, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(rest, font, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(rest.substring(0, cut), font, size) > width) {
                        cut--;
                    }
                    if (cut > 1 && Character.isLowSurrogate(rest.charAt(cut))) {
                        cut--;
                    }
                    int hyphen = rest.lastIndexOf('-', cut - 1);
                    if (hyphen > 0) {
                        cut = hyphen + 1;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float width(String text, PDFont font, float size) throws IOException {
        return fonts.width(text, font, size);
    }
}
