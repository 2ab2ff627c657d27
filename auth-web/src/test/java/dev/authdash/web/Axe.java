package dev.authdash.web;

import static org.assertj.core.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's engine, through its Selenium binding) over the page a browser shows, against
 * WCAG 2.0 and 2.1, levels A and AA. Any browser test can call {@link #assertAccessible}; {@link
 * AccessibilityIT} runs it over every page a person can reach.
 */
final class Axe {
  /** The axe tags of WCAG 2.0 and 2.1, levels A and AA. */
  static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private Axe() {}

  /** One rule broken on one page, with the elements that break it. */
  record Violation(String page, String rule, String impact, String help, List<String> targets) {
    @Override
    public String toString() {
      return page
          + ": "
          + rule
          + " ("
          + impact
          + ") "
          + help
          + "\n      "
          + String.join("\n      ", targets);
    }
  }

  /** The WCAG A/AA violations of the page the browser shows now, named {@code page} in reports. */
  static List<Violation> check(WebDriver driver, String page) {
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
    if (results.isErrored()) {
      fail("axe-core could not check %s: %s", page, results.getErrorMessage());
    }
    return results.getViolations().stream().map(rule -> violation(page, rule)).toList();
  }

  /** Fails with every rule, element and help text when the page has any WCAG A/AA violation. */
  static void assertAccessible(WebDriver driver, String page) {
    List<Violation> found = check(driver, page);
    if (!found.isEmpty()) {
      fail(report(found));
    }
  }

  /** "N violations on M elements" and each violation on its own lines. */
  static String report(List<Violation> violations) {
    long elements = violations.stream().mapToLong(v -> v.targets().size()).sum();
    return violations.size()
        + " WCAG 2.1 A/AA violations on "
        + elements
        + " elements:\n  "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("\n  "));
  }

  private static Violation violation(String page, Rule rule) {
    List<String> targets = rule.getNodes().stream().map(Axe::describe).collect(Collectors.toList());
    return new Violation(page, rule.getId(), rule.getImpact(), rule.getHelp(), targets);
  }

  private static String describe(CheckedNode node) {
    String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary();
    return String.valueOf(node.getTarget()) + "  " + summary.replaceAll("\\s+", " ").strip();
  }
}
