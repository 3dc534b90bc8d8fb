using BriefingGen.Printing;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Printing;

/// <summary>The bundled site built once with PDFs, for the print tests; null when this machine has no Chromium.</summary>
public sealed class PrintedSite
{
    private static readonly Lazy<PrintedSite?> Shared = new(() =>
        BrowserLocator.Find(null) is null ? null : new PrintedSite(Repository.Root));

    private PrintedSite(string source)
    {
        Output = Path.Combine(Path.GetTempPath(), "bg-print-" + Guid.NewGuid().ToString("N")[..12]);
        TemporaryFolder.DeleteAtExit(Output);
        Result = SiteBuilder.Build(new BuildOptions { Source = source, Output = Output, Pdf = true, Strict = true, Search = false });
    }

    public const string NoBrowser = "Chromium is not installed (apt-get install chromium); .ci/run installs it";

    /// <summary>The printed bundled site; the calling test is skipped when Chromium is missing.</summary>
    public static PrintedSite Get()
    {
        Skip.If(Shared.Value is null, NoBrowser);
        return Shared.Value!;
    }

    public string Output { get; }

    public BuildResult Result { get; }

    public IReadOnlyList<string> Pdfs(string pattern) =>
        Directory.EnumerateFiles(Output, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
}
