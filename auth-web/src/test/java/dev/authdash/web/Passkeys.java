package dev.authdash.web;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

/**
 * Passkeys in Chromium: Selenium's virtual authenticator stands in for a fingerprint reader, and a
 * passkey is added from the profile as a person adds one.
 */
final class Passkeys {
  private Passkeys() {}

  /** A platform authenticator (CTAP2, internal) that holds discoverable passkeys and verifies. */
  static VirtualAuthenticator fingerprintReader(Chromium browser) {
    return ((HasVirtualAuthenticator) browser.driver)
        .addVirtualAuthenticator(
            new VirtualAuthenticatorOptions()
                .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                .setHasResidentKey(true)
                .setHasUserVerification(true)
                .setIsUserVerified(true));
  }

  /** Adds a passkey under the label from the profile of the signed-in browser. */
  static void add(Chromium browser, String base, String label) {
    browser.driver.get(base + "/profile");
    browser.fill("passkey-label", label);
    WebElement add = browser.driver.findElement(By.cssSelector("#add-passkey button[type=submit]"));
    browser.clickInView(add);
    browser.waitUntilGone(add);
    browser
        .waiting()
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".flash-area"), "added: you can sign in with it now"));
  }
}
