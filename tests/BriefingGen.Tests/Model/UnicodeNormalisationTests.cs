using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Model;

/// <summary>
/// URLs and output paths are in Unicode's composed form (NFC): names that differ only in how an accent is encoded
/// ("é", or "e" and a combining accent) look the same to a reader, so they are one address, and two files that claim it clash.
/// </summary>
public sealed class UnicodeNormalisationTests
{
    private const string Composed = "caf\u00e9";
    private const string Decomposed = "cafe\u0301";

    [Fact]
    public void Two_page_files_named_alike_in_different_normal_forms_clash_naming_both()
    {
        using var site = TestSite.With(
            $"-- content/{Composed}.md --\n---\ntitle: One\n---\nOne.\n-- content/{Decomposed}.md --\n---\ntitle: Two\n---\nTwo.\n");
        var result = site.Build();
        var clash = DiagnosticAssert.Single(result, DiagnosticCodes.DuplicateOutputPath);
        Assert.Contains($"content/{Composed}.md", clash.Message + clash.Span.Path, StringComparison.Ordinal);
        Assert.Contains($"content/{Decomposed}.md", clash.Message, StringComparison.Ordinal);
        Assert.Contains("\\u0301", clash.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_slug_written_decomposed_clashes_with_a_file_named_composed_at_the_slug()
    {
        using var site = TestSite.With(
            $"-- content/{Composed}.md --\n---\ntitle: One\n---\nOne.\n-- content/other.md --\n---\ntitle: Two\nslug: {Decomposed}\n---\nTwo.\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.DuplicateOutputPath, "content/other.md", 3, 7);
    }

    [Fact]
    public void A_page_named_decomposed_is_written_and_linked_composed()
    {
        using var site = TestSite.With(
            $"-- content/{Decomposed}.md --\n---\ntitle: Café\n---\nOne.\n-- content/links.md --\n---\ntitle: Links\n---\n[a](/{Decomposed}/), [b](/{Composed}/) and [c]({Decomposed}.md).\n");
        var result = site.Build();
        DiagnosticAssert.Clean(result);
        Assert.Contains($"{Composed}/index.html", site.OutputFiles());
        Assert.DoesNotContain(site.OutputFiles(), f => f.Contains(Decomposed, StringComparison.Ordinal));
        var links = site.ReadOutput("links/index.html");
        var hrefs = System.Text.RegularExpressions.Regex.Matches(links, "href=\"([^\"]*caf[^\"]*)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.True(hrefs.Count >= 3, string.Join(", ", hrefs));
        Assert.All(hrefs, href => Assert.Equal("../caf%C3%A9/index.html", href));
    }

    [Fact]
    public void Two_asset_files_named_alike_in_different_normal_forms_clash_naming_both()
    {
        using var site = TestSite.With(
            $"-- content/notes.md --\n---\ntitle: Notes\n---\n![a](/images/{Composed}.png)\n-- content/images/{Composed}.png --\nA\n-- content/images/{Decomposed}.png --\nB\n");
        var clash = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.DuplicateOutputPath);
        Assert.Contains($"content/images/{Composed}.png", clash.Message, StringComparison.Ordinal);
        Assert.Contains($"content/images/{Decomposed}.png", clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_data_ids_that_differ_only_in_normalisation_are_one_id()
    {
        const string grid = "  name: G\n  rows: { label: R, levels: [{ id: a, label: A }] }\n  columns: { label: C, levels: [{ id: x, label: X }] }\n  cells:\n    - { row: a, column: x, text: t }\n";
        using var site = TestSite.With(
            $"-- content/data/grids.yml --\n- id: \u00c5\n{grid}- id: \u212b\n{grid}-- content/notes.md --\n---\ntitle: Notes\n---\n{{{{< grid \u00c5 >}}}}\n");
        var result = site.Build();
        DiagnosticAssert.At(result, DiagnosticCodes.DuplicateId, "content/data/grids.yml", 7, 3);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOutputPath);
    }
}
