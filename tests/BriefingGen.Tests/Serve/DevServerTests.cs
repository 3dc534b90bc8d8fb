using BriefingGen.Cli.Serve;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Serve;

/// <summary>The live preview an editor works in: an edit reloads the page, a broken edit shows its error until fixed.</summary>
public sealed class DevServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_edit_sends_a_reload_event_and_the_page_shows_the_new_text()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nFirst words.\n");
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        Assert.True(await server.StartAsync("127.0.0.1", 0));
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var page = await client.GetStringAsync("a/index.html");
        Assert.Contains("First words.", page);
        Assert.Contains(ReloadClient.Tag, page);

        await using var events = await EventStream.OpenAsync(client);
        Assert.Equal("reload", (await events.NextAsync(Patience)).Name); // the state on connecting
        site.WriteFile("content/a.md", "---\ntitle: A\n---\nSecond words.\n");
        Assert.Equal("reload", (await events.NextAsync(Patience)).Name);
        Assert.Contains("Second words.", await client.GetStringAsync("a/index.html"));
    }

    [Fact]
    public async Task A_broken_edit_shows_its_error_and_a_fix_clears_it()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nFine.\n");
        await using var preview = await Preview.StartAsync(site);
        var (client, events) = (preview.Client, preview.Events);

        site.WriteFile("content/a.md", "---\ntitle: A\ndraft: perhaps\n---\nBroken.\n");
        var error = await events.NextAsync(Patience);
        Assert.Equal("build-error", error.Name);
        Assert.Contains("content/a.md:3:8: error BG0103", error.Data);
        Assert.Contains("Fine.", await client.GetStringAsync("a/index.html")); // the last good page is still served

        site.WriteFile("content/a.md", "---\ntitle: A\n---\nFixed.\n");
        Assert.Equal("reload", (await events.NextAsync(Patience)).Name);
        Assert.Contains("Fixed.", await client.GetStringAsync("a/index.html"));
    }

    [Fact]
    public async Task Saving_many_files_at_once_makes_one_rebuild()
    {
        using var site = TestSite.With(string.Concat(Enumerable.Range(0, 20).Select(i => $"-- content/p{i}.md --\n---\ntitle: P{i}\n---\nText.\n")));
        await using var preview = await Preview.StartAsync(site);
        var (client, events) = (preview.Client, preview.Events);
        // Each file saved whole, as editors and git save them (written aside, then moved into place).
        for (var i = 0; i < 20; i++)
        {
            site.WriteFile($"saved/p{i}.md", $"---\ntitle: P{i}\n---\nChanged.\n");
        }

        for (var i = 0; i < 20; i++)
        {
            File.Move(Path.Combine(site.Root, $"saved/p{i}.md"), Path.Combine(site.Root, $"content/p{i}.md"), overwrite: true);
        }

        var reload = await events.NextAsync(Patience);
        Assert.True("reload" == reload.Name, reload.Name + ": " + reload.Data);
        Assert.Null(await events.NextOrNullAsync(TimeSpan.FromSeconds(1)));
        Assert.Contains("Changed.", await client.GetStringAsync("p19/index.html"));
    }

    [Fact]
    public async Task Edits_after_the_first_new_pages_and_pages_moved_out_of_the_site_all_show()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nVersion one.\n");
        await using var preview = await Preview.StartAsync(site);
        var (client, events) = (preview.Client, preview.Events);

        // The first rebuild looks at every file; the later ones only at what the watcher saw change.
        foreach (var version in new[] { "two", "three" })
        {
            site.WriteFile("content/a.md", $"---\ntitle: A\n---\nVersion {version}.\n");
            Assert.Equal("reload", (await events.NextAsync(Patience)).Name);
            Assert.Contains($"Version {version}.", await client.GetStringAsync("a/index.html"));
        }

        site.WriteFile("content/b.md", "---\ntitle: B\n---\nA new page.\n");
        Assert.Equal("reload", (await events.NextAsync(Patience)).Name);
        Assert.Contains("A new page.", await client.GetStringAsync("b/index.html"));

        File.Move(Path.Combine(site.Root, "content", "b.md"), Path.Combine(site.Root, "b.md"));
        Assert.Equal("reload", (await events.NextAsync(Patience)).Name);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("b/index.html")).StatusCode);
    }

    [Fact]
    public async Task The_watcher_names_the_paths_that_changed_both_ends_of_a_rename_included()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        using var changed = new SemaphoreSlim(0);
        using var watcher = new SiteWatcher(site.Root, site.Output, () => changed.Release());
        Assert.Null(watcher.TakeChanges()); // before the first rebuild nothing is known about what changed

        var from = Path.Combine(site.Root, "content", "a.md");
        var to = Path.Combine(site.Root, "content", "b.md");
        File.Move(from, to);
        Assert.True(await changed.WaitAsync(Patience));
        Assert.Equal([from, to], watcher.TakeChanges()!.Order(StringComparer.Ordinal));
        Assert.Empty(watcher.TakeChanges()!);
    }

    [Fact]
    public async Task A_file_saved_while_a_build_runs_is_pending_so_that_build_tells_the_browser_nothing()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        using var changed = new SemaphoreSlim(0);
        using var watcher = new SiteWatcher(site.Root, site.Output, () => changed.Release());
        watcher.TakeChanges(); // a build starts
        Assert.False(watcher.HasPendingChanges);

        File.WriteAllText(Path.Combine(site.Root, "content", "a.md"), ""); // truncated mid-save, as the build reads it
        Assert.True(await changed.WaitAsync(Patience));
        Assert.True(watcher.HasPendingChanges); // the build's error would be stale: the next build reports

        watcher.TakeChanges();
        Assert.False(watcher.HasPendingChanges);
    }

    [Fact]
    public async Task Unknown_paths_get_the_404_page()
    {
        using var site = TestSite.With();
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        Assert.True(await server.StartAsync("127.0.0.1", 0));
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var response = await client.GetAsync("no/such/page/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("../../etc/passwd")).StatusCode);
    }
}
