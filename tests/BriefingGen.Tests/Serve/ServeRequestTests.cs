using System.Net;
using System.Net.Sockets;
using BriefingGen.Cli;
using BriefingGen.Cli.Serve;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Serve;

/// <summary>What the preview answers to a request a browser, a page elsewhere or a hand-made client may send.</summary>
public sealed class ServeRequestTests
{
    [Fact]
    public async Task A_request_naming_another_host_is_refused_with_403_as_a_rebinding_page_would_send_it()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nPrivate draft.\n");
        await using var preview = await Preview.StartAsync(site);
        var address = preview.Server.Address;
        var port = new Uri(address).Port;
        foreach (var host in new[] { "evil.example", $"evil.example:{port}", $"localhost.evil.example:{port}", $"127.0.0.1.evil.example", $"localhost:{port + 1}", "" })
        {
            foreach (var target in new[] { "/a/", ReloadClient.EventsPath, ReloadClient.Path })
            {
                var (status, body) = await RawHttp.GetAsync(address, target, host);
                Assert.True(status == 403, $"Host '{host}', {target}: {status}");
                Assert.DoesNotContain("Private draft.", body);
            }
        }

        foreach (var host in new[] { "localhost", $"localhost:{port}", "127.0.0.1", $"127.0.0.1:{port}", "[::1]", $"[::1]:{port}", $"LocalHost:{port}" })
        {
            var (status, body) = await RawHttp.GetAsync(address, "/a/", host);
            Assert.True(status == 200, $"Host '{host}': {status}");
            Assert.Contains("Private draft.", body);
        }
    }

    [Theory]
    [InlineData("/%2500")] // double-encoded NUL
    [InlineData("/a/%2500/b")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("/%00")]
    [InlineData("/a%00.html")]
    [InlineData("/%0a")]
    [InlineData("/%0d%0aSet-Cookie:%20x=1")]
    [InlineData("/%7f")]
    [InlineData("/%c2%85")] // NEL, a C1 control
    [InlineData("/%zz")]
    [InlineData("/%")]
    [InlineData("/%ff")]
    [InlineData("/%c3%28")] // not UTF-8
    [InlineData("/%ed%a0%80")] // an encoded lone surrogate
    [InlineData("/a%2fb")]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/a/../../../etc/passwd")]
    [InlineData("/..%5c..%5cetc%5cpasswd")]
    [InlineData("//etc/passwd")]
    [InlineData("/index.html/x")]
    [InlineData("/%e2%80%a8")]
    public async Task A_malformed_or_escaping_path_is_answered_400_or_404_never_500(string target)
    {
        using var site = TestSite.With();
        await using var preview = await Preview.StartAsync(site);
        var (status, _) = await RawHttp.GetAsync(preview.Server.Address, target, "localhost");
        Assert.True(status is 400 or 404, $"{target}: {status}");
        Assert.Equal(HttpStatusCode.OK, (await preview.Client.GetAsync("")).StatusCode); // and the server still serves
    }

    [Theory]
    [InlineData(5_000, "a/")] // nested past PATH_MAX
    [InlineData(2_100, "a/")]
    [InlineData(300, "a")] // one name past NAME_MAX
    [InlineData(3_000, "%C3%A9")]
    public async Task A_path_too_long_for_any_file_is_answered_404_or_414(int repeat, string part)
    {
        using var site = TestSite.With();
        await using var preview = await Preview.StartAsync(site);
        var target = "/" + string.Concat(Enumerable.Repeat(part, repeat / part.Length));
        var (status, body) = await RawHttp.GetAsync(preview.Server.Address, target, "localhost");
        Assert.True(status is 404 or 414, $"{target[..20]}... ({target.Length} bytes): {status} {body}");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task A_request_that_is_not_a_read_is_answered_405(string method)
    {
        using var site = TestSite.With();
        await using var preview = await Preview.StartAsync(site);
        foreach (var target in new[] { "/", ReloadClient.EventsPath })
        {
            Assert.Equal(405, (await RawHttp.GetAsync(preview.Server.Address, target, "localhost", method)).Status);
        }

        Assert.Equal(405, (await RawHttp.GetAsync(preview.Server.Address, "*", "localhost", "OPTIONS")).Status);
    }

    [Fact]
    public async Task Stopping_serve_with_a_page_open_ends_within_two_seconds()
    {
        using var site = TestSite.With("-- content/a.md --\n---\ntitle: A\n---\nText.\n");
        var port = FreeLoopbackPort();
        using var stop = new CancellationTokenSource();
        var serving = Commands.ServeAsync(new BuildOptions { Source = site.Root }, "127.0.0.1", port, stop.Token);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        await using var events = await OpenWhenListeningAsync(client, serving);
        Assert.Equal("reload", (await events.NextAsync(TimeSpan.FromSeconds(20))).Name);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        stop.Cancel(); // as Ctrl+C does
        var ended = await Task.WhenAny(serving, Task.Delay(TimeSpan.FromSeconds(10)));
        Assert.True(ended == serving && clock.Elapsed < TimeSpan.FromSeconds(2), $"serve still running after {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Commands.Success, await serving);
        Assert.True(site.Build().Succeeded); // and it let go of the output folder
    }

    private static int FreeLoopbackPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    // The first build comes before the listener: try for a while, then give up.
    private static async Task<EventStream> OpenWhenListeningAsync(HttpClient client, Task serving)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            Assert.False(serving.IsCompleted, "serve ended before it listened");
            try
            {
                return await EventStream.OpenAsync(client);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("serve did not listen within 20 s");
    }
}
