package dev.authdash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON writer escapes what it must and keeps the documented key order. */
class JsonTest {

  @Test
  void writesValidJson_inKeyOrder_escapingQuotesControlsAndSeparators() throws Exception {
    String text = "quote \" back \\ tab \t nl \n bell \u0007 ls \u2028 arrow →";
    String json =
        Json.write(
            Json.obj(
                "z", text,
                "a", Arrays.asList(1, 2.5, true, null),
                "at", Instant.parse("2026-01-01T00:00:00Z"),
                "nested", Json.obj("list", List.of())));

    assertThat(json).startsWith("{\"z\":").contains("\\u0007").contains("\\u2028");
    assertThat(new ObjectMapper().readTree(json).get("z").asText()).isEqualTo(text);
    assertThat(json)
        .endsWith(
            ",\"a\":[1,2.5,true,null],\"at\":\"2026-01-01T00:00:00Z\",\"nested\":{\"list\":[]}}");
  }
}
