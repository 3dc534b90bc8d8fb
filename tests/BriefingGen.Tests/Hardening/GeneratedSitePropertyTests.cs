using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using FsCheck.Xunit;

namespace BriefingGen.Tests.Hardening;

/// <summary>
/// Properties of random valid sites (FsCheck): terms, references, a grid, a benefit/risk table and themes, with case
/// studies, briefings and perspectives that link terms, cite works, place themselves, give evidence, relate to each
/// other and link each other's pages, headings and the generated pages. At most 50 sites per property; a failure
/// prints FsCheck's replay seed (<c>[Property(Replay = "...")]</c> reruns it) and the site.
/// </summary>
[Collection(HeavyTestsCollection.Name)]
public sealed class GeneratedSitePropertyTests
{
    private const int Sites = 50;

    [Property(MaxTest = Sites, Arbitrary = [typeof(SiteGenerator)])]
    public void A_valid_site_builds_without_diagnostics_and_every_internal_link_resolves(SiteSpec spec)
    {
        using var site = HardeningSite.Empty();
        SiteGenerator.Write(spec, site.Site);
        var (result, _) = site.Build();

        Assert.True(result.Diagnostics.Count == 0, $"{spec}\n" + string.Join("\n", result.Diagnostics));
        Assert.True(result.Succeeded);
        var broken = BrokenLinks(Path.Combine(site.Site, "_site"));
        Assert.True(broken.Count == 0, $"{spec}\nlinks that lead nowhere:\n" + string.Join("\n", broken));
    }

    [Property(MaxTest = Sites, Arbitrary = [typeof(SiteGenerator)])]
    public void An_unknown_citation_key_gives_exactly_one_diagnostic_at_its_place(SiteWithTypo typo)
    {
        using var site = HardeningSite.Empty();
        var places = SiteGenerator.Write(typo.Site, site.Site);
        var cites = places[typo.Page];
        var place = cites[typo.Citation % cites.Count];
        var path = Path.Combine(site.Site, place.Path);
        var lines = File.ReadAllLines(path).ToList();
        var line = lines[place.Line - 1];
        Assert.Equal('@', line[place.Index]);
        Assert.Equal(place.Key, line.Substring(place.Index + 1, place.Key.Length));
        lines[place.Line - 1] = line[..(place.Index + 1)] + "nosuch" + place.Key + line[(place.Index + 1 + place.Key.Length)..];
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var (result, _) = site.Build(write: false);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.UnknownCitation, diagnostic.Code);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal($"{place.Path}:{place.Line}:{place.Column}", diagnostic.Span.ToString());
        Assert.Contains("@nosuch" + place.Key, diagnostic.Message, StringComparison.Ordinal);
    }

    // Half as many sites: each is built twice, with the search index (Pagefind, when installed, takes most of the time).
    [Property(MaxTest = Sites / 2, Arbitrary = [typeof(SiteGenerator)])]
    public void Two_builds_of_one_site_in_different_folders_give_identical_bytes(SiteSpec spec)
    {
        using var first = HardeningSite.Empty();
        using var second = HardeningSite.Empty();
        SiteGenerator.Write(spec, first.Site);
        SiteGenerator.Write(spec, second.Site);
        // With the search index, when Pagefind is installed: the whole output must be reproducible.
        var (a, _) = first.Build(search: true);
        var (b, _) = second.Build(search: true);
        Assert.True(a.Succeeded && b.Succeeded, string.Join("\n", a.Diagnostics.Concat(b.Diagnostics)));

        var outputA = Path.Combine(first.Site, "_site");
        var outputB = Path.Combine(second.Site, "_site");
        var filesA = Files(outputA);
        Assert.Equal(filesA, Files(outputB));
        foreach (var file in filesA)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(outputA, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outputB, file))),
                $"{file} differs between two builds of {spec}");
        }
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Every relative link, stylesheet and image of every written page, resolved as a browser would from the page's file
    /// (independently of the build's own link check): the file must exist and a #fragment must name an element's id.
    /// </summary>
    public static List<string> BrokenLinks(string output)
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) => ids.TryGetValue(file, out var found) ? found : ids[file] =
            parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        var root = new Uri(Path.GetFullPath(output) + Path.DirectorySeparatorChar);
        foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var urls = document.QuerySelectorAll("a[href], img[src], link[rel=stylesheet][href], link[rel=icon][href], script[src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
            foreach (var url in urls)
            {
                if (url.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto")
                {
                    continue;
                }

                // file: addresses keep '#' in their path, so the fragment is split off by hand.
                var hash = url.IndexOf('#');
                var pathPart = (hash < 0 ? url : url[..hash]).Split('?')[0];
                var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
                var target = pathPart.Length == 0 ? new Uri(page) : new Uri(new Uri(page), pathPart);
                var file = target.LocalPath;
                var name = Path.GetRelativePath(output, page);
                if (!target.AbsoluteUri.StartsWith(root.AbsoluteUri, StringComparison.Ordinal) || !File.Exists(file))
                {
                    broken.Add($"{name}: {url} (no file {file})");
                    continue;
                }

                if (fragment.Length > 0 && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file).Contains(fragment))
                {
                    broken.Add($"{name}: {url} (no id '{fragment}')");
                }
            }
        }

        return broken;
    }
}
