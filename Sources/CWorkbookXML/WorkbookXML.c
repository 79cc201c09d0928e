// libxlsxwriter writes each cell of a sheet with one fprintf (`<c r="%s" s="%d" t="s"><v>%d</v></c>`)
// and makes its reference (`B12`) and most attribute values with snprintf (`%d`, `%.16G`):
// glibc's general printf machinery was a third of the instructions of writing a workbook,
// more than the compression. Those formats are plain text with %s, %d, %u, %% and %.16G.
//
// The jixiao executable defines __fprintf_chk (what fprintf becomes in a library built with
// _FORTIFY_SOURCE, as Debian builds libxlsxwriter) and snprintf, so their calls come here first
// (an executable's definition comes first in the dynamic linker's search, as WorkbookDeflate.c's
// does). A format of only those conversions is formatted here into a buffer on the stack and
// written with one fwrite; a %.16G whose number is not a whole number below 10^15 is formatted
// by glibc. Anything else (a width, a flag, another conversion, a null string, output longer
// than the buffer) goes to glibc's vfprintf or vsnprintf with the arguments untouched, so the
// bytes are glibc's in every case. Linked into the executable only: the library and the tests
// format through glibc, and the tests compare the two workbooks part by part.
#define _GNU_SOURCE
#include <math.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include "WorkbookXML.h"

extern int __vfprintf_chk(FILE *stream, int flag, const char *format, va_list arguments);

// Calls passed on to glibc are few and counted; the calls formatted here are millions, on
// every core, so only whether there were any is kept (a shared count would cost more than
// the formatting).
static atomic_long passedOn;
static atomic_int formattedAny;

enum { bufferSize = 1024 };

/// Writes `value` in decimal at `out`; returns the digits' count.
static int decimal(char *out, unsigned long long value) {
    char digits[24];
    int count = 0;
    do {
        digits[count++] = (char)('0' + value % 10);
        value /= 10;
    } while (value);
    for (int index = 0; index < count; index++) out[index] = digits[count - 1 - index];
    return count;
}

/// `%.16G` of the one double that follows `size`, by glibc.
static int glibcDouble(char *out, size_t size, ...) {
    va_list arguments;
    va_start(arguments, size);
    int length = vsnprintf(out, size, "%.16G", arguments);
    va_end(arguments);
    return length;
}

/// Formats `format` into `out` (at most bufferSize bytes, no terminating zero); returns the
/// length, or -1 when glibc must format it.
static int format(char *out, const char *format, va_list arguments) {
    int length = 0;
    for (const char *at = format; *at; at++) {
        if (*at != '%') {
            if (length == bufferSize) return -1;
            out[length++] = *at;
            continue;
        }
        at++;
        if (length > bufferSize - 32) return -1;  // room for any number
        switch (*at) {
        case '%':
            out[length++] = '%';
            break;
        case 's': {
            const char *text = va_arg(arguments, const char *);
            if (!text) return -1;
            size_t size = strlen(text);
            if (size > (size_t)(bufferSize - length)) return -1;
            memcpy(out + length, text, size);
            length += (int)size;
            break;
        }
        case 'd': {
            int value = va_arg(arguments, int);
            if (value < 0) out[length++] = '-';
            length += decimal(out + length, value < 0 ? -(unsigned long long)(long long)value : (unsigned long long)value);
            break;
        }
        case 'u':
            length += decimal(out + length, va_arg(arguments, unsigned int));
            break;
        case '.': {
            if (strncmp(at, ".16G", 4) != 0) return -1;
            at += 3;
            double value = va_arg(arguments, double);
            // A whole number below 10^15 is its digits in %.16G (no exponent, no point).
            if (value == (double)(long long)value && value > -1e15 && value < 1e15 && !(value == 0 && signbit(value))) {
                long long whole = (long long)value;
                if (whole < 0) out[length++] = '-';
                length += decimal(out + length, whole < 0 ? -(unsigned long long)whole : (unsigned long long)whole);
            } else {
                int written = glibcDouble(out + length, 32, value);
                if (written < 0 || written >= 32) return -1;
                length += written;
            }
            break;
        }
        default:
            return -1;
        }
    }
    return length;
}

static inline void noteFormatted(void) {
    if (!atomic_load_explicit(&formattedAny, memory_order_relaxed)) atomic_store(&formattedAny, 1);
}

int __fprintf_chk(FILE *stream, int flag, const char *text, ...) {
    va_list arguments, untouched;
    va_start(arguments, text);
    va_copy(untouched, arguments);
    char out[bufferSize];
    int length = format(out, text, arguments);
    int result;
    if (length >= 0) {
        result = fwrite(out, 1, (size_t)length, stream) == (size_t)length ? length : -1;
        noteFormatted();
    } else {
        result = __vfprintf_chk(stream, flag, text, untouched);
        atomic_fetch_add_explicit(&passedOn, 1, memory_order_relaxed);
    }
    va_end(untouched);
    va_end(arguments);
    return result;
}

int snprintf(char *destination, size_t size, const char *text, ...) {
    va_list arguments, untouched;
    va_start(arguments, text);
    va_copy(untouched, arguments);
    char out[bufferSize];
    int length = format(out, text, arguments);
    int result;
    if (length >= 0 && (size_t)length < size) {
        memcpy(destination, out, (size_t)length);
        destination[length] = 0;
        result = length;
        noteFormatted();
    } else {
        result = vsnprintf(destination, size, text, untouched);
        atomic_fetch_add_explicit(&passedOn, 1, memory_order_relaxed);
    }
    va_end(untouched);
    va_end(arguments);
    return result;
}

int jixiao_xml_formatted_any(void) { return atomic_load(&formattedAny); }
long jixiao_xml_passed_on(void) { return atomic_load(&passedOn); }
