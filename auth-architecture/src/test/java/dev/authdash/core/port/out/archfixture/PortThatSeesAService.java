package dev.authdash.core.port.out.archfixture;

import dev.authdash.core.service.CoreServices;

/** Deliberate violation (test fixture): a port that depends on the service layer. */
public interface PortThatSeesAService {
  CoreServices services();
}
