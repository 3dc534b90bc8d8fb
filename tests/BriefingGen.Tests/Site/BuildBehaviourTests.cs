using System.Security.Cryptography;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Site;

/// <summary>What an editor sees a build do: URLs, sections, overrides, drafts, determinism, and safety of the output folder.</summary>
public sealed class BuildBehaviourTests
{
    private const string TwoPages =
        "-- content/case-studies/a.md --\n---\ntitle: Alpha\nsummary: First.\n---\nSee [beta](b.md).\n" +
        "-- content/case-studies/b.md --\n---\ntitle: Beta\n---\nBack to [alpha](/case-studies/a/).\n" +
        "-- content/about.md --\n---\ntitle: About\n---\nAbout us.\n";

    [Fact]
    public void Pages_get_pretty_urls_and_each_section_a_list_page()
    {
        using var site = TestSite.With(TwoPages);
        DiagnosticAssert.Clean(site.Build());
        Assert.True(site.OutputExists("case-studies/a/index.html"));
        Assert.True(site.OutputExists("about/index.html"));
        var list = site.ReadOutput("case-studies/index.html");
        Assert.Contains("href=\"../case-studies/a/index.html\"", list);
        Assert.Contains("First.", list);
        Assert.True(site.OutputExists("index.html"));
        Assert.True(site.OutputExists("404.html"));
        Assert.True(site.OutputExists("assets/style.css"));
    }

