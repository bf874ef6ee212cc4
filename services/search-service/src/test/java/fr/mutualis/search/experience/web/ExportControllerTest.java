package fr.mutualis.search.experience.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The CSV export never hands a spreadsheet a formula. */
class ExportControllerTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "=HYPERLINK(\"http://x\")\nsuite", "+33 1\r\n", "-2+3\n", "@SUM(A1)\nx",
            "\t=1+1", "\r=1+1", "=\n"})
    void aCellAFormulaCouldStartIsPrefixedWhateverFollows(String cell) {
        assertThat(ExportController.line(List.of(cell)))
                .isEqualTo("\"'" + cell.replace("\"", "\"\"") + "\"\r\n");
    }

    @Test
    void otherCellsAreOnlyQuoted() {
        assertThat(ExportController.line(List.of("Dématérialisation = gain", "", "Dire \"oui\"")))
                .isEqualTo("\"Dématérialisation = gain\";\"\";\"Dire \"\"oui\"\"\"\r\n");
    }
}
