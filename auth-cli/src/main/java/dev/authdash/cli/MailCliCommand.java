package dev.authdash.cli;

import picocli.CommandLine.Command;

/** {@code authdash mail ...}: the mail server and the outbox. */
@Command(
    name = "mail",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Try the mail server (AUTH_SMTP_HOST and the other AUTH_SMTP_*",
      "settings) and look into the outbox of mail waiting to be sent."
    },
    subcommands = {MailTestCliCommand.class, MailOutboxCliCommand.class})
final class MailCliCommand {}