    [Fact]
    public void Links_between_pages_are_relative_whether_written_to_md_files_or_site_paths()
    {
        using var site = TestSite.With(TwoPages);
        site.Build();
        Assert.Contains("href=\"../../case-studies/b/index.html\"", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("href=\"../../case-studies/a/index.html\"", site.ReadOutput("case-studies/b/index.html"));
        Assert.DoesNotContain("href=\"/", site.ReadOutput("case-studies/b/index.html"));
    }

    [Fact]
    public void A_link_to_a_missing_page_fails_the_build_naming_the_page_and_link()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nSee [gone](/nowhere/).\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.BrokenLink);
        Assert.Equal("content/a.md", diagnostic.Span.Path);
        Assert.Contains("nowhere", diagnostic.Message);
    }

    [Fact]
    public void A_link_to_a_missing_fragment_fails_the_build()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\n## Real heading\n\nSee [x](#not-a-heading) and [y](#real-heading).\n");
        var diagnostic = DiagnosticAssert.Single(site.Build(), DiagnosticCodes.BrokenFragment);
        Assert.Contains("not-a-heading", diagnostic.Message);
    }

    [Fact]
    public void The_same_relative_link_is_checked_from_each_page_it_is_written_on()
    {
        // Pages share resolved links where they lead to the same file; these lead to different files from each page.
        using var site = TestSite.With(
            "-- content/a/one.md --\n---\ntitle: One\n---\n## Only here\n\n[x](../x/) [up](#only-here) [y](../../a/x/)\n" +
            "-- content/a/x.md --\n---\ntitle: X\n---\nX.\n" +
            "-- content/b/two.md --\n---\ntitle: Two\n---\n## Elsewhere\n\n[x](../x/) [up](#only-here) [y](../../a/x/)\n");
        var result = site.Build();
        Assert.Equal(
            [(DiagnosticCodes.BrokenLink, "content/b/two.md", 6), (DiagnosticCodes.BrokenFragment, "content/b/two.md", 6)],
            result.Diagnostics.Select(d => (d.Code, d.Span.Path, d.Span.Line)).Order().ToList());
    }

    [Fact]
    public void A_site_template_overrides_the_default_theme_by_path()
    {
        using var site = TestSite.With(TwoPages + "-- templates/partials/footer.html --\n<footer>Our own footer</footer>\n" +
                                       "-- templates/assets/style.css --\nbody { color: red; }\n");
        site.Build();
        Assert.Contains("Our own footer", site.ReadOutput("about/index.html"));
        Assert.Equal("body { color: red; }\n", site.ReadOutput("assets/style.css"));
    }

    [Fact]
    public void A_page_chooses_its_layout_in_front_matter()
    {
        using var site = TestSite.With("-- templates/layouts/plain.html --\n<p>plain: {{ page.title }}</p>\n" +
                                       "-- content/a.md --\n---\ntitle: A & B\nlayout: plain\n---\nBody\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal("<p>plain: A &amp; B</p>\n", site.ReadOutput("a/index.html"));
    }

    [Fact]
    public void Static_files_under_content_are_copied()
    {
        using var site = TestSite.With("-- content/case-studies/map.txt --\na map\n");
        site.Build();
        Assert.Equal("a map\n", site.ReadOutput("case-studies/map.txt"));
    }

    [Fact]
    public void Drafts_are_left_out_unless_asked_for()
    {
        using var site = TestSite.With("-- content/wip.md --\n---\ntitle: Work in progress\ndraft: true\n---\nBody\n");
        site.Build();
        Assert.False(site.OutputExists("wip/index.html"));
        SiteBuilder.Build(new BuildOptions { Source = site.Root, Drafts = true });
        Assert.True(site.OutputExists("wip/index.html"));
    }

    [Fact]
    public void Content_strings_are_escaped_and_raw_html_is_off_by_default()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: \"<script>alert(1)</script>\"\nsummary: \"\\\" onmouseover=\\\"x\"\n---\n<b>bold</b>\n");
        site.Build();
        var html = site.ReadOutput("a/index.html");
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>bold</b>", html);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html);
        Assert.DoesNotContain("\" onmouseover=\"x", html);
    }

    [Fact]
    public void Raw_html_is_kept_when_the_site_opts_in_and_a_script_is_a_warning()
    {
        using var site = new TestSite("-- site.config.yml --\ntitle: T\nmarkdown:\n  unsafe_html: true\n" +
                                      "-- content/_index.md --\n---\ntitle: Home\n---\n<b>bold</b>\n\n<script>alert(1)</script>\n");
        var result = site.Build();
        Assert.Contains("<b>bold</b>", site.ReadOutput("index.html"));
        DiagnosticAssert.At(result, DiagnosticCodes.RawHtmlScript, "content/_index.md", 6, 1);
    }

    [Fact]
    public void Base_url_gives_canonical_addresses()
    {
        using var site = TestSite.With(TwoPages);
        site.Build(baseUrl: "https://forum.example.org/briefings");
        Assert.Contains("<link rel=\"canonical\" href=\"https://forum.example.org/briefings/case-studies/a/\">", site.ReadOutput("case-studies/a/index.html"));
    }

    [Fact]
    public void Two_builds_of_the_same_input_give_identical_bytes()
    {
        using var site = TestSite.With(TwoPages);
        site.Build();
        var first = Fingerprint(site);
        site.Build();
        Assert.Equal(first, Fingerprint(site));
    }

    [Theory]
    [InlineData("content/case-studies/a.md", "---\ntitle: [broken\n---\n", DiagnosticCodes.YamlSyntax)] // fails while the pages are read
    [InlineData("content/about.md", "---\ntitle: About\n---\nSee [gone](/nowhere/).\n", DiagnosticCodes.BrokenLink)] // at the link check, pages staged
    public void A_failed_build_leaves_the_previous_output_as_it_was(string path, string text, string code)
    {
        using var site = TestSite.With(TwoPages);
        Assert.True(site.Build().Succeeded);
        var before = Fingerprint(site);
        site.WriteFile(path, text);
        site.WriteFile("content/new.md", "---\ntitle: New\n---\nNew page\n");
        DiagnosticAssert.Single(site.Build(), code);
        Assert.Equal(before, Fingerprint(site));
        Assert.False(site.OutputExists("new/index.html"));
        Assert.Equal([site.Output], Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, Path.GetFileName(site.Output) + "*"));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, "." + Path.GetFileName(site.Output) + ".*"));
    }

    [Fact]
    public void A_site_template_makes_site_paths_relative_with_relurl_and_writes_its_own_markup_with_raw()
    {
        using var site = TestSite.With(TwoPages +
            "-- templates/layouts/page.html --\n" +
            "{{ capture box }}<b>{{ page.title }}</b>{{ end }}<a href=\"{{ relurl '/case-studies/b/' }}\">b</a> {{ box | raw }}\n");
        DiagnosticAssert.Clean(site.Build());
        Assert.Equal("<a href=\"../../case-studies/b/index.html\">b</a> <b>Alpha</b>\n", site.ReadOutput("case-studies/a/index.html"));
        Assert.Equal("<a href=\"../case-studies/b/index.html\">b</a> <b>About</b>\n", site.ReadOutput("about/index.html"));
    }

    [SkippableFact]
    public void Pages_that_cannot_be_written_are_one_error_and_nothing_is_swapped_in()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "relies on Linux refusing paths longer than 4,095 bytes");
        using var site = TestSite.WithPrintEditions(
            "-- content/about.md --\n---\ntitle: About\n---\nAbout.\n" +
            $"-- content/case-studies/{new string('c', 50)}.md --\n---\ntitle: Long\n---\nText.\n");

        // An output folder so deep that short page paths still fit under Linux's limit and the case study's do not.
        var output = Path.Combine(site.Root, "out");
        while (output.Length < 3900)
        {
            output = Path.Combine(output, new string('d', 100));
        }

        output = Path.Combine(output, new string('e', 4055 - output.Length - "/..staging".Length - 1 - 1));
        var result = SiteBuilder.Build(new BuildOptions { Source = site.Root, Output = output, Search = false });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.InternalError, error.Code);
        // The case study's pages: web page, paper and handout (its citation files are written with the assets, after them).
        Assert.Matches(@"^could not write case-studies/c{50}/(paper/|handout/)?index\.html \(and 2 more pages\): ", error.Message);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Check_validates_without_writing()
    {
        using var site = TestSite.With(TwoPages);
        var result = site.Build(write: false);
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Output_has_no_machine_paths()
    {
        using var site = TestSite.With(TwoPages);
        site.Build();
        foreach (var file in site.OutputFiles())
        {
            Assert.DoesNotContain(site.Root, site.ReadOutput(file));
        }
    }

    private static string Fingerprint(TestSite site) =>
        string.Join("\n", site.OutputFiles().Select(f => f + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(site.Output, f))))));
}

