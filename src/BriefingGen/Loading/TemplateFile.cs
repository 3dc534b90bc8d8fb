namespace BriefingGen.Loading;

/// <summary>A template: its name inside the template root (<c>layouts/page.html</c>), its text, and the path shown in diagnostics.</summary>
public sealed record TemplateFile(string Name, string Text, string DisplayPath, bool FromSite);
