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

    /// <summary>All diagnostics sorted by file, line, column and code, so that output is stable across thread schedules.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.Distinct()
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
