// zlib, for inflating the one part of a .docx archive that QuoteKit reads (Input/ZipDirectory.swift).
#include <zlib.h>
