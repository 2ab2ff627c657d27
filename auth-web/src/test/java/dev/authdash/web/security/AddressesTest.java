package dev.authdash.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressesTest {

  private static String shown(String literal) throws Exception {
    return Addresses.shown(InetAddress.getByName(literal));
  }

  @Test
  void ipv6_isShownInItsShortForm() throws Exception {
    assertThat(shown("0:0:0:0:0:0:0:1")).isEqualTo("::1");
    assertThat(shown("2001:db8:0:0:0:0:2:1")).isEqualTo("2001:db8::2:1");
    assertThat(shown("2001:db8:0:1:1:1:1:1")).isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(shown("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
    assertThat(shown("0:0:0:0:0:0:0:0")).isEqualTo("::");
  }

  @Test
  void ipv4_isUnchanged() throws Exception {
    assertThat(shown("127.0.0.1")).isEqualTo("127.0.0.1");
  }
}
