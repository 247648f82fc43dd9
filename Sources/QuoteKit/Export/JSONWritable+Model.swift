extension Quote: JSONWritable {
    /// Writes the quote with the fields of ``Quote/CodingKeys`` in order.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        // Keys, numbers, literals and the quote's own strings go straight into reserved space: at most
        // 21 bytes per integer and 6 per string byte (a \u00XX escape).
        let strings = id.utf8.count + source.utf8.count + text.utf8.count + open.utf8.count
            + (close?.utf8.count ?? 0) + (parent?.utf8.count ?? 0)
        let hasSpeaker = speaker != nil
        let plainTail = !hasSpeaker && cue == nil && work == nil && rule == nil && confidence == nil && check == nil
        w.raw(maxCount: 512 + 21 * 12 + 6 * strings, endsWithKey: hasSpeaker) { r in
            r.literal("\"id\":"); r.string(id)
            r.literal(",\"source\":"); r.string(source)
            r.literal(",\"text\":"); r.string(text)
            r.literal(",\"start\":"); r.int(start)
            r.literal(",\"end\":"); r.int(end)
            r.literal(",\"utf16\":"); r.pair(utf16Bounds)
            r.literal(",\"utf8\":"); r.pair(utf8Bounds)
            r.literal(",\"line\":"); r.int(line)
            r.literal(",\"column\":"); r.int(column)
            r.literal(",\"open\":"); r.string(open)
            r.literal(",\"close\":"); if let close { r.string(close) } else { r.null() }
            r.literal(",\"depth\":"); r.int(depth)
            r.literal(",\"parent\":"); if let parent { r.string(parent) } else { r.null() }
            switch kind {
            case .quotation: r.literal(",\"kind\":\"quotation\"")
            case .term: r.literal(",\"kind\":\"term\"")
            }
            r.literal(",\"unclosed\":"); r.bool(unclosed)
            r.literal(",\"sentence\":"); r.pair(sentenceBounds)
            r.literal(",\"paragraph\":"); r.int(paragraph)
            if plainTail {
                r.literal(",\"speaker\":null,\"cue\":null,\"work\":null,\"rule\":null,\"confidence\":null,\"check\":null")
            } else {
                r.literal(hasSpeaker ? ",\"speaker\":" : ",\"speaker\":null")
            }
        }
        if !plainTail {
            if let speaker { speaker.write(to: &w) }
            w.rawKey(",\"cue\":"); w.value(cue)
            w.rawKey(",\"work\":"); w.value(work)
            w.rawKey(",\"rule\":"); w.value(rule)
            w.rawKey(",\"confidence\":"); w.value(confidence)
            w.rawKey(",\"check\":"); w.value(check)
        }
        if let location { w.rawKey(",\"location\":"); w.value(location) }
        w.endObject()
    }
}

extension Speaker: JSONWritable {
    /// Writes `{"name", "mention", "title", "start", "end", "resolution"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("name"); w.value(name)
        w.key("mention"); w.value(mention)
        w.key("title"); w.value(title)
        w.key("start"); w.value(start)
        w.key("end"); w.value(end)
        w.key("resolution"); w.value(resolution.rawValue)
        w.endObject()
    }
}

extension WorkReference: JSONWritable {
    /// Writes `{"title", "id", "container"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("title"); w.value(title)
        w.key("id"); w.value(id)
        w.key("container"); w.value(container)
        w.endObject()
    }
}

extension WorkMention: JSONWritable {
    /// Writes the mention's fields in declaration order.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(id)
        w.key("title"); w.value(title)
        w.key("parts"); w.value(parts)
        w.key("volume"); w.value(volume)
        w.key("chapter"); w.value(chapter)
        w.key("author"); w.value(author)
        w.key("container"); w.value(container)
        w.key("start"); w.value(start)
        w.key("end"); w.value(end)
        w.key("line"); w.value(line)
        w.key("column"); w.value(column)
        w.key("open"); w.value(open)
        w.key("depth"); w.value(depth)
        w.key("unclosed"); w.value(unclosed)
        w.key("quotes"); w.value(quotes)
        if let location { w.key("location"); w.value(location) }
        w.endObject()
    }
}

extension Diagnostic.Fix: JSONWritable {
    /// Writes `{"start", "end", "replacement"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("start"); w.value(start)
        w.key("end"); w.value(end)
        w.key("replacement"); w.value(replacement)
        w.endObject()
    }
}

extension Diagnostic: JSONWritable {
    /// Writes `{"source", "line", "column", "start", "end", "rule", "severity", "message", "fix"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("source"); w.value(source)
        w.key("line"); w.value(line)
        w.key("column"); w.value(column)
        w.key("start"); w.value(start)
        w.key("end"); w.value(end)
        w.key("rule"); w.value(rule)
        w.key("severity"); w.value(severity.rawValue)
        w.key("message"); w.value(message)
        w.key("fix"); w.value(fix)
        if let location { w.key("location"); w.value(location) }
        w.endObject()
    }
}

extension ExtractionResult: JSONWritable {
    /// Writes `{"source", "language", "quotes", "works", "diagnostics"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("source"); w.value(source)
        w.key("language"); w.value(language.rawValue)
        w.key("quotes"); w.value(quotes)
        w.key("works"); w.value(works)
        w.key("diagnostics"); w.value(diagnostics)
        w.endObject()
    }
}

extension CitationCheck: JSONWritable {
    /// Writes `{"verdict", "steps", "source", "diff", "similarity", "message", "claims"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("verdict"); w.value(verdict.rawValue)
        w.key("steps"); w.value(steps)
        w.key("source"); w.value(source)
        w.key("diff")
        if let diff { w.value(diff) } else { w.null() }
        w.key("similarity"); w.value(similarity)
        w.key("message"); w.value(message)
        w.key("claims"); w.value(claims)
        w.endObject()
    }
}

extension CitationCheck.Claim: JSONWritable {
    /// Writes `{"kind", "value", "rule", "evidence", "status", "matched", "steps"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("kind"); w.value(kind.rawValue)
        w.key("value"); w.value(value)
        w.key("rule"); w.value(rule)
        w.key("evidence"); w.value(evidence)
        w.key("status"); w.value(status.rawValue)
        w.key("matched"); w.value(matched)
        w.key("steps"); w.value(steps)
        w.endObject()
    }
}

extension CitationCheck.Source: JSONWritable {
    /// Writes `{"work", "author", "collection", "chapter", "offset", "line"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("work"); w.value(work)
        w.key("author"); w.value(author)
        w.key("collection"); w.value(collection)
        w.key("chapter"); w.value(chapter)
        w.key("offset"); w.value(offset)
        w.key("line"); w.value(line)
        w.endObject()
    }
}

extension CitationCheck.DiffSegment: JSONWritable {
    /// Writes `{"op", "quote", "source"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("op"); w.value(op.rawValue)
        w.key("quote"); w.value(quote)
        w.key("source"); w.value(source)
        w.endObject()
    }
}
