package dev.authdash.web.security;

import java.net.Inet6Address;
import java.net.InetAddress;

/** Client addresses as people write them: IPv6 in its short form ("::1", not "0:0:0:0:0:0:0:1"). */
final class Addresses {
  private Addresses() {}

  static String shown(InetAddress address) {
    String full = address.getHostAddress();
    if (!(address instanceof Inet6Address)) {
      return full;
    }
    int zone = full.indexOf('%');
    String bare = zone < 0 ? full : full.substring(0, zone);
    return compress(bare.split(":"));
  }

  /** RFC 5952: drop leading zeros, replace the longest run (2+) of zero groups with "::". */
  private static String compress(String[] groups) {
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < groups.length; ) {
      if (Integer.parseInt(groups[i], 16) != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < groups.length && Integer.parseInt(groups[j], 16) == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < groups.length; i++) {
      if (i == bestStart) {
        out.append(i == 0 ? "::" : ":");
        i += bestLength - 1;
        continue;
      }
      out.append(Integer.toHexString(Integer.parseInt(groups[i], 16)));
      if (i < groups.length - 1) {
        out.append(':');
      }
    }
    return out.toString();
  }
}
