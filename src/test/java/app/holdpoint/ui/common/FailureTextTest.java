package app.holdpoint.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import app.holdpoint.store.StoreException;
import app.holdpoint.store.StoreProblem;
import app.holdpoint.ui.Text;

/** A failure on screen is said in the kiosk's language; the exception's own text never reaches it. */
class FailureTextTest {
    private static final Text ENGLISH = new Text(Locale.ENGLISH);
    private static final Text GERMAN = new Text(Locale.GERMAN);

    @Test
    void aKnownStoreProblemInEachLanguage() {
        StoreException readOnly = new StoreException(StoreProblem.READ_ONLY);
        assertThat(FailureText.reason(new CompletionException(readOnly), ENGLISH)).isEqualTo(readOnly.getMessage());
        assertThat(FailureText.reason(readOnly, GERMAN)).isEqualTo(GERMAN.get("store.problem.READ_ONLY"));
    }

    @Test
    void anotherStoreSentenceIsShownAsItIsInEnglishOnlyAndNeverAsBlank() {
        StoreException sealed = new StoreException("session 12 is sealed; corrections are addenda");
        assertThat(FailureText.reason(sealed, ENGLISH)).isEqualTo(sealed.getMessage());
        assertThat(FailureText.reason(sealed, GERMAN)).isEqualTo(GERMAN.get("failure.store"));
        assertThat(FailureText.reason(new StoreException(" "), ENGLISH)).isEqualTo(ENGLISH.get("failure.store"));
    }

    @Test
    void aFileTheSystemRefusedIsNamedNotQuoted() {
        assertThat(FailureText.reason(new AccessDeniedException("/media/usb/x.pdf"), GERMAN))
                .isEqualTo(GERMAN.get("failure.denied", "/media/usb/x.pdf"));
        assertThat(FailureText.reason(new FileSystemException("/exports", null, "Input/output error"), GERMAN))
                .isEqualTo(GERMAN.get("failure.file", "/exports")).doesNotContain("Input/output");
        assertThat(FailureText.reason(new FileSystemException("/exports", null, "No space left on device"),
                ENGLISH)).isEqualTo(StoreProblem.DISK_FULL.english());
    }

    @Test
    void rawFailuresAreSaidInGeneralWordsInBothLanguages() {
        for (Throwable raw : new Throwable[] {new IOException("Broken pipe"), new IllegalStateException(),
                new SQLException("Table SESSION not found [42102-224]"), new NullPointerException()}) {
            assertThat(FailureText.reason(raw, ENGLISH)).isEqualTo(ENGLISH.get("failure.unexpected"));
            assertThat(FailureText.reason(raw, GERMAN)).isEqualTo(GERMAN.get("failure.unexpected"));
        }
    }
}
