package dev.authdash.core.model;

/** A row of the user list: the user and how many live sessions it has now. */
public record UserListing(User user, int activeSessions) {}