/// <summary>Large pages are written whole: a template engine limit must fail loudly, never cut a page short.</summary>
public sealed class LargePageTests
{
    [Fact]
    public void A_page_of_several_megabytes_is_written_complete()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Residents and officers met again to plan the service together. ", 40));
        var body = string.Join("\n\n", Enumerable.Range(0, 1200).Select(i => $"Part {i}: {paragraph}"));
        using var site = BriefingGen.Tests.Support.TestSite.With($"-- content/long.md --\n---\ntitle: Long\n---\n{body}\n");
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = site.ReadOutput("long/index.html");
        Assert.True(html.Length > 3_000_000);
        Assert.Contains("Part 1199: Residents", html);
        Assert.EndsWith("</html>", html.TrimEnd());
    }
}

/// <summary>Two builds never write one output folder at once.</summary>
public sealed class OutputLockTests
{
    [Fact]
    public void A_build_while_another_holds_the_output_folder_fails_with_a_clear_message()
    {
        using var site = BriefingGen.Tests.Support.TestSite.With();
        Assert.True(site.Build().Succeeded);
        var before = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        using (new FileStream(Path.Combine(site.Root, "._site.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            site.WriteFile("content/_index.md", "---\ntitle: Changed\n---\n");
            var result = site.Build();
            var diagnostic = BriefingGen.Tests.Support.DiagnosticAssert.Single(result, BriefingGen.Diagnostics.DiagnosticCodes.OutputLocked);
            Assert.Contains("another build", diagnostic.Message);
        }

        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "index.html")));
        Assert.True(site.Build().Succeeded);
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JavaScript:alert(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Script_urls_in_content_are_refused(string markdown)
    {
        using var site = BriefingGen.Tests.Support.TestSite.With($"-- content/a.md --\n---\ntitle: A\n---\n{markdown}\n");
        BriefingGen.Tests.Support.DiagnosticAssert.At(site.Build(), BriefingGen.Diagnostics.DiagnosticCodes.UnsafeUrl, "content/a.md", 4, 1);
    }
}
