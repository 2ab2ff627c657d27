package dev.authdash.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real thing: the repo-root launcher {@code ./authdash} and the shaded jar, as subprocesses,
 * configured by environment variables only, with exit codes and streams as a script sees them.
 */
class LauncherIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  Run run(String stdin, List<String> command) throws IOException, InterruptedException {
    return run(stdin, command, "");
  }

  Run run(String stdin, List<String> command, String javaOpts)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("JAVA_OPTS", javaOpts);
    builder.environment().put("AUTH_DB_PATH", dir.resolve("auth.db").toString());
    builder.environment().remove("AUTH_SESSION_STORE");
    builder.environment().remove("REDIS_URI");
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  Run launcher(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("bash", System.getProperty("authdash.launcher")));
    command.addAll(List.of(args));
    return run(stdin, command);
  }

  Run jar(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of("java", "-jar", System.getProperty("authdash.jar")));
    command.addAll(List.of(args));
    return run("", command);
  }

  @Test
  void theFirstCommandAfterABuild_mapsTheArchiveTheBuildWrote_andLeavesItAlone() throws Exception {
    Path jar = Path.of(System.getProperty("authdash.jar"));
    Path archive = jar.resolveSibling("authdash.jsa");
    assertThat(archive).as("written by the build (exec-maven-plugin, a training run)").exists();
    FileTime built = Files.getLastModifiedTime(archive);
    assertThat(built).isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
    Path classes = dir.resolve("classes.log");

    Run version =
        run(
            "",
            List.of("bash", System.getProperty("authdash.launcher"), "--version"),
            "-Xlog:class+load=info:file=" + classes);

    assertThat(version.exitCode()).as(version.toString()).isZero();
    assertThat(Files.readString(classes))
        .as("the CLI's classes come from the archive")
        .containsPattern("dev\\.authdash\\.cli\\.\\S+ source: shared objects file \\(top\\)");
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(built);
  }

  @Test
  void theLauncher_initialisesAndListsUsers_likeAScriptWouldUseIt() throws Exception {
    Run init = launcher("", "init", "--json");
    assertThat(init.exitCode()).as(init.toString()).isZero();
    assertThat(init.err()).isEmpty();
    JsonNode created = JSON.readTree(init.out());
    assertThat(created.get("generatedPassword").asText()).matches("[A-Za-z0-9]{20}");

    Run create =
        launcher("violet kettle orbit lantern\n", "users", "create", "alice", "--password-stdin");
    assertThat(create.exitCode()).as(create.toString()).isZero();

    Run list = launcher("", "users", "list", "--json");
    assertThat(list.exitCode()).as(list.toString()).isZero();
    assertThat(list.err()).as("no logging, no server banner").isEmpty();
    JsonNode users = JSON.readTree(list.out()).get("users");
    assertThat(users).hasSize(2);
    assertThat(users.get(1).get("username").asText()).isEqualTo("alice");

    Run audit = launcher("", "audit", "--limit", "1");
    assertThat(audit.out()).contains("USER_CREATED  cli:" + System.getProperty("user.name"));
    assertThat(audit.out()).doesNotContain("?");
  }

  @Test
  void theJar_reportsRefusalsOnOneLineOfStderr_withTheDocumentedExitCodes() throws Exception {
    Run missing = jar("users", "list");
    assertThat(missing.exitCode()).isEqualTo(ExitCode.STORE_UNAVAILABLE.code());
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).startsWith("authdash: No database at ").endsWith("\n");
    assertThat(missing.err().strip()).doesNotContain("\n");

    assertThat(jar("init").exitCode()).isZero();
    Run owner = jar("users", "delete", "admin", "--yes");
    assertThat(owner.exitCode()).isEqualTo(ExitCode.REFUSED.code());
    assertThat(owner.err()).isEqualTo("authdash: The owner account cannot be deleted.\n");
    Run sessions = jar("sessions", "list");
    assertThat(sessions.exitCode()).isEqualTo(ExitCode.SESSIONS_UNREACHABLE.code());
    Run version = jar("--version");
    assertThat(version.out()).startsWith("authdash 0.1.0-SNAPSHOT");
  }
}
