using BriefingGen.Config;

namespace BriefingGen.Loading;

/// <summary>Everything read from the site folder, each file once, in stable (ordinal path) order.</summary>
public sealed record SiteSources(
    SiteConfig Config,
    IReadOnlyList<SourceFile> Pages,
    IReadOnlyList<SourceFile> DataFiles,
    IReadOnlyList<TemplateFile> Templates,
    IReadOnlyList<AssetFile> Assets);
