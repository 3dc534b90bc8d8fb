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
        await server.StartAsync("127.0.0.1", 0);
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
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        await server.StartAsync("127.0.0.1", 0);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        await using var events = await EventStream.OpenAsync(client);
        await events.NextAsync(Patience);

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
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        await server.StartAsync("127.0.0.1", 0);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        await using var events = await EventStream.OpenAsync(client);
        await events.NextAsync(Patience);
        for (var i = 0; i < 20; i++)
        {
            site.WriteFile($"content/p{i}.md", $"---\ntitle: P{i}\n---\nChanged.\n");
        }

        var reload = await events.NextAsync(Patience);
        Assert.Equal("reload", reload.Name);
        Assert.Null(await events.NextOrNullAsync(TimeSpan.FromSeconds(1)));
        Assert.Contains("Changed.", await client.GetStringAsync("p19/index.html"));
    }

    [Fact]
    public async Task Unknown_paths_get_the_404_page()
    {
        using var site = TestSite.With();
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        await server.StartAsync("127.0.0.1", 0);
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var response = await client.GetAsync("no/such/page/");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("../../etc/passwd")).StatusCode);
    }

    /// <summary>Reads server-sent events from the preview's event stream.</summary>
    private sealed class EventStream : IAsyncDisposable
    {
        private readonly HttpResponseMessage _response;
        private readonly StreamReader _reader;
        private Task<(string, string)?>? _pending;

        private EventStream(HttpResponseMessage response, StreamReader reader)
        {
            _response = response;
            _reader = reader;
        }

        public static async Task<EventStream> OpenAsync(HttpClient client)
        {
            var response = await client.GetAsync(ReloadClient.EventsPath, HttpCompletionOption.ResponseHeadersRead);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<(string Name, string Data)> NextAsync(TimeSpan timeout) =>
            await NextOrNullAsync(timeout) ?? throw new TimeoutException("no event from the server");

        public async Task<(string Name, string Data)?> NextOrNullAsync(TimeSpan timeout)
        {
            _pending ??= ReadEventAsync();
            var finished = await Task.WhenAny(_pending, Task.Delay(timeout));
            if (finished != _pending)
            {
                return null;
            }

            var result = await _pending;
            _pending = null;
            return result;
        }

        private async Task<(string, string)?> ReadEventAsync()
        {
            string? name = null;
            var data = new List<string>();
            while (await _reader.ReadLineAsync() is { } line)
            {
                if (line.Length == 0 && name is not null)
                {
                    return (name, string.Join("\n", data));
                }

                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data.Add(line[6..]);
                }
            }

            return null;
        }

        public ValueTask DisposeAsync()
        {
            _response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
