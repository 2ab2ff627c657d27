package dev.authdash.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** JSON values, checked by reading them back with Jackson. */
class JsonTest {
  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void everyCharacterOfAString_survivesARealParser() throws Exception {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    all.append("ü → é \u2028\u2029 😀");

    assertThat(mapper.readValue(Json.string(all.toString()), String.class))
        .isEqualTo(all.toString());
  }

  @Test
  void values_areTypedAsJsonTypes_andInstantsAreIsoUtc() {
    assertThat(Json.value(null)).isEqualTo("null");
    assertThat(Json.value(true)).isEqualTo("true");
    assertThat(Json.value(42L)).isEqualTo("42");
    assertThat(Json.value(Instant.parse("2026-11-27T11:49:34.123456Z")))
        .isEqualTo("\"2026-11-27T11:49:34.123456Z\"");
    assertThat(Json.value("</script>")).isEqualTo("\"</script>\"");
  }
}
