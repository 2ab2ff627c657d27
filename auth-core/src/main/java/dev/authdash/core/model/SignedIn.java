package dev.authdash.core.model;

/** The outcome of a successful registration or login: the user, its new session and the token. */
public record SignedIn(User user, Session session, SessionToken token) {}
