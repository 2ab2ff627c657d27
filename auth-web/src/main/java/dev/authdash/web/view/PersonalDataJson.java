package dev.authdash.web.view;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.LastLogin;
import dev.authdash.core.model.PersonalData;
import dev.authdash.core.model.UserEmail;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

/**
 * "Download my data" as JSON, written field by field so that every field is there (null when it has
 * no value) and nothing is added by reflection: what {@link PersonalData} holds is all there is to
 * write, and it holds no secret. Times are ISO-8601 in UTC.
 */
public final class PersonalDataJson {
  /** Tells a reader (or a later version of this file) what it is looking at. */
  public static final String FORMAT = "authdash personal data, version 1";

  private static final JsonFactory JSON = new JsonFactory();

  private PersonalDataJson() {}

  public static byte[] write(PersonalData data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("format", FORMAT);
      time(json, "exportedAt", data.exportedAt());
      account(json, data.account());
      json.writeArrayFieldStart("sessions");
      for (PersonalData.SessionEntry s : data.sessions()) {
        json.writeStartObject();
        json.writeStringField("device", UserAgents.describe(s.userAgent()));
        json.writeStringField("userAgent", s.userAgent());
        json.writeStringField("address", s.address());
        time(json, "startedAt", s.startedAt());
        time(json, "lastSeenAt", s.lastSeenAt());
        time(json, "expiresAt", s.expiresAt());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("passkeys");
      for (PersonalData.PasskeyEntry p : data.passkeys()) {
        json.writeStartObject();
        json.writeStringField("label", p.label());
        time(json, "addedAt", p.addedAt());
        time(json, "lastUsedAt", p.lastUsedAt());
        json.writeArrayFieldStart("transports");
        for (String transport : new TreeSet<>(p.transports())) {
          json.writeString(transport);
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      auditEvents(json, data);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory", e);
    }
    return out.toByteArray();
  }

  private static void account(JsonGenerator json, PersonalData.Account a) throws IOException {
    json.writeObjectFieldStart("account");
    json.writeStringField("username", a.username());
    json.writeStringField("role", a.role().name());
    json.writeBooleanField("owner", a.owner());
    time(json, "createdAt", a.createdAt());
    Optional<UserEmail> email = a.email();
    json.writeStringField("email", email.map(e -> e.address().value()).orElse(null));
    json.writeBooleanField("emailVerified", email.map(UserEmail::isVerified).orElse(false));
    time(json, "emailVerifiedAt", email.flatMap(UserEmail::verifiedAtIfAny));
    json.writeStringField("pendingEmail", a.pendingEmail().map(p -> p.value()).orElse(null));
    login(json, "lastLogin", a.lastLogin());
    login(json, "previousLogin", a.previousLogin());
    json.writeObjectFieldStart("twoFactor");
    json.writeBooleanField("enabled", a.secondFactor().enabled());
    json.writeNumberField("recoveryCodesLeft", a.secondFactor().recoveryCodesLeft());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void auditEvents(JsonGenerator json, PersonalData data) throws IOException {
    json.writeObjectFieldStart("auditEvents");
    json.writeBooleanField("complete", data.auditEventsComplete());
    json.writeNumberField("limit", PersonalData.MAX_AUDIT_EVENTS);
    json.writeStringField(
        "note",
        "Newest first: what you did and what was done to your account. An address is given only"
            + " for your own acts"
            + (data.auditEventsComplete()
                ? "."
                : "; only the newest " + PersonalData.MAX_AUDIT_EVENTS + " events are here."));
    json.writeArrayFieldStart("events");
    for (AuditEvent e : data.auditEvents()) {
      json.writeStartObject();
      time(json, "at", e.at());
      json.writeStringField("type", e.type().name());
      json.writeStringField("description", AuditEventLabels.label(e.type()));
      json.writeStringField("actor", e.actor());
      json.writeStringField("target", e.target());
      json.writeStringField("address", e.address());
      json.writeStringField("detail", e.detail());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void login(JsonGenerator json, String name, Optional<LastLogin> login)
      throws IOException {
    if (login.isEmpty()) {
      json.writeNullField(name);
      return;
    }
    json.writeObjectFieldStart(name);
    time(json, "at", login.get().at());
    json.writeStringField("address", login.get().address());
    json.writeEndObject();
  }

  private static void time(JsonGenerator json, String name, Instant at) throws IOException {
    json.writeStringField(name, at.toString());
  }

  private static void time(JsonGenerator json, String name, Optional<Instant> at)
      throws IOException {
    json.writeStringField(name, at.map(Instant::toString).orElse(null));
  }
}
