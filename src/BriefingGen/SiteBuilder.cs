using BriefingGen.Diagnostics;
using BriefingGen.Incremental;
using BriefingGen.Model;
using BriefingGen.Pipeline;
using BriefingGen.Rendering;

namespace BriefingGen;

/// <summary>Builds a site once (<c>build</c>, <c>check</c>): the <see cref="SitePipeline"/> with a memo that keeps nothing.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options) => SitePipeline.Build(options, BuildMemo.None);

    /// <summary>Where print pages are loaded from when the site has no base URL: a name that never reaches the network.</summary>
    public const string PrintOrigin = SitePipeline.PrintOrigin;

    /// <summary>Reads and resolves a site without rendering it: the model that the build renders, for tools and tests.</summary>
    public static (Site? Site, IReadOnlyList<Diagnostic> Diagnostics) LoadModel(BuildOptions options) => SitePipeline.Model(options);

    /// <inheritdoc cref="SitePipeline.Renderer"/>
    public static (Site Site, PageRenderer Renderer, IReadOnlyList<Diagnostic> Diagnostics) LoadRenderer(BuildOptions options) => SitePipeline.Renderer(options);

    /// <summary>The full path of the folder a build of <paramref name="options"/> writes; null, with the reason, when it is refused.</summary>
    public static string? OutputFolder(BuildOptions options, DiagnosticBag diagnostics) =>
        SiteSettings.OutputFolder(options, SiteSettings.Load(options, diagnostics), diagnostics);
}
