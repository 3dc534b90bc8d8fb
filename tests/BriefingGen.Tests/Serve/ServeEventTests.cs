using BriefingGen.Cli.Serve;
using BriefingGen.Tests.Support;

namespace BriefingGen.Tests.Serve;

/// <summary>What a page's event stream carries: one event per build, whatever text a diagnostic quotes.</summary>
public sealed class ServeEventTests
{
    // Every line break a reader might split on: the event stream's own (CR, LF, CRLF) and Unicode's.
    public static TheoryData<string, string> BreaksInEachEvent()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in new[] { "reload", "build-error" })
        {
            foreach (var text in new[] { "a\rb", "a\nb", "a\r\nb", "a\u2028b", "a\u2029b", "a\u0085b", "a\vb\fc", "\r\n\r\nevent: reload\r\ndata: x\r\n\r\n", "\uD800 lone" })
            {
                data.Add(name, text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BreaksInEachEvent))]
    public void An_event_is_one_name_line_and_one_data_line_whatever_its_text(string name, string text)
    {
        var wire = new ServerEvent(name, text).ToEventStream();
        Assert.All(wire, c => Assert.True(c == '\n' || c is >= ' ' and <= '~', $"U+{(int)c:X4} in the event stream"));
        var lines = wire.Split('\n');
        Assert.Equal(4, lines.Length); // event, data, the blank line that ends the event, and nothing after it
        Assert.Equal("event: " + name, lines[0]);
        Assert.StartsWith("data: ", lines[1]);
        Assert.Equal(["", ""], lines[2..]);
        var decoded = System.Text.Json.JsonSerializer.Deserialize<string>(lines[1]["data: ".Length..])!;
        Assert.Equal(text.Replace("\uD800", "\uFFFD"), decoded);
    }

    [Fact]
    public void An_event_name_that_could_break_the_stream_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ServerEvent("reload\ndata: x", ""));

    [Fact]
    public async Task A_theme_id_with_line_breaks_shows_as_one_build_error_and_makes_no_reload()
    {
        // YAML's escapes put CR, LF, NEL and the Unicode line and paragraph separators into the theme id the error quotes.
        const string id = @"x\r\n\r\nevent: reload\r\ndata: 1\r\n\r\n\N\L\Py\rz";
        using var site = TestSite.With($"-- content/a.md --\n---\ntitle: A\nthemes: [\"{id}\"]\n---\nText.\n");
        await using var server = new DevServer(new BuildOptions { Source = site.Root }, TextWriter.Null);
        Assert.True(await server.StartAsync("127.0.0.1", 0));
        using var client = new HttpClient { BaseAddress = new Uri(server.Address) };
        await using var events = await EventStream.OpenAsync(client);

        var error = await events.NextAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("build-error", error.Name);
        // Diagnostics print line breaks escaped, and the event's JSON escapes whatever else it carries.
        Assert.Contains(@"unknown theme 'x\r\n\r\nevent: reload\r\ndata: 1\r\n\r\n\u0085\u2028\u2029y\rz'", error.Data);
        Assert.Null(await events.NextOrNullAsync(TimeSpan.FromSeconds(1)));
    }
}
