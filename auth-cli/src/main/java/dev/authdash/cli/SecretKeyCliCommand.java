package dev.authdash.cli;

import picocli.CommandLine.Command;

/** {@code authdash secret-key ...}: the key that encrypts two-factor keys at rest. */
@Command(
    name = "secret-key",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Rotate the key that encrypts two-factor keys at rest.",
    subcommands = {SecretKeyRotateCliCommand.class})
final class SecretKeyCliCommand {}
