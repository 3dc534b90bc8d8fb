using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Rendering;

/// <summary>
/// An editor who revises a page says so with <c>updated:</c>; in a git work tree a page without one is dated by the
/// last commit of its file. Readers see "Updated", and the sitemap and the feed carry the date.
/// </summary>
public sealed class LastUpdatedTests
{
    [Fact]
    public void An_updated_date_shows_on_the_page_and_in_the_sitemap_and_the_feed()
    {
        using var site = new TestSite(
            "-- content/case-studies/a.md --\n---\ntitle: A case\ndate: 2024-05-01\nupdated: 2026-11-30\n---\nRevised.\n" +
            "-- content/case-studies/b.md --\n---\ntitle: B case\ndate: 2024-06-01\n---\nNot revised.\n");
        var result = site.Build(baseUrl: "https://forum.example.org/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.ReadOutput("case-studies/a/index.html");
        Assert.Contains("<span class=\"updated\">Updated <time datetime=\"2026-11-30\">30 November 2026</time></span>", page);
        Assert.DoesNotContain("Updated", site.ReadOutput("case-studies/b/index.html"));
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://forum.example.org/case-studies/a/</loc><lastmod>2026-11-30</lastmod>", sitemap);
        Assert.Contains("<loc>https://forum.example.org/case-studies/b/</loc><lastmod>2024-06-01</lastmod>", sitemap);
        var feed = site.ReadOutput("feed.xml");
        Assert.Contains("<updated>2026-11-30T00:00:00Z</updated>", feed);
        Assert.Contains("<updated>2024-06-01T00:00:00Z</updated>", feed);
    }

    [Fact]
    public void An_updated_month_or_year_is_shown_and_sent_at_the_precision_written()
    {
        using var site = TestSite.With(
            "-- content/case-studies/a.md --\n---\ntitle: A case\ndate: 2024-05-01\nupdated: 2026-11\n---\nRevised.\n" +
            "-- content/case-studies/b.md --\n---\ntitle: B case\ndate: 2024\nupdated: 2025\n---\nRevised.\n");
        DiagnosticAssert.Clean(site.Build(baseUrl: "https://forum.example.org/"));

        Assert.Contains("Updated <time datetime=\"2026-11\">November 2026</time>", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("Updated <time datetime=\"2025\">2025</time>", site.ReadOutput("case-studies/b/index.html"));
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://forum.example.org/case-studies/a/</loc><lastmod>2026-11</lastmod>", sitemap);
        Assert.Contains("<loc>https://forum.example.org/case-studies/b/</loc><lastmod>2025</lastmod>", sitemap);
        Assert.Contains("<updated>2026-11-01T00:00:00Z</updated>", site.ReadOutput("feed.xml"));
    }

    [SkippableFact]
    public void In_a_git_work_tree_a_page_is_dated_by_the_last_commit_of_its_file()
    {
        using var site = TestSite.With(
            "-- content/case-studies/a.md --\n---\ntitle: A case\ndate: 2024-05-01\n---\nFirst.\n" +
            "-- content/case-studies/b.md --\n---\ntitle: B case\ndate: 2024-06-01\nupdated: 2026-11-30\n---\nIts own date.\n" +
            "-- content/case-studies/c.md --\n---\ntitle: C case\ndate: 2024-07-01\n---\nCommitted once.\n");
        Skip.If(ExternalProgram.FindOnPath("git") is null, "git is not installed");
        CommitFirstVersion(site);
        site.WriteFile("content/case-studies/a.md", "---\ntitle: A case\ndate: 2024-05-01\n---\nRevised.\n");
        // Late in the evening west of Greenwich: the day is the committer's, not the build machine's.
        Git(site, "2026-12-03T23:30:00-05:00", "commit", "-q", "-a", "-m", "Revise A");
        // Edited but not committed, and never committed: a date comes only from a commit.
        site.WriteFile("content/case-studies/c.md", "---\ntitle: C case\ndate: 2024-07-01\n---\nEdited, not committed.\n");
        site.WriteFile("content/case-studies/d.md", "---\ntitle: D case\ndate: 2024-08-01\n---\nNew.\n");

        DiagnosticAssert.Clean(site.Build(baseUrl: "https://forum.example.org/"));
        var first = site.OutputFiles().ToDictionary(f => f, site.ReadOutput);

        Assert.Contains("Updated <time datetime=\"2026-12-03\">3 December 2026</time>", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("Updated <time datetime=\"2026-11-30\">30 November 2026</time>", site.ReadOutput("case-studies/b/index.html"));
        Assert.Contains("Updated <time datetime=\"2026-12-01\">1 December 2026</time>", site.ReadOutput("case-studies/c/index.html"));
        Assert.DoesNotContain("Updated", site.ReadOutput("case-studies/d/index.html"));
        var sitemap = site.ReadOutput("sitemap.xml");
        Assert.Contains("<loc>https://forum.example.org/case-studies/a/</loc><lastmod>2026-12-03</lastmod>", sitemap);
        Assert.Contains("<loc>https://forum.example.org/case-studies/d/</loc><lastmod>2024-08-01</lastmod>", sitemap);
        Assert.Contains("<updated>2026-12-03T00:00:00Z</updated>", site.ReadOutput("feed.xml"));

        // The history is input like the files: the same history and files give the same bytes.
        DiagnosticAssert.Clean(site.Build(baseUrl: "https://forum.example.org/"));
        Assert.Equal(first, site.OutputFiles().ToDictionary(f => f, site.ReadOutput));
    }

    [SkippableFact]
    public void Serve_dates_a_page_by_a_commit_made_while_it_runs_at_the_next_edit()
    {
        using var site = TestSite.With(
            "-- content/case-studies/a.md --\n---\ntitle: A case\ndate: 2024-05-01\n---\nFirst.\n" +
            "-- content/case-studies/b.md --\n---\ntitle: B case\ndate: 2024-06-01\n---\nFirst.\n");
        Skip.If(ExternalProgram.FindOnPath("git") is null, "git is not installed");
        CommitFirstVersion(site);
        var serve = new IncrementalBuilder(new BuildOptions { Source = site.Root, Search = false });
        DiagnosticAssert.Clean(serve.Build());
        Assert.Contains("Updated <time datetime=\"2026-12-01\">", site.ReadOutput("case-studies/a/index.html"));

        // An edit with the same commit checked out keeps the dates; a commit is seen at the next edit, even by a page
        // that was not edited since.
        var (a, b) = (Path.Combine(site.Root, "content/case-studies/a.md"), Path.Combine(site.Root, "content/case-studies/b.md"));
        site.WriteFile("content/case-studies/a.md", "---\ntitle: A case\ndate: 2024-05-01\n---\nRevised.\n");
        DiagnosticAssert.Clean(serve.Build([a]));
        Assert.Contains("Updated <time datetime=\"2026-12-01\">", site.ReadOutput("case-studies/a/index.html"));
        Git(site, "2026-12-04T09:00:00+00:00", "commit", "-q", "-a", "-m", "Revise A");
        site.WriteFile("content/case-studies/b.md", "---\ntitle: B case\ndate: 2024-06-01\n---\nSecond.\n");
        DiagnosticAssert.Clean(serve.Build([b]));
        Assert.Contains("Updated <time datetime=\"2026-12-04\">", site.ReadOutput("case-studies/a/index.html"));
        Assert.Contains("Updated <time datetime=\"2026-12-01\">", site.ReadOutput("case-studies/b/index.html"));
    }

    [SkippableFact]
    public void A_build_asked_not_to_read_git_dates_pages_by_their_front_matter_only()
    {
        using var site = TestSite.With("-- content/case-studies/a.md --\n---\ntitle: A case\ndate: 2024-05-01\n---\nFirst.\n");
        Skip.If(ExternalProgram.FindOnPath("git") is null, "git is not installed");
        CommitFirstVersion(site);

        DiagnosticAssert.Clean(SiteBuilder.Build(new BuildOptions { Source = site.Root, Search = false, CommitDates = false }));
        Assert.DoesNotContain("Updated", site.ReadOutput("case-studies/a/index.html"));
    }

    // A new repository whose one commit, on 1 December 2026, holds every file of the site.
    private static void CommitFirstVersion(TestSite site)
    {
        Git(site, "2026-12-01T10:00:00+00:00", "init", "-q");
        Git(site, "2026-12-01T10:00:00+00:00", "add", "-A");
        Git(site, "2026-12-01T10:00:00+00:00", "commit", "-q", "-m", "First version");
    }

    private static void Git(TestSite site, string date, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgSign=false" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors.Result}");
    }
}
