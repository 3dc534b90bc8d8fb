using System.Collections.Concurrent;

namespace BriefingGen.Diagnostics;

/// <summary>Collects the diagnostics of a build from every stage and thread, to be printed once, in order.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(Severity.Error, code, span, message));

    public void Warning(string code, SourceSpan span, string message) =>
        Add(new Diagnostic(Severity.Warning, code, span, message));

    public bool HasErrors => _items.Any(d => d.IsError);

    public bool IsEmpty => _items.IsEmpty;

    /// <summary>All diagnostics sorted by file, line, column and code, so that output is stable across thread schedules.</summary>
    /// <param name="texts">The text of each file by path, to give columns as an editor counts them.</param>
    public IReadOnlyList<Diagnostic> Sorted(IReadOnlyDictionary<string, string>? texts = null) =>
        _items.Distinct()
            .Select(d => texts is not null && d.Span.Line > 0 && texts.TryGetValue(d.Span.Path, out var text)
                ? d with { Span = d.Span with { Column = EditorColumn.FromUtf16(text, d.Span.Line, d.Span.Column) } }
                : d)
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
