package org.partnershipledger.query.export;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTest {

	@Test
	void cellsWithCommasQuotesOrLineBreaksAreQuotedAndLinesEndWithCrLf() {
		String csv = Csv.of(List.of("title", "note"),
				List.of(List.of("Homes, together", "She said \"yes\""), Arrays.asList("Line\nbreak", null)));

		assertThat(csv).isEqualTo("title,note\r\n\"Homes, together\",\"She said \"\"yes\"\"\"\r\n\"Line\nbreak\",\r\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1" })
	void whatASpreadsheetWouldRunAsAFormulaStartsWithAnApostrophe(String value) {
		assertThat(Csv.cell(value)).contains("'" + value.charAt(0));
		assertThat(Csv.cell(value).replace("\"", "")).startsWith("'");
	}

	@Test
	void plainTextIsLeftAsItIs() {
		assertThat(Csv.cell("Shelter Trust")).isEqualTo("Shelter Trust");
		assertThat(Csv.cell("2025-04-01")).isEqualTo("2025-04-01");
	}

}
