using System.Text.Json;
using BriefingGen.Cli.Serve;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Serve;

/// <summary>A started server, a browser's HTTP client and its event stream, past the state it sends on connecting.</summary>
internal sealed class Preview : IAsyncDisposable
{
    private Preview(DevServer server, HttpClient client, EventStream events) => (Server, Client, Events) = (server, client, events);

    public DevServer Server { get; }

    public HttpClient Client { get; }

    public EventStream Events { get; }

    public static async Task<Preview> StartAsync(TestSite site)
    {
        var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        Assert.True(await server.StartAsync("127.0.0.1", 0));
        var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        var events = await EventStream.OpenAsync(client);
        await events.NextAsync(TimeSpan.FromSeconds(20));
        return new Preview(server, client, events);
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Reads server-sent events from the preview's event stream as a browser does (a line ends at CR, LF or CRLF), each event's data decoded from its JSON string.</summary>
internal sealed class EventStream : IAsyncDisposable
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
                return (name, JsonSerializer.Deserialize<string>(string.Join("\n", data))!);
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

/// <summary>Requests written byte for byte to the loopback server, as no HTTP client would send them: any path, any Host.</summary>
internal static class RawHttp
{
    /// <summary>The status code and body of <c>GET target</c> with the given Host header, sent to the server's loopback address.</summary>
    public static async Task<(int Status, string Body)> GetAsync(string address, string target, string host, string method = "GET")
    {
        var uri = new Uri(address);
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(System.Net.IPAddress.Loopback, uri.Port);
        var stream = tcp.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(request));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await new StreamReader(stream, System.Text.Encoding.UTF8).ReadToEndAsync(cancel.Token);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var at = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (status, at < 0 ? "" : response[(at + 4)..]);
    }
}
