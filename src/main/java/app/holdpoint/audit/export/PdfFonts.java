package app.holdpoint.audit.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import app.holdpoint.audit.ReportText;

/**
 * The Unicode fonts a PDF is written in, shipped as resources and embedded as subsets: DejaVu Sans (regular and
 * bold: Latin, Greek, Cyrillic, …) and Droid Sans Fallback for what DejaVu lacks (CJK). Text is split into runs,
 * each character in the first font that has its glyph; a character neither has is written as {@code [U+XXXX]}
 * and remembered, so the report can say so instead of printing '?'.
 */
final class PdfFonts {
    private static final String FOLDER = "/app/holdpoint/fonts/";
    /** PDFBox logs font substitutions and glyph lookups through JUL by default; none of it is for a person. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"));

    static {
        for (Logger logger : QUIET) {
            logger.setLevel(Level.OFF);
            logger.setUseParentHandlers(false);
        }
    }

    /** A piece of text in one font. */
    record Run(String text, PDFont font) {
    }

    private final PDDocument document;
    private final ReportText words;
    final PDFont regular;
    final PDFont bold;
    private PDFont fallback;
    private final Map<PDFont, Map<Integer, Boolean>> shows = new HashMap<>();
    private final Set<Integer> missing = new TreeSet<>();

    /** @param words the language of a font failure's message (a fault of the package, not of the record) */
    PdfFonts(PDDocument document, ReportText words) {
        this.document = document;
        this.words = words;
        this.regular = load("DejaVuSans.ttf");
        this.bold = load("DejaVuSans-Bold.ttf");
    }

    private PDFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(words.get("pdf.fontMissing", file));
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(words.get("pdf.fontUnreadable", file), e);
        }
    }

    /** The CJK fallback is four megabytes; it is read only for a document that needs it. */
    private PDFont fallback() {
        if (fallback == null) {
            fallback = load("DroidSansFallbackFull.ttf");
        }
        return fallback;
    }

    /**
     * The text as runs: each character in {@code font} when it has the glyph, else in the fallback; tabs and CR
     * become spaces, other control characters are left out; a character no font has becomes {@code [U+XXXX]}.
     */
    List<Run> runs(String text, PDFont font) {
        List<Run> runs = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        PDFont current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\r') {
                cp = ' ';
            }
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                continue;
            }
            PDFont chosen = shows(font, cp) ? font : shows(fallback(), cp) ? fallback : null;
            String add = new String(Character.toChars(cp));
            if (chosen == null) {
                missing.add(cp);
                chosen = font;
                add = String.format("[U+%04X]", cp);
            }
            if (chosen != current && piece.length() > 0) {
                runs.add(new Run(piece.toString(), current));
                piece.setLength(0);
            }
            current = chosen;
            piece.append(add);
        }
        if (piece.length() > 0) {
            runs.add(new Run(piece.toString(), current));
        }
        return runs;
    }

    /** Width in points of the text as {@link #runs} writes it. */
    float width(String text, PDFont font, float size) throws IOException {
        float width = 0;
        for (Run run : runs(text, font)) {
            width += run.font().getStringWidth(run.text()) / 1000 * size;
        }
        return width;
    }

    /** Characters no embedded font could show, in code point order. */
    Set<Integer> missing() {
        return missing;
    }

    private boolean shows(PDFont font, int codePoint) {
        if (codePoint == ' ') {
            return true;
        }
        return shows.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }
}
