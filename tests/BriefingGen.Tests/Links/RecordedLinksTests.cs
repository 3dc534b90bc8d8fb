using BriefingGen.Checking;
using BriefingGen.Tests.Hardening;
using BriefingGen.Tests.Support;
using Xunit.Abstractions;

namespace BriefingGen.Tests.Links;

/// <summary>
/// The ids and links a page records while it renders are those the link check would read from its HTML with
/// AngleSharp (<see cref="LinkChecker.Read(BriefingGen.Rendering.RenderedPage)"/>, the oracle), on every page of the
/// bundled site, of the small fixture and of the mutation fuzzer's first mutants. A page whose recorder refused is
/// read instead; every page of the bundled site and the fixture is recorded.
/// </summary>
public sealed class RecordedLinksTests(ITestOutputHelper output)
{
    [Fact]
    public void The_bundled_site_s_recorded_links_are_the_links_read() => Assert.True(AllAgree(Repository.Root, "bundled site"), "a page was not recorded");

    [Fact]
    public void The_small_fixture_s_recorded_links_are_the_links_read() =>
        Assert.True(AllAgree(Repository.Path("tests", "fixtures", "small-site"), "small fixture"), "a page was not recorded");

    [Fact]
    public void The_fuzzer_s_mutants_recorded_links_are_the_links_read()
    {
        var files = MutationFuzzTests.BundledSite();
        var random = new Random(MutationFuzzTests.DefaultSeed);
        for (var i = 0; i < 12; i++)
        {
            var mutation = MutationFuzzTests.Mutate(files, random);
            using var site = HardeningSite.Empty();
            foreach (var (path, bytes) in files)
            {
                var full = Path.Combine(site.Site, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllBytes(full, path == mutation.File ? mutation.Bytes : bytes);
            }

            AllAgree(site.Site, $"mutant {i}: {mutation}");
        }
    }

    // True when every page rendered was recorded.
    private bool AllAgree(string source, string name)
    {
        var (site, renderer, _) = SitePipeline.Renderer(new BuildOptions { Source = source, Search = false });
        renderer.RecordLinks = true;
        var (rendered, recorded) = (0, 0);
        var disagree = new List<string>();
        foreach (var page in site.Pages)
        {
            if (renderer.Render(page) is not { } html)
            {
                continue;
            }

            rendered++;
            if (html.Links is not { } links)
            {
                continue;
            }

            recorded++;
            var read = LinkChecker.Read(html);
            if (!links.Ids.SetEquals(read.Ids))
            {
                disagree.Add($"{html.OutputPath}: ids recorded [{string.Join(" ", links.Ids.Order(StringComparer.Ordinal))}], read [{string.Join(" ", read.Ids.Order(StringComparer.Ordinal))}]");
            }

            if (!links.Urls.SequenceEqual(read.Urls, StringComparer.Ordinal))
            {
                disagree.Add($"{html.OutputPath}: links recorded [{string.Join(" ", links.Urls)}], read [{string.Join(" ", read.Urls)}]");
            }
        }

        output.WriteLine($"{name}: {recorded} of {rendered} pages recorded their links");
        Assert.True(disagree.Count == 0, $"{name}:\n" + string.Join("\n", disagree));
        return recorded == rendered;
    }
}
