package app.holdpoint.audit.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names in every alphabet print as written, in fonts shipped with the product (issue 14). */
class PdfUnicodeTest {

    private static byte[] pdf(String... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDoc doc = new PdfDoc("footer")) {
            for (String value : values) {
                doc.field("Therapist", value);
            }
            doc.table(new float[] {1, 1}, new String[] {"Name", "Client"},
                    List.<String[]>of(values.length > 0 ? new String[] {values[0], values[0]} : new String[] {"", ""}),
                    List.of(false));
            doc.save(bytes);
        }
        return bytes.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("\r\n", "\n");
        }
    }

    private static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    @ParameterizedTest
    @ValueSource(strings = {"Łucja Wróbel", "Dvořák Šťěpán", "Ζωή Παπαδοπούλου", "Жанна Иванова", "Zoé Ørsted",
        "Nguyễn Thị Ánh", "李小龍", "山田 花子"})
    void aNameInAnyAlphabetPrintsAsWritten(String name) throws IOException {
        String text = text(pdf(name));
        assertThat(text).contains("Therapist " + name).doesNotContain("?").doesNotContain("[U+");
    }

    @Test
    void theFontsAreEmbeddedSubsetsOfTheShippedOnesWithTheCjkFallbackOnlyWhenNeeded() throws IOException {
        List<PDFont> latin = fonts(pdf("Łucja Wróbel"));
        assertThat(latin).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        assertThat(latin).extracting(PDFont::getName)
                .allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
        assertThat(fonts(pdf("李小龍"))).extracting(PDFont::getName)
                .anyMatch(name -> name.matches("[A-Z]{6}\\+DroidSansFallback.*"));
    }

    @Test
    void aCharacterNoFontHasIsShownByItsNumberAndTheReportSaysSo() throws IOException {
        // Hangul is in neither DejaVu Sans nor Droid Sans Fallback; an Egyptian hieroglyph in no font at all.
        String text = text(pdf("Ana \uD80C\uDC00 김 Test"));
        assertThat(text).contains("Therapist Ana [U+13000] [U+AE40] Test");
        assertThat(text.replace("\n", " ")).contains("Some characters could not be printed with this report's "
                + "fonts and are shown as their Unicode numbers in brackets: U+AE40, U+13000.");
        assertThat(text).doesNotContain("?");
    }

    @Test
    void pdfBoxFontMessagesNeverReachTheConsole() throws IOException {
        pdf("李小龍");
        for (String name : List.of("org.apache.pdfbox", "org.apache.fontbox")) {
            Logger logger = Logger.getLogger(name);
            assertThat(logger.isLoggable(Level.SEVERE)).as(name).isFalse();
            assertThat(logger.getUseParentHandlers()).as(name).isFalse();
        }
    }

    @Test
    void aTableHeaderWrapsBetweenWordsNeverInsideOne() throws IOException {
        try (PdfDoc doc = new PdfDoc("footer")) {
            float[] widths = doc.columns(new float[] {24, 8, 10, 10, 10, 10, 10, 17}, PeriodSummaryPdf.COLUMNS,
                    PdfDoc.BODY - 1);
            float total = 0;
            for (int i = 0; i < widths.length; i++) {
                total += widths[i];
                List<String> lines = doc.wrap(PeriodSummaryPdf.COLUMNS[i], doc.bold, PdfDoc.BODY - 1, widths[i] - 4);
                List<String> words = List.of(PeriodSummaryPdf.COLUMNS[i].split(" "));
                for (String line : lines) {
                    assertThat(words).as("column %d line '%s'", i, line)
                            .containsAll(line.isEmpty() ? List.of() : List.of(line.split(" ")));
                }
            }
            assertThat(total).isCloseTo(doc.width(), Offset.offset(0.5f));
        }
    }
}
