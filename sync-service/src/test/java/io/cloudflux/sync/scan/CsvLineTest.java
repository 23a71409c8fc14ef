package io.cloudflux.sync.scan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

    @Test
    void shouldSplitQuotedFieldsKeepingCommasAndDoubledQuotesInside() {
        assertThat(InventoryReportPages.CsvLine.parse("\"b\",\"a,b\",\"say \"\"hi\"\"\",,\"\""))
                .containsExactly("b", "a,b", "say \"hi\"", "", "");
    }
}
