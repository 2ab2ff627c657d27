package dev.authdash.web.controller;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a per-user act of the users panel goes back to, read from the fields its form sends besides
 * the act: the panel as it was listed ({@code q}, {@code role}, {@code page}), or the user's page
 * when the form was on it ({@code from=user}).
 */
record PanelReturn(UserListing listing, boolean fromUserPage) {

  static PanelReturn of(String q, String role, String page, String from) {
    return new PanelReturn(UserListing.of(q, role, page), "user".equals(from));
  }

  /** The panel as it was listed (where a deletion goes back to, the user's page being gone). */
  String panel() {
    return listing.uri();
  }

  /** Where the act's outcome is shown: the page its form was on. */
  String back(String username) {
    return fromUserPage ? userPage(username) : panel();
  }

  static String userPage(String username) {
    return UserListing.PANEL
        + "/"
        + URLEncoder.encode(username, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
