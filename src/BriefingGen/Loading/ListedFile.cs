namespace BriefingGen.Loading;

/// <summary>A file found in the site: its path as the site names it (from the site root, with '/') and its real path on disk.</summary>
public readonly record struct ListedFile(string SitePath, string RealPath);
