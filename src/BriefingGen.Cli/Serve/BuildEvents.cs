using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading.Channels;

namespace BriefingGen.Cli.Serve;

/// <summary>Tells every open browser page what the last build did: reload, or show its errors.</summary>
public sealed class BuildEvents
{
    private readonly List<Channel<ServerEvent>> _listeners = [];
    private ServerEvent _last = new("reload", "");

    /// <summary>The last build's event, sent to a page as soon as it connects (so a failing build shows at once).</summary>
    public ServerEvent Last
    {
        get { lock (_listeners) { return _last; } }
    }

    public ChannelReader<ServerEvent> Subscribe()
    {
        var channel = Channel.CreateUnbounded<ServerEvent>();
        lock (_listeners)
        {
            _listeners.Add(channel);
        }

        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<ServerEvent> reader)
    {
        lock (_listeners)
        {
            _listeners.RemoveAll(c => c.Reader == reader);
        }
    }

    public void Publish(ServerEvent message)
    {
        lock (_listeners)
        {
            _last = message;
            foreach (var listener in _listeners)
            {
                listener.Writer.TryWrite(message);
            }
        }
    }
}

/// <summary>A server-sent event: its name (<c>reload</c> or <c>build-error</c>) and its data.</summary>
public sealed record ServerEvent(string Name, string Data)
{
    public string Name { get; } = Name.Length > 0 && Name.All(c => c is (>= 'a' and <= 'z') or '-')
        ? Name
        : throw new ArgumentException($"an event name is lower-case letters and hyphens, not '{Name}'", nameof(Name));

    /// <summary>The event as the event stream carries it: its name, its data as one JSON string on one line, a blank line.</summary>
    // The default encoder writes only printable ASCII: every line break (CR, LF, U+0085, U+2028, U+2029) and every
    // other control or non-ASCII character becomes a \u escape, so no text in a diagnostic can end the event or start
    // another. Encoded as the serializer encodes a string, without its reflection-based entry point.
    public string ToEventStream() => $"event: {Name}\ndata: \"{JsonEncodedText.Encode(Data, JavaScriptEncoder.Default).Value}\"\n\n";
}
