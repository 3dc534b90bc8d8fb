namespace BriefingGen.Diagnostics;

/// <summary>Where a value came from: a path relative to the site root and a one-based line and column.</summary>
public readonly record struct SourceSpan(string Path, int Line, int Column)
{
    /// <summary>A span naming a whole file (line and column 0 print as the path alone).</summary>
    public static SourceSpan File(string path) => new(path, 0, 0);

    /// <summary>The same file and line, moved right by <paramref name="columns"/>.</summary>
    public SourceSpan ShiftColumns(int columns) => this with { Column = Column + columns };

    public override string ToString() => Line <= 0 ? Path : $"{Path}:{Line}:{Column}";
}
