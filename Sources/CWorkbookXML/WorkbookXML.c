// libxlsxwriter writes each cell of a sheet with one fprintf (`<c r="%s" s="%d" t="s"><v>%d</v></c>`)
// and makes its reference (`B12`) and most attribute values with snprintf (`%d`, `%.16G`):
// glibc's general printf machinery was a third of the instructions of writing a workbook,
// more than the compression. Those formats are plain text with %s, %d, %u, %% and %.16G.
//
// The jixiao executable defines __fprintf_chk (what fprintf becomes in a library built with
// _FORTIFY_SOURCE, as Debian builds libxlsxwriter) and snprintf, so their calls come here first
// (an executable's definition comes first in the dynamic linker's search, as WorkbookDeflate.c's
// does). A format of only those conversions is formatted here, straight into the stream's
// buffer when it has room, else into one on the stack written with one fwrite; a %.16G whose
// number is not a whole number below 10^15 is formatted by glibc. Anything else (a width, a
// flag, another conversion, a null string, output longer than the buffer) goes to glibc's
// vfprintf or vsnprintf with the arguments untouched, so the bytes are glibc's in every case.
// Linked into the executable only: the library and the tests format through glibc, and the
// tests compare the two workbooks part by part.
#define _GNU_SOURCE
#include <link.h>
#include <math.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>
#include "WorkbookXML.h"
#include "XMLNumbers.h"

extern int __vfprintf_chk(FILE *stream, int flag, const char *format, va_list arguments);

// Calls passed on to glibc are few and counted; the calls formatted here are millions, on
// every core, so only whether there were any is kept (a shared count would cost more than
// the formatting).
static atomic_long passedOn;
static atomic_int formattedAny;

enum { bufferSize = 1024 };

static const char digitPairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/// Writes `value` in decimal at `out`; returns the digits' count.
static int decimal(char *out, unsigned long long value) {
    int count = 1;
    for (unsigned long long bound = 10; count < 20 && value >= bound; bound *= 10) count++;
    char *at = out + count;
    while (value >= 100) {
        unsigned pair = (unsigned)(value % 100) * 2;
        value /= 100;
        at -= 2;
        at[0] = digitPairs[pair];
        at[1] = digitPairs[pair + 1];
    }
    if (value >= 10) {
        at[-2] = digitPairs[value * 2];
        at[-1] = digitPairs[value * 2 + 1];
    } else {
        at[-1] = (char)('0' + value);
    }
    return count;
}

/// `%.16G` of a number of whole 128ths, at least 1 and below 10^9 in size (a row height of 15.25,
/// a column width of 24.7109375): its exact decimal digits, at most 9 before the point and 7 after,
/// which is what %.16G writes (16 significant digits round none of them away, and the zeros
/// after the last 5 are dropped). Returns the length, or 0 for any other number.
static int binaryFraction(char *out, double value) {
    double scaled = fabs(value) * 128;
    if (!(fabs(value) >= 1 && fabs(value) < 1e9) || scaled != (double)(long long)scaled) return 0;
    unsigned long long parts = (unsigned long long)scaled;  // 128ths
    int length = 0;
    if (value < 0) out[length++] = '-';
    length += decimal(out + length, parts >> 7);
    // n/128 = n * 5^7 / 10^7: seven decimals, zero-padded, then the trailing zeros dropped.
    unsigned long long decimals = (parts & 127) * 78125;
    if (decimals == 0) return length;
    out[length++] = '.';
    char digits[8];
    int count = decimal(digits, decimals);
    memset(out + length, '0', (size_t)(7 - count));
    memcpy(out + length + 7 - count, digits, (size_t)count);
    length += 7;
    while (out[length - 1] == '0') length--;
    return length;
}

/// `%.16G` of the one double that follows `size`, by glibc.
static int glibcDouble(char *out, size_t size, ...) {
    va_list arguments;
    va_start(arguments, size);
    int length = vsnprintf(out, size, "%.16G", arguments);
    va_end(arguments);
    return length;
}

int jixiao_xml_int(char *out, int value) {
    int length = 0;
    if (value < 0) out[length++] = '-';
    return length + decimal(out + length, value < 0 ? -(unsigned long long)(long long)value : (unsigned long long)value);
}

int jixiao_xml_double(char *out, double value) {
    // A whole number below 10^15 is its digits in %.16G (no exponent, no point).
    if (value == (double)(long long)value && value > -1e15 && value < 1e15 && !(value == 0 && signbit(value))) {
        long long whole = (long long)value;
        int length = 0;
        if (whole < 0) out[length++] = '-';
        return length + decimal(out + length, whole < 0 ? -(unsigned long long)whole : (unsigned long long)whole);
    }
    int length = binaryFraction(out, value);
    if (length == 0) length = glibcDouble(out, 32, value);
    return length < 0 || length >= 32 ? -1 : length;
}

/// A format taken apart: runs of its text, each followed by a conversion (`s`, `d`, `u`, `G`
/// for %.16G, or 0 for none: the end, or the first `%` of `%%` closing the run). The runs are
/// copied into `text` with room after them, so they are copied out 16 bytes at a time.
/// `count` is -1 when the format is not plain (glibc formats it).
enum { maximumPieces = 14, textSize = 192, chunk = 16 };
typedef struct {
    const char *format;
    int count;
    struct {
        unsigned char start, length;
        char conversion;
    } pieces[maximumPieces];
    char text[textSize + chunk];
} Plan;

