using System.Security.Cryptography;
using BriefingGen.Tests.Model;

namespace BriefingGen.Tests.Incremental;

/// <summary>An edit to a timeline reaches the pages that embed it in an incremental build (serve's fingerprints see it), as in a full build.</summary>
public sealed class TimelineEditTests
{
    [Fact]
    public void Editing_a_timeline_rewrites_the_page_that_embeds_it_as_a_full_build_does()
    {
        using var site = TimelineSite.Site();
        var incrementalOutput = Path.Combine(site.Root, "_incremental");
        var builder = new IncrementalBuilder(new BuildOptions { Source = site.Root, Output = incrementalOutput, Search = false });
        Assert.True(builder.Build().Succeeded);

        var file = Path.Combine(site.Root, TimelineSite.File);
        File.WriteAllText(file, File.ReadAllText(file).Replace("Residents meet the council", "Residents and the council meet", StringComparison.Ordinal));
        Assert.True(builder.Build([file]).Succeeded);

        Assert.Contains("case-studies/estate/index.html", builder.LastWritten);
        Assert.Contains("timelines/estate-project/index.html", builder.LastWritten);
        Assert.DoesNotContain("case-studies/other/index.html", builder.LastWritten);
        Assert.Contains("Residents and the council meet", File.ReadAllText(Path.Combine(incrementalOutput, "case-studies", "estate", "index.html")));

        var fullOutput = Path.Combine(site.Root, "_full");
        Assert.True(SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = fullOutput, Search = false }).Succeeded);
        Assert.Equal(Hashes(fullOutput), Hashes(incrementalOutput));
    }

    private static List<string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f) + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal).ToList();
}
