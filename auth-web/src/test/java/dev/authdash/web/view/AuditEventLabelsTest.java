package dev.authdash.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.authdash.core.model.AuditEventType;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of audit event has its own words: a new kind without them fails here. */
class AuditEventLabelsTest {

  @Test
  void everyKind_hasWordsOfItsOwn_notItsCode() {
    List<String> labels =
        Arrays.stream(AuditEventType.values()).map(AuditEventLabels::label).toList();
    for (AuditEventType type : AuditEventType.values()) {
      String label = AuditEventLabels.label(type);
      assertThat(label).as(type.name()).isNotBlank().isNotEqualTo(type.name());
      assertThat(label).as(type.name() + " reads as words").matches("[A-Z][a-z].*");
    }
    assertThat(labels).as("no two kinds share their words").doesNotHaveDuplicates();
  }

  @Test
  void theCommonKinds_readAsAPersonWouldSayThem() {
    assertThat(AuditEventLabels.label(AuditEventType.LOGIN_SUCCEEDED)).isEqualTo("Signed in");
    assertThat(AuditEventLabels.label(AuditEventType.LOGIN_FAILED)).isEqualTo("Sign-in failed");
    assertThat(AuditEventLabels.label(AuditEventType.LOCKED)).isEqualTo("Account locked");
    assertThat(AuditEventLabels.label(AuditEventType.PASSKEY_ADDED)).isEqualTo("Passkey added");
    assertThat(AuditEventLabels.label(AuditEventType.PASSKEY_CLONED_SUSPECTED)).contains("copied");
  }

  @Test
  void theFilterLists_everyKind_withItsCodeAndWords() {
    assertThat(AuditEventLabels.kinds())
        .extracting(AuditEventLabels.Kind::code)
        .containsExactly(
            Arrays.stream(AuditEventType.values()).map(Enum::name).toArray(String[]::new));
  }
}
