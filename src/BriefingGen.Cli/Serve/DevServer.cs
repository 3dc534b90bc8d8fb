using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// <c>briefinggen serve</c>: builds the site, serves it on loopback with Kestrel, watches the site's files and
/// rebuilds on change (incrementally; a burst of saves makes one rebuild), and tells open pages to reload or to
/// show the build's errors.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly BuildOptions _options;
    private readonly IncrementalBuilder _builder;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly BuildEvents _events = new();
    private readonly TextWriter _log;
    private SiteWatcher? _watcher;
    private WebApplication? _app;

    public DevServer(BuildOptions options, TextWriter log)
    {
        _options = options;
        _builder = new IncrementalBuilder(options);
        _log = log;
    }

    /// <summary>The address the site is served at, once started.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The result of the last build.</summary>
    public BuildResult? LastResult { get; private set; }

    public BuildEvents Events => _events;

    /// <summary>Fires when the host is asked to stop: its console lifetime takes SIGTERM and Ctrl+C from the command line.</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    public async Task StartAsync(string host, int port, CancellationToken cancellation = default)
    {
        await RebuildAsync();
        var output = LastResult?.OutputPath ?? Path.Combine(_options.Source, "_site");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{host}:{port}");
        _app = builder.Build();
        _app.Map(ReloadClient.EventsPath, StreamEventsAsync);
        _app.Map(ReloadClient.Path, (HttpContext context) => Results.Text(ReloadClient.Script, "text/javascript"));
        _app.MapFallback("{**path}", context => ServeFileAsync(context, output));
        await _app.StartAsync(cancellation);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = addresses.First().TrimEnd('/') + "/";
        _watcher = new SiteWatcher(_options.Source, output, () => _ = RebuildAsync());
    }

    /// <summary>Builds again; one build at a time, and changes that arrive meanwhile make one more build after it.</summary>
    public async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            var changes = _watcher?.TakeChanges();
            var result = await Task.Run(() => _builder.Build(changes));
            LastResult = result;
            foreach (var diagnostic in result.Diagnostics)
            {
                _log.WriteLine(diagnostic);
            }

            var changed = _builder.LastWritten.Count;
            _log.WriteLine(result.Succeeded
                ? $"built: {Commands.Count(_builder.LastRendered, "page")} rendered, {Commands.Count(changed, "file")} written in {result.Elapsed.TotalMilliseconds:0} ms"
                : $"build failed: {Commands.Count(result.Errors, "error")}, {Commands.Count(result.Warnings, "warning")} (the last good site is still served)");
            _events.Publish(result.Succeeded
                ? new ServerEvent("reload", changed.ToString(System.Globalization.CultureInfo.InvariantCulture))
                : new ServerEvent("build-error", string.Join("\n", result.Diagnostics.Where(d => d.IsError || _options.Strict))));
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        var reader = _events.Subscribe();
        try
        {
            await WriteEventAsync(context, _events.Last);
            await foreach (var message in reader.ReadAllAsync(context.RequestAborted))
            {
                await WriteEventAsync(context, message);
            }
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            _events.Unsubscribe(reader);
        }
    }

    private static async Task WriteEventAsync(HttpContext context, ServerEvent message)
    {
        var data = string.Join("\n", message.Data.Split('\n').Select(line => "data: " + line));
        await context.Response.WriteAsync($"event: {message.Name}\n{data}\n\n", context.RequestAborted);
        await context.Response.Body.FlushAsync(context.RequestAborted);
    }

    private static async Task ServeFileAsync(HttpContext context, string output)
    {
        var path = Uri.UnescapeDataString(context.Request.Path.Value ?? "/").TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(output, path));
        if (Directory.Exists(full))
        {
            full = Path.Combine(full, "index.html");
        }

        var root = Path.GetFullPath(output) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
        {
            context.Response.StatusCode = 404;
            full = Path.Combine(output, "404.html");
            if (!File.Exists(full))
            {
                return;
            }
        }

        if (!ContentTypes.TryGetContentType(full, out var type))
        {
            type = "application/octet-stream";
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        var bytes = await File.ReadAllBytesAsync(full);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at < 0 ? html + ReloadClient.Tag : html[..at] + ReloadClient.Tag + html[at..];
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await context.Response.Body.WriteAsync(bytes);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
