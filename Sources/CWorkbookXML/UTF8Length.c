// libxlsxwriter counts the characters of every string it writes to a cell (Excel holds at
// most 32,767), one byte at a time. The jixiao executable defines lxw_utf8_strlen (libxlsxwriter
// calls it through its PLT, as in WorkbookXML.c) and counts the same thing, the bytes that do
// not continue a UTF-8 sequence (not 10xxxxxx), eight bytes at a time after glibc's strlen
// has found the end. Linked into the executable only.
#include <stdint.h>
#include <string.h>

size_t lxw_utf8_strlen(const char *text) {
    size_t length = strlen(text);
    size_t continuing = 0, at = 0;
    for (; at + 8 <= length; at += 8) {
        uint64_t word;
        memcpy(&word, text + at, 8);
        // High bit set and the bit below it clear: a continuation byte. Each byte's mark moved
        // to its lowest bit, the multiplication adds the eight bytes up in the highest.
        uint64_t marks = (word & ~(word << 1) & 0x8080808080808080ull) >> 7;
        continuing += (size_t)((marks * 0x0101010101010101ull) >> 56);
    }
    for (; at < length; at++) continuing += ((unsigned char)text[at] & 0xC0) == 0x80;
    return length - continuing;
}
