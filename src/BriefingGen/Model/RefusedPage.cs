namespace BriefingGen.Model;

/// <summary>A page file that was read but refused for errors already reported, and the URL it would have had.</summary>
public sealed record RefusedPage(string SourcePath, string Url);
