using BriefingGen.Diagnostics;

namespace BriefingGen.Pipeline;

/// <summary>The outcome of a build: its diagnostics (sorted), how many pages were written, and where.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int PagesWritten, string? OutputPath, TimeSpan Elapsed, bool Strict, int PdfsWritten = 0)
{
    /// <summary>Lines for the editor that are not problems (how to add search, say).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public int Errors => Diagnostics.Count(d => d.IsError);
    public int Warnings => Diagnostics.Count(d => !d.IsError);
    public bool Succeeded => Errors == 0 && (!Strict || Warnings == 0);
}
