package dev.authdash.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.testing.CsvReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and OWASP's formula escaping, cell by cell and read back. */
class CsvTest {

  @Test
  void plainCells_areWrittenAsTheyAre_andLinesEndInCrlf() {
    assertThat(Csv.line(List.of("alice", "ADMIN", "2026-01-02T03:04:05Z")))
        .isEqualTo("alice,ADMIN,2026-01-02T03:04:05Z\r\n");
  }

  @Test
  void cellsWithCommasQuotesOrLineBreaks_areQuoted_withQuotesDoubled() {
    assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
  }

  @Test
  void cellsAFormulaWouldStartWith_getALeadingQuote() {
    assertThat(Csv.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.cell("+41 79")).isEqualTo("'+41 79");
    assertThat(Csv.cell("-2")).isEqualTo("'-2");
    assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.cell("\tx")).isEqualTo("'\tx");
    assertThat(Csv.cell("\rx")).isEqualTo("\"'\rx\"");
    assertThat(Csv.cell("=HYPERLINK(\"http://x\",\"a,b\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"");
  }

  @Test
  void aFormulaCharacterAfterTheStart_andEmptyOrNullCells_areLeftAlone() {
    assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    assertThat(Csv.cell("USER → ADMIN")).isEqualTo("USER → ADMIN");
    assertThat(Csv.cell("")).isEmpty();
    assertThat(Csv.cell(null)).isEmpty();
  }

  @Test
  void everyTrickyCell_readsBackAsWritten_withTheFormulaEscapeKept() {
    List<String> cells =
        Arrays.asList(
            "plain", "a,b", "\"q\"", "x\r\ny", "=cmd|' /C calc'!A0", "-1", "", null, "ü → é");

    List<List<String>> read = CsvReader.read(Csv.line(cells) + Csv.line(List.of("next")));

    assertThat(read)
        .containsExactly(
            List.of(
                "plain", "a,b", "\"q\"", "x\r\ny", "'=cmd|' /C calc'!A0", "'-1", "", "", "ü → é"),
            List.of("next"));
  }
}
