using System.Diagnostics;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Hardening;

/// <summary>Regression tests for the bugs the hardening corpus and the fuzzer found, one per bug.</summary>
public sealed class FixedBugTests
{
    [Theory]
    [InlineData("[x](/javascript:alert(1))")]
    [InlineData("[x](/javascript:alert(1)/)")]
    public void A_site_path_that_looks_like_a_script_url_stays_a_path(string markdown)
    {
        using var site = TestSite.With($"-- content/javascript:alert(1).md --\n---\ntitle: Odd name\n---\nText.\n-- content/b.md --\n---\ntitle: B\n---\n{markdown}\n");
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Search = false, Write = true });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        if (!result.Succeeded)
        {
            return; // a link to a page that does not exist: refused, so nothing is written
        }

        foreach (var file in site.OutputFiles().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("href=\"javascript:", site.ReadOutput(file), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("[me](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void A_script_link_in_a_data_text_is_refused(string text)
    {
        using var site = TestSite.With($"-- content/data/terms.yml --\n- id: t\n  name: T\n  explanation: \"{text}\"\n-- content/a.md --\n---\ntitle: A\n---\n[[t]]\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnsafeUrl);
        Assert.Equal("content/data/terms.yml", diagnostic.Span.Path);
    }

    [Fact]
    public void Yaml_that_trips_the_yaml_library_is_a_syntax_error_not_a_crash()
    {
        using var site = TestSite.With("-- content/data/broken.yml --\na: {\nb\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        Assert.Equal("content/data/broken.yml", DiagnosticAssert.Single(result, DiagnosticCodes.YamlSyntax).Span.Path);
    }

    [Fact]
    public void An_alias_used_as_a_mapping_key_is_refused_at_once()
    {
        var lines = new List<string> { "a: &a0 [x, x, x, x, x, x, x, x, x, x, x, x]" };
        for (var i = 1; i < 9; i++)
        {
            lines.Add($"b{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 12))}]");
        }

        lines.Add("c:\n  ? *a8\n  : v");
        using var site = TestSite.With($"-- content/data/keys.yml --\n{string.Join("\n", lines)}\n");
        var clock = Stopwatch.StartNew();
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.YamlTooComplex);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        Assert.Equal(11, diagnostic.Span.Line);
    }

    [Fact]
    public void A_file_and_a_page_that_need_the_same_path_are_a_duplicate_output()
    {
        using var site = TestSite.With("-- content/foo --\nplain file\n-- content/foo.md --\n---\ntitle: Foo\n---\nText.\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.DuplicateOutputPath);
        Assert.Equal("content/foo", diagnostic.Span.Path);
    }

    [Fact]
    public void A_slug_longer_than_a_file_name_may_be_is_refused()
    {
        using var site = TestSite.With($"-- content/a.md --\n---\ntitle: A\nslug: {new string('a', 300)}\n---\nText.\n");
        var result = site.Build();
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        DiagnosticAssert.Single(result, DiagnosticCodes.UnsafeSlug);
    }

    [Fact]
    public void A_symbolic_link_to_nothing_is_refused()
    {
        using var site = TestSite.With();
        File.CreateSymbolicLink(Path.Combine(site.Root, "content", "dangling.md"), "nowhere.md");
        DiagnosticAssert.Single(site.Build(), DiagnosticCodes.UnsafePath);
    }

    [Fact]
    public void A_templates_folder_that_links_outside_the_site_is_not_read()
    {
        using var outside = TestSite.With("-- layouts/page.html --\nSECRET\n");
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "templates"), outside.Root);
        var result = site.Build();
        Assert.Equal("templates", DiagnosticAssert.Single(result, DiagnosticCodes.UnsafePath).Span.Path);
    }

    [Fact]
    public void A_slow_regular_expression_in_a_template_gives_up_quickly()
    {
        using var site = TestSite.With("-- templates/layouts/page.html --\n{{ \"" + new string('a', 40) + "!\" | regex.match \"^(a+)+$\" }}\n" +
                                       "-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        var clock = Stopwatch.StartNew();
        site.Build();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Three_dots_close_front_matter_as_yaml_allows()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n...\nText.\n");
        DiagnosticAssert.Clean(site.Build());
    }

    [Fact]
    public void A_negative_file_size_limit_is_refused()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nlimits:\n  max_file_bytes: -1\n-- content/_index.md --\n---\ntitle: Home\n---\n");
        DiagnosticAssert.At(site.Build(), DiagnosticCodes.InvalidValue, "site.config.yml", 3, 19);
    }

    [Fact]
    public void Print_editions_link_to_pages_named_by_their_markdown_files()
    {
        using var site = TestSite.WithPrintEditions("-- content/case-studies/a.md --\n---\ntitle: A\n---\nSee [b](b.md).\n-- content/case-studies/b.md --\n---\ntitle: B\n---\nB.\n");
        site.Build();
        Assert.Contains("href=\"../../../case-studies/b/index.html\"", site.ReadOutput("case-studies/a/paper/index.html"));
    }

    [Fact]
    public void File_names_with_url_characters_are_percent_encoded_in_links()
    {
        using var site = TestSite.With("-- content/notes/c#.md --\n---\ntitle: C sharp\n---\nText.\n-- content/notes/what?.md --\n---\ntitle: What\n---\nText.\n");
        var result = site.Build();
        DiagnosticAssert.Clean(result);
        Assert.Contains("href=\"../notes/c%23/index.html\"", site.ReadOutput("notes/index.html"));
    }
}
