package dev.authdash.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.authdash.core.AuthCore;
import dev.authdash.core.model.ClientInfo;
import dev.authdash.core.model.Password;
import dev.authdash.core.port.in.LoginCommand;
import dev.authdash.web.config.FirstStart;
import io.micronaut.context.ApplicationContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** First start without AUTH_ADMIN_PASSWORD: the generated password is logged once, and works. */
class FirstStartIT {

  @Test
  void emptyStore_getsTheAdmin_withAGeneratedPasswordPrintedOnceInTheLog() {
    Logger logger = (Logger) LoggerFactory.getLogger(FirstStart.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try (ApplicationContext context =
        ApplicationContext.run(Map.of("auth.admin.password", ""), "test")) {
      List<String> lines = appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
      String banner =
          lines.stream().filter(l -> l.contains("First start")).findFirst().orElseThrow();
      Matcher password = Pattern.compile("never again:\\n\\n\\s+(\\S.*)\\n").matcher(banner);
      assertThat(password.find()).as(banner).isTrue();
      AuthCore core = context.getBean(AuthCore.class);
      assertThat(
              core.login()
                  .login(
                      new LoginCommand(
                          "admin", Password.of(password.group(1).strip()), ClientInfo.local()))
                  .user()
                  .owner())
          .isTrue();
      assertThat(lines).anyMatch(l -> l.startsWith("Stores in use: users="));
      assertThat(lines.stream().filter(l -> l.contains(password.group(1).strip()))).hasSize(1);
      assertThat(core.bootstrapAdmin().ensureFirstAdmin(java.util.Optional.empty())).isEmpty();
    } finally {
      logger.detachAppender(appender);
    }
  }
}
