package eu.mieux.iati;

/** What XML 1.0 can carry: the characters of its {@code Char} production. */
final class XmlText {

  private XmlText() {}

  /**
   * Finds the first character XML 1.0 cannot carry: a control character other than tab, line feed
   * and carriage return, U+FFFE, U+FFFF, or a lone surrogate.
   *
   * @param text  the text
   * @return the index of that character, or -1 when every character is allowed
   */
  static int firstInvalidChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
      boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == 0x9 || c == 0xA || c == 0xD;
      if (!allowed) {
        return i;
      }
    }
    return -1;
  }
}
