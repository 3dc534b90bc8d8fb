namespace BriefingGen.Diagnostics;

/// <summary>Where a value came from: a path relative to the site root and a one-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A span naming a whole file (printed as its first line and column, as editors' problem matchers expect).</summary>
    public static SourceSpan File(string path) => new(path, 0, 0);

    /// <summary>The same file and line, moved right by <paramref name="columns"/>.</summary>
    public SourceSpan ShiftColumns(int columns) => this with { Column = Column + columns };

    public override string ToString() => $"{DiagnosticText.Escape(Path)}:{Math.Max(Line, 1)}:{Math.Max(Column, 1)}";
}
