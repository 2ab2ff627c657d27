package dev.authdash.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.authdash.core.error.StoreUnavailableException;
import dev.authdash.core.model.AuditEvent;
import dev.authdash.core.model.AuditEventType;
import dev.authdash.core.model.User;
import dev.authdash.core.testing.CsvReader;
import dev.authdash.core.testing.TestUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Exports encoded as they are read: what comes out reads back as what went in. */
class ExportStreamTest {
  private static final Instant AT = Instant.parse("2026-11-27T10:15:30.123456Z");
  private static final String TRICKY = "=HYPERLINK(\"http://evil\"),\r\n\"quoted\", ü → é";

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void usersAsCsv_haveAHeader_readBack_andCarryNoHashOrSecret() throws IOException {
    User full = TestUsers.fullyPopulated("carol");
    User plain = TestUsers.user("dave");

    String csv =
        read(ExportStream.of(ExportFormat.CSV, ExportColumns.USERS, Stream.of(full, plain)));
    List<List<String>> rows = CsvReader.read(csv);

    assertThat(rows.get(0))
        .containsExactly(
            "username",
            "role",
            "owner",
            "createdAt",
            "lastLoginAt",
            "lastLoginAddress",
            "email",
            "emailVerified",
            "id");
    assertThat(rows.get(1))
        .containsExactly(
            "carol",
            "ADMIN",
            "true",
            full.createdAt().toString(),
            full.lastLogin().at().toString(),
            "2001:db8::1",
            "carol@example.com",
            "true",
            full.id().toString());
    assertThat(rows.get(2))
        .containsExactly(
            "dave",
            "USER",
            "false",
            plain.createdAt().toString(),
            "",
            "",
            "",
            "",
            plain.id().toString());
    assertThat(rows).hasSize(3);
    assertThat(csv).doesNotContain("argon2", full.pendingEmail().address().value());
  }

  @Test
  void auditEventsAsJson_areAnArrayOfObjects_withTrickyTextAndIsoUtcTimes() throws IOException {
    AuditEvent tricky =
        new AuditEvent(AT, AuditEventType.ROLE_CHANGED, "admin", "bob", "192.0.2.1", TRICKY);
    AuditEvent bare =
        new AuditEvent(AT.minusSeconds(60), AuditEventType.LOGIN_FAILED, "x", "", "", "");

    JsonNode array =
        new ObjectMapper()
            .readTree(
                read(
                    ExportStream.of(
                        ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, Stream.of(tricky, bare))));

    assertThat(array.isArray()).isTrue();
    assertThat(array).hasSize(2);
    assertThat(array.get(0).get("at").asText()).isEqualTo("2026-11-27T10:15:30.123456Z");
    assertThat(array.get(0).get("type").asText()).isEqualTo("ROLE_CHANGED");
    assertThat(array.get(0).get("detail").asText()).isEqualTo(TRICKY);
    assertThat(array.get(1).get("target").asText()).isEmpty();
    assertThat(array.get(1).get("at").asText()).isEqualTo("2026-11-27T10:14:30.123456Z");
  }

  @Test
  void anAuditEventAsCsv_keepsItsDetailWhole_withTheFormulaEscaped() throws IOException {
    AuditEvent tricky =
        new AuditEvent(AT, AuditEventType.ROLE_CHANGED, "@admin", "bob", "192.0.2.1", TRICKY);

    List<List<String>> rows =
        CsvReader.read(
            read(ExportStream.of(ExportFormat.CSV, ExportColumns.AUDIT_EVENTS, Stream.of(tricky))));

    assertThat(rows.get(1))
        .containsExactly(
            "2026-11-27T10:15:30.123456Z",
            "ROLE_CHANGED",
            "'@admin",
            "bob",
            "192.0.2.1",
            "'" + TRICKY);
  }

  @Test
  void emptyExports_areAHeaderOrAnEmptyArray() throws IOException {
    assertThat(read(ExportStream.of(ExportFormat.CSV, ExportColumns.AUDIT_EVENTS, Stream.empty())))
        .isEqualTo("at,type,actor,target,address,detail\r\n");
    assertThat(
            new ObjectMapper()
                .readTree(
                    read(
                        ExportStream.of(
                            ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, Stream.empty()))))
        .isEmpty();
  }

  // The rows are pulled only as bytes are read: an endless stream of events can be read from
  // without the export ever trying to take all of it.
  @Test
  void rowsAreEncodedOnlyAsBytesAreRead_soAnEndlessSourceCanBeReadFrom() throws IOException {
    Stream<AuditEvent> endless =
        Stream.iterate(0L, i -> i + 1)
            .map(i -> new AuditEvent(AT, AuditEventType.LOGIN_FAILED, "u" + i, "", "", ""));
    try (ExportStream<AuditEvent> export =
        ExportStream.of(ExportFormat.CSV, ExportColumns.AUDIT_EVENTS, endless)) {
      byte[] buffer = new byte[8192];
      long taken = 0;
      while (taken < 4_000_000) {
        taken += export.read(buffer, 0, buffer.length);
      }

      assertThat(export.rows()).isBetween(50_000L, 200_000L);
    }
  }

  @Test
  void readingByteByByte_givesTheSameBytesAsReadingInBulk() throws IOException {
    List<AuditEvent> events =
        IntStream.range(0, 3000)
            .mapToObj(i -> new AuditEvent(AT, AuditEventType.LOGIN_FAILED, "ü" + i, "", "", TRICKY))
            .toList();
    ByteArrayOutputStream single = new ByteArrayOutputStream();
    try (InputStream in =
        ExportStream.of(ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, events.stream())) {
      for (int b = in.read(); b >= 0; b = in.read()) {
        single.write(b);
      }
    }

    assertThat(single.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            read(ExportStream.of(ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, events.stream())));
  }

  @Test
  void aStoreThatFailsAtOnce_failsPrepared_withItsOwnError_beforeAnyByteIsRead() {
    Stream<AuditEvent> down =
        Stream.generate(
            () -> {
              throw new StoreUnavailableException("audit log", new IOException("gone"));
            });

    assertThatThrownBy(
            () -> ExportStream.of(ExportFormat.CSV, ExportColumns.AUDIT_EVENTS, down).prepared())
        .isInstanceOf(StoreUnavailableException.class);
  }

  @Test
  void aPreparedExport_readsTheSameBytes() throws IOException {
    AuditEvent event = new AuditEvent(AT, AuditEventType.LOCKED, "a", "b", "", TRICKY);

    assertThat(
            read(
                ExportStream.of(ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, Stream.of(event))
                    .prepared()))
        .isEqualTo(
            read(ExportStream.of(ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, Stream.of(event))));
  }

  @Test
  void aStoreThatFailsMidway_endsTheBytesWithAnIoError_afterTheRowsItGave() {
    Stream<AuditEvent> failing =
        IntStream.range(0, 100_000)
            .mapToObj(
                i -> {
                  if (i == 90_000) {
                    throw new StoreUnavailableException("audit log", new IOException("gone"));
                  }
                  return new AuditEvent(AT, AuditEventType.LOGIN_FAILED, "u" + i, "", "", "");
                });

    assertThatThrownBy(
            () -> read(ExportStream.of(ExportFormat.JSON, ExportColumns.AUDIT_EVENTS, failing)))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("The export stopped after 90000 rows");
  }
}
