using BriefingGen.Diagnostics;

namespace BriefingGen.Loading;

/// <summary>Reads a content file's text, at most <paramref name="maxBytes"/>; null, with the reason reported, when it cannot be read.</summary>
/// <param name="realPath">The file's real path (see <see cref="Files.RealPath"/>).</param>
/// <param name="sitePath">Its path from the site root, with '/', which diagnostics name.</param>
public delegate string? ContentReader(string realPath, string sitePath, DiagnosticBag diagnostics, long maxBytes);
