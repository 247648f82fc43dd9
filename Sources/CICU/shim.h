// Static inline wrappers around the ICU C API.
//
// Debian's ICU exports only version-renamed symbols (`ubrk_open_72`); the
// renaming macros in the ICU headers are invisible to Swift, so every function
// QuoteKit needs is re-exported here under a stable `qk_` name.
#ifndef QUOTEKIT_CICU_SHIM_H
#define QUOTEKIT_CICU_SHIM_H

#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utrans.h>
#include <unicode/unorm2.h>
#include <unicode/uchar.h>

static inline int qk_failure(UErrorCode code) { return U_FAILURE(code) ? 1 : 0; }
static inline const char *qk_error_name(UErrorCode code) { return u_errorName(code); }

// MARK: Break iterators

static inline UBreakIterator *qk_ubrk_open(UBreakIteratorType type, const char *locale,
                                           const UChar *text, int32_t length, UErrorCode *status) {
    return ubrk_open(type, locale, text, length, status);
}
static inline void qk_ubrk_set_text(UBreakIterator *bi, const UChar *text, int32_t length, UErrorCode *status) {
    ubrk_setText(bi, text, length, status);
}
static inline int32_t qk_ubrk_first(UBreakIterator *bi) { return ubrk_first(bi); }
static inline int32_t qk_ubrk_next(UBreakIterator *bi) { return ubrk_next(bi); }
static inline int32_t qk_ubrk_rule_status(UBreakIterator *bi) { return ubrk_getRuleStatus(bi); }
static inline void qk_ubrk_close(UBreakIterator *bi) { ubrk_close(bi); }
static inline int32_t qk_ubrk_done(void) { return UBRK_DONE; }

// MARK: Character properties

/// The Sentence_Break property value (UAX #29) of a code point.
static inline int32_t qk_sentence_break(UChar32 c) { return u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK); }

// MARK: Transliteration

// UTransliterator is an opaque `void *` typedef; pass it as `void *` so Swift sees a raw pointer.
static inline void *qk_utrans_open(const UChar *id, int32_t idLength, UErrorCode *status) {
    return (void *)utrans_openU(id, idLength, UTRANS_FORWARD, NULL, 0, NULL, status);
}
static inline void qk_utrans_trans(void *trans, UChar *text, int32_t *textLength,
                                   int32_t textCapacity, int32_t start, int32_t *limit, UErrorCode *status) {
    utrans_transUChars((const UTransliterator *)trans, text, textLength, textCapacity, start, limit, status);
}
static inline void qk_utrans_close(void *trans) { utrans_close((UTransliterator *)trans); }

// MARK: Normalization

static inline const UNormalizer2 *qk_nfkc(UErrorCode *status) { return unorm2_getNFKCInstance(status); }
static inline int32_t qk_normalize(const UNormalizer2 *norm, const UChar *src, int32_t length,
                                   UChar *dest, int32_t capacity, UErrorCode *status) {
    return unorm2_normalize(norm, src, length, dest, capacity, status);
}

#endif