static void compile(const char *format, Plan *plan) {
    plan->format = format;
    plan->count = -1;
    int count = 0;
    const char *start = format, *at = format;
    for (;;) {
        char character = *at;
        if (character && character != '%') {
            at++;
            continue;
        }
        if (count == maximumPieces || at - format >= textSize) return;
        char conversion = 0;
        const char *next = at + 2;
        if (!character) {
            next = NULL;
        } else if (at[1] == '%') {
            at++;  // the run keeps one `%`
        } else if (at[1] == 's' || at[1] == 'd' || at[1] == 'u') {
            conversion = at[1];
        } else if (strncmp(at + 1, ".16G", 4) == 0) {
            conversion = 'G';
            next = at + 5;
        } else {
            return;
        }
        plan->pieces[count].start = (unsigned char)(start - format);
        plan->pieces[count].length = (unsigned char)(at - start);
        memcpy(plan->text + (start - format), start, (size_t)(at - start));
        plan->pieces[count].conversion = conversion;
        count++;
        if (!next) break;
        start = at = next;
    }
    plan->count = count;
}

// A format inside libxlsxwriter's read-only image never changes, so it is taken apart once (per
// thread, without locks) and found again by its address; any other is taken apart at each call.
static __thread Plan plans[128];
static struct { uintptr_t start, end; } images[8];
static int imageCount;
static pthread_once_t imagesFound = PTHREAD_ONCE_INIT;

static int findImage(struct dl_phdr_info *info, size_t size, void *unused) {
    (void)size, (void)unused;
    if (!info->dlpi_name || !strstr(info->dlpi_name, "libxlsxwriter")) return 0;
    for (int index = 0; index < info->dlpi_phnum && imageCount < 8; index++) {
        const ElfW(Phdr) *segment = &info->dlpi_phdr[index];
        if (segment->p_type != PT_LOAD || (segment->p_flags & PF_W)) continue;
        images[imageCount].start = info->dlpi_addr + segment->p_vaddr;
        images[imageCount].end = images[imageCount].start + segment->p_memsz;
        imageCount++;
    }
    return 1;
}

static void findImages(void) { dl_iterate_phdr(findImage, NULL); }

static int inImage(const char *format) {
    pthread_once(&imagesFound, findImages);
    for (int index = 0; index < imageCount; index++) {
        if ((uintptr_t)format >= images[index].start && (uintptr_t)format < images[index].end) return 1;
    }
    return 0;
}

static const Plan *planFor(const char *format, Plan *local) {
    Plan *slot = &plans[((uintptr_t)format * 0x9E3779B97F4A7C15ull) >> 57];
    if (slot->format == format) return slot;
    Plan *plan = inImage(format) ? slot : local;
    compile(format, plan);
    return plan;
}

/// Formats `format` into `out` (at most bufferSize bytes, no terminating zero); returns the
/// length, or -1 when glibc must format it.
static int format(char *out, const char *format, va_list arguments) {
    Plan local;
    const Plan *plan = planFor(format, &local);
    int length = 0;
    for (int index = 0; index < plan->count; index++) {
        int run = plan->pieces[index].length;
        // Room for the run rounded up to whole chunks, then for any number.
        if (length + run + chunk > bufferSize - 32) return -1;
        const char *text = plan->text + plan->pieces[index].start;
        for (int copied = 0; copied < run; copied += chunk) memcpy(out + length + copied, text + copied, chunk);
        length += run;
        switch (plan->pieces[index].conversion) {
        case 0:
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
        case 'd':
            length += jixiao_xml_int(out + length, va_arg(arguments, int));
            break;
        case 'u':
            length += decimal(out + length, va_arg(arguments, unsigned int));
            break;
        default: {
            int written = jixiao_xml_double(out + length, va_arg(arguments, double));
            if (written < 0) return -1;
            length += written;
            break;
        }
        }
    }
    return plan->count < 0 ? -1 : length;
}

static inline void noteFormatted(void) {
    if (!atomic_load_explicit(&formattedAny, memory_order_relaxed)) atomic_store(&formattedAny, 1);
}

int __fprintf_chk(FILE *stream, int flag, const char *text, ...) {
    va_list arguments, untouched;
    va_start(arguments, text);
    va_copy(untouched, arguments);
    flockfile(stream);
    // With room in the stream's buffer, the text is formatted straight into it, as glibc's own
    // putc_unlocked writes there (a line-buffered or unbuffered stream never shows room, so
    // its flushing stays glibc's).
    // Byte-oriented as fprintf makes it; a wide-oriented stream is left to glibc (which refuses it).
    if (stream->_mode == 0) fwide(stream, -1);
    int direct = stream->_IO_write_end - stream->_IO_write_ptr >= bufferSize;
    char local[bufferSize];
    int length = stream->_mode < 0 ? format(direct ? stream->_IO_write_ptr : local, text, arguments) : -1;
    int result;
    if (length >= 0) {
        if (direct) {
            stream->_IO_write_ptr += length;
            result = length;
        } else {
            result = fwrite_unlocked(local, 1, (size_t)length, stream) == (size_t)length ? length : -1;
        }
        noteFormatted();
    } else {
        result = __vfprintf_chk(stream, flag, text, untouched);
        atomic_fetch_add_explicit(&passedOn, 1, memory_order_relaxed);
    }
    funlockfile(stream);
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
