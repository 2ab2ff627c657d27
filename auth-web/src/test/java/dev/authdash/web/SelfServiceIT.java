package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.Passkey;
import dev.authdash.core.model.PasskeyId;
import dev.authdash.core.model.User;
import dev.authdash.core.port.out.PasskeyStore;
import dev.authdash.core.port.out.SessionStore;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Self-service over HTTP: "Download my data" and "Delete my account". */
@MicronautTest(transactional = false)
class SelfServiceIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] PUBLIC_KEY = {0x5b, 0x13, 0x7f, 0x22, 0x61, 0x09, 0x44, 0x70, 0x0e};
  private static final byte[] CREDENTIAL = {0x21, 0x42, 0x63, 0x04, 0x25, 0x46, 0x67, 0x08};

  @Inject Dashboard app;
  @Inject SessionStore sessions;
  @Inject PasskeyStore passkeys;

  private Browser.Page deleteWith(Browser b, String password) {
    return b.submit("/profile/delete", "/profile/delete", Map.of("currentPassword", password));
  }

  @Test
  void downloadMyData_isAJsonAttachment_withTheAccountSessionsPasskeysAndEvents_andNoSecret()
      throws Exception {
    String name = app.user("dex");
    User user = app.stored(name);
    passkeys.add(
        Passkey.added(
            PasskeyId.of(CREDENTIAL),
            user.id(),
            PUBLIC_KEY,
            7,
            "Work laptop",
            Instant.parse("2026-02-03T04:05:06Z"),
            Set.of("usb", "internal")));
    Browser here = app.signedIn(name, Browser.FIREFOX_LINUX);
    Browser phone = app.signedIn(name);
    here.changePassword("a wrong password", Accounts.NEW_PASSWORD, Accounts.NEW_PASSWORD);
    assertThat(here.get("/profile").body())
        .contains("href=\"/profile/data\"", "href=\"/profile/delete\"");

    Browser.Page download = here.getJson("/profile/data");

    assertThat(download.status()).isEqualTo(200);
    assertThat(download.header("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    assertThat(download.header("Content-Disposition"))
        .hasValueSatisfying(
            d ->
                assertThat(d)
                    .matches(
                        "attachment; filename=\"authdash-data-"
                            + name
                            + "-\\d{4}-\\d\\d-\\d\\d\\.json\""));
    assertThat(download.header("Cache-Control")).hasValue("no-store");
    JsonNode data = JSON.readTree(download.body());
    assertThat(data.get("format").asText()).isEqualTo("authdash personal data, version 1");
    JsonNode account = data.get("account");
    assertThat(account.get("username").asText()).isEqualTo(name);
    assertThat(account.get("role").asText()).isEqualTo("USER");
    assertThat(account.get("owner").asBoolean()).isFalse();
    assertThat(account.get("createdAt").asText()).isEqualTo("2026-01-01T09:00:00Z");
    assertThat(account.get("email").isNull()).isTrue();
    assertThat(account.get("emailVerified").asBoolean()).isFalse();
    assertThat(account.get("lastLogin").get("address").asText()).isEqualTo("127.0.0.1");
    assertThat(account.get("twoFactor").get("enabled").asBoolean()).isFalse();
    assertThat(data.get("sessions")).hasSize(2);
    assertThat(data.get("sessions").findValuesAsText("device")).contains("Firefox on Linux");
    assertThat(data.get("sessions").get(0).get("startedAt").asText()).endsWith("Z");
    JsonNode passkey = data.get("passkeys").get(0);
    assertThat(passkey.get("label").asText()).isEqualTo("Work laptop");
    assertThat(passkey.get("addedAt").asText()).isEqualTo("2026-02-03T04:05:06Z");
    assertThat(passkey.get("lastUsedAt").isNull()).isTrue();
    assertThat(passkey.get("transports").toString()).isEqualTo("[\"internal\",\"usb\"]");
    JsonNode events = data.get("auditEvents");
    assertThat(events.get("complete").asBoolean()).isTrue();
    assertThat(events.get("events").findValuesAsText("type"))
        .contains("LOGIN_SUCCEEDED", "LOGIN_FAILED")
        .doesNotContain("DATA_EXPORTED");
    assertThat(events.get("events").findValuesAsText("description")).contains("Signed in");

    String body = download.body();
    for (String secret :
        List.of(
            app.stored(name).passwordHash(),
            "argon2",
            here.cookies.get("__Host-authdash"),
            phone.cookies.get("__Host-authdash"),
            Base64.getUrlEncoder().withoutPadding().encodeToString(PUBLIC_KEY),
            Base64.getEncoder().encodeToString(PUBLIC_KEY),
            Base64.getUrlEncoder().withoutPadding().encodeToString(CREDENTIAL),
            Accounts.PASSWORD)) {
      assertThat(body).doesNotContain(secret);
    }
    for (var session : sessions.findByUser(user.id())) {
      assertThat(body).doesNotContain(session.handle().value(), session.tokenDigest().value());
    }
    assertThat(app.eventsAbout(name).get(0).type()).isEqualTo(AuditEventType.DATA_EXPORTED);
    assertThat(app.eventsAbout(name).get(0).actor()).isEqualTo(name);
  }

  @Test
  void deleteMyAccount_wrongPasswordComesBack_rightOneDeletes_signsOutEverywhere_andTellsWhy() {
    String name = app.user("ada");
    Browser here = app.signedIn(name);
    Browser other = app.signedIn(name);
    Browser.Page confirm = here.get("/profile/delete");
    assertThat(confirm.status()).isEqualTo(200);
    assertThat(confirm.header("Cache-Control")).hasValue("no-store");
    assertThat(confirm.body())
        .contains("Delete your account", "1 other", "What stays", "name=\"currentPassword\"")
        .doesNotContain("name=\"code\"");

    Browser.Page wrong = deleteWith(here, "not my password at all");
    assertThat(wrong.status()).isEqualTo(303);
    assertThat(wrong.location()).isEqualTo("/profile/delete");
    assertThat(here.get("/profile/delete").alerts())
        .containsExactly("Current password is incorrect.");
    assertThat(app.exists(name)).isTrue();
    assertThat(other.get("/dashboard").status()).isEqualTo(200);

    Browser.Page deleted = deleteWith(here, Accounts.PASSWORD);

    assertThat(deleted.status()).isEqualTo(303);
    assertThat(deleted.location()).isEqualTo("/");
    assertThat(deleted.setCookie("__Host-authdash"))
        .hasValueSatisfying(c -> assertThat(c).contains("Max-Age=0"));
    assertThat(here.get("/").alerts()).containsExactly("Your account was deleted.");
    assertThat(here.get("/dashboard").location()).isEqualTo("/");
    assertThat(app.exists(name)).isFalse();
    assertThat(other.get("/dashboard").location()).isEqualTo("/");
    assertThat(other.get("/").alerts()).containsExactly("Your account was deleted.");
    AuditEvent event = app.eventsAbout(name).get(0);
    assertThat(event.type()).isEqualTo(AuditEventType.USER_DELETED);
    assertThat(event.actor()).isEqualTo(name);
    assertThat(event.detail()).isEqualTo("deleted their own account; 2 session(s) ended");
    Browser again = app.visitor();
    Browser.Page login =
        again.submit("/", "/login", Map.of("username", name, "password", Accounts.PASSWORD));
    assertThat(login.location()).isEqualTo("/");
  }

  @Test
  void theOwner_andTheLastAdmin_areToldWhyNot_andKeepEverything() {
    Browser owner = app.owner();

    Browser.Page page = owner.get("/profile/delete");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body())
        .contains("the owner account cannot be deleted", "Nothing was deleted")
        .doesNotContain("name=\"currentPassword\"");
    String token = owner.get("/profile").csrfToken();
    Browser.Page refused =
        owner.post(
            "/profile/delete",
            Map.of("currentPassword", Accounts.OWNER_PASSWORD, "csrfToken", token));
    assertThat(refused.location()).isEqualTo("/profile/delete");
    assertThat(owner.get("/profile/delete").alerts())
        .singleElement()
        .asString()
        .contains("the owner account cannot be deleted");
    assertThat(app.exists(Accounts.OWNER)).isTrue();
    assertThat(owner.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void theDeletePost_withoutAToken_withAForgedOne_orWithAnotherUsersToken_isRefusedWith403() {
    String name = app.user("cy");
    Browser here = app.signedIn(name);
    Browser mallory = app.signedIn(app.user("mal"));
    String foreign = mallory.get("/profile").csrfToken();
    Map<String, String> fields = Map.of("currentPassword", Accounts.PASSWORD);

    here.assertNeedsAValidCsrfToken("/profile/delete", fields);
    Map<String, String> withAnotherUsersToken = new HashMap<>(fields);
    withAnotherUsersToken.put("csrfToken", foreign);
    assertThat(here.post("/profile/delete", withAnotherUsersToken).status())
        .as("another user's token")
        .isEqualTo(403);

    assertThat(app.exists(name)).isTrue();
    assertThat(here.get("/dashboard").status()).isEqualTo(200);
  }

  @Test
  void anonymousVisitors_areSentToTheLoginPage() {
    Browser anonymous = app.visitor();
    Browser.Page data = anonymous.getJson("/profile/data");
    assertThat(data.status()).isIn(303, 401);
    assertThat(data.body()).doesNotContain("account");
    assertThat(anonymous.get("/profile/delete").location()).isEqualTo("/");
    String token = anonymous.get("/").csrfToken();
    assertThat(anonymous.post("/profile/delete", Map.of("csrfToken", token)).location())
        .isEqualTo("/");
  }
}
