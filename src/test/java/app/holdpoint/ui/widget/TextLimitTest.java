package app.holdpoint.ui.widget;

import static org.assertj.core.api.Assertions.assertThat;

import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.text.BadLocationException;

import org.junit.jupiter.api.Test;

class TextLimitTest {

    @Test
    void typingStopsAtTheLimit() throws BadLocationException {
        JTextField field = new JTextField();
        TextLimit.apply(field, 5);
        field.getDocument().insertString(0, "abcd", null);
        field.getDocument().insertString(4, "e", null);
        field.getDocument().insertString(5, "f", null);
        assertThat(field.getText()).isEqualTo("abcde");
    }

    @Test
    void aPasteKeepsWhatFitsAndAReplacementCountsTheRemovedText() {
        JTextArea area = new JTextArea();
        TextLimit.apply(area, 6);
        area.setText("12345678");
        assertThat(area.getText()).isEqualTo("123456");
        area.select(0, 3);
        area.replaceSelection("abcdef");
        assertThat(area.getText()).isEqualTo("abc456");
    }

    @Test
    void aCharacterOfTwoUnitsIsNeverCutInHalf() {
        String clef = "\uD834\uDD1E";
        assertThat(TextLimit.fitting("ab" + clef, 3)).isEqualTo("ab");
        assertThat(TextLimit.fitting("ab" + clef, 4)).isEqualTo("ab" + clef);
        assertThat(TextLimit.fitting("abc", 0)).isEmpty();
        assertThat(TextLimit.fitting(null, 3)).isEmpty();
    }
}
