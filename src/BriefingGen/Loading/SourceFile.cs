namespace BriefingGen.Loading;

/// <summary>A text file of the site, read once: its path from the site root (with '/') and its text.</summary>
public sealed record SourceFile(string Path, string Text);
