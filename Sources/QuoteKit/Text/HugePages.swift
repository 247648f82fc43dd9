#if canImport(Glibc)
import Glibc
#endif

/// Large buffers backed by 2 MB pages where the system allows it.
///
/// A big document's buffers (its bytes, its scalars) are fresh memory, and on Linux every 4 KB page of it
/// costs a page fault on first touch: for a 20 MB text that is tens of thousands of faults, a fifth of the
/// run. With transparent huge pages in `madvise` mode (the common default), asking for huge pages on the
/// buffer's aligned interior turns them into a few dozen. Elsewhere, or below the threshold, it does nothing.
enum HugePages {
    /// Buffers smaller than this are left alone.
    static let threshold = 8 << 20

    /// Advises the kernel to back the 2 MB-aligned part of `byteCount` bytes at `base` with huge pages.
    static func advise(_ base: UnsafeMutableRawPointer, byteCount: Int) {
        #if os(Linux)
        guard byteCount >= threshold else { return }
        let huge = 2 << 20
        let start = (Int(bitPattern: base) + huge - 1) & ~(huge - 1)
        let end = (Int(bitPattern: base) + byteCount) & ~(huge - 1)
        guard end > start, let aligned = UnsafeMutableRawPointer(bitPattern: start) else { return }
        _ = madvise(aligned, end - start, MADV_HUGEPAGE)
        #endif
    }
}
