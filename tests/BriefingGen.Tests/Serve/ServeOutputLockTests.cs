using BriefingGen.Cli.Serve;
using BriefingGen.Diagnostics;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Serve;

/// <summary>serve holds its output folder as a build does: nothing else writes into the folder it serves.</summary>
public sealed class ServeOutputLockTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_build_into_the_folder_serve_serves_stops_with_BG0206_until_serve_stops(bool outputNamed)
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nServed.\n");
        var build = new BuildOptions { Source = site.Root, Output = outputNamed ? site.Output : null, Search = false };
        await using (var preview = await Preview.StartAsync(site))
        {
            DiagnosticAssert.Single(SiteBuilder.Build(build), DiagnosticCodes.OutputLocked);
            Assert.Contains("Served.", await preview.Client.GetStringAsync("a/index.html"));
        }

        Assert.True(SiteBuilder.Build(build).Succeeded);
    }

    [Fact]
    public async Task A_second_serve_on_the_same_output_stops_with_BG0206()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        await using var first = await Preview.StartAsync(site);
        var log = new StringWriter();
        await using var second = new DevServer(new BuildOptions { Source = site.Root }, log);
        Assert.False(await second.StartAsync("127.0.0.1", 0));
        Assert.Contains("error BG0206", log.ToString());
        Assert.Null(second.LastResult); // it built nothing
    }

    [Fact]
    public async Task Serve_rebuilds_under_its_lock_after_a_first_build_that_failed()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\ndraft: perhaps\n---\nBroken.\n");
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        Assert.True(await server.StartAsync("127.0.0.1", 0));
        Assert.False(server.LastResult!.Succeeded);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        await using var events = await EventStream.OpenAsync(client);
        Assert.Equal("build-error", (await events.NextAsync(TimeSpan.FromSeconds(20))).Name);

        site.WriteFile("content/a.md", "---\ntitle: A\n---\nFixed.\n");
        Assert.Equal("reload", (await events.NextAsync(TimeSpan.FromSeconds(20))).Name);
        Assert.True(server.LastResult!.Succeeded, string.Join("\n", server.LastResult.Diagnostics));
        Assert.Contains("Fixed.", await client.GetStringAsync("a/index.html"));
        DiagnosticAssert.Single(site.Build(), DiagnosticCodes.OutputLocked);
    }
}
