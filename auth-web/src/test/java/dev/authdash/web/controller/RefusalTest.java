package dev.authdash.web.controller;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.error.RefusalKind;
import io.micronaut.http.HttpStatus;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each kind of refusal has its answer: a form's message, or a 4xx page (never a 500 or a 503). */
class RefusalTest {

  @Test
  void everyKind_hasA4xxPage_withATitle() {
    for (RefusalKind kind : RefusalKind.values()) {
      Refusal refusal = Refusal.of(kind);
      assertThat(refusal.status().getCode()).as("%s", kind).isBetween(400, 499);
      assertThat(refusal.title()).as("%s", kind).isNotBlank();
    }
  }

  @Test
  void onlyALackOfRights_leavesTheForm_forTheAccessDeniedPage() {
    assertThat(Arrays.stream(RefusalKind.values()).filter(k -> !Refusal.of(k).shownOnForm()))
        .containsExactly(RefusalKind.NOT_PERMITTED);
    assertThat(Refusal.of(RefusalKind.NOT_PERMITTED))
        .isEqualTo(new Refusal(false, HttpStatus.FORBIDDEN, "Access denied"));
  }

  @Test
  void whatIsNotThere_isThe404Page_badInputA400_tooManyTriesA429() {
    assertThat(Refusal.of(RefusalKind.NOT_FOUND))
        .isEqualTo(new Refusal(true, HttpStatus.NOT_FOUND, ErrorPages.NOT_FOUND_TITLE));
    assertThat(Refusal.of(RefusalKind.INVALID_INPUT).status().getCode()).isEqualTo(400);
    assertThat(Refusal.of(RefusalKind.THROTTLED).status().getCode()).isEqualTo(429);
  }
}
