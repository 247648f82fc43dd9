extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not before a bound, in a collection sorted by that order
    /// (a binary search: the elements for which `isBefore` holds must all come first).
    func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let mid = (low + high) / 2
            if isBefore(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
