using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Pipeline;
using BriefingGen.Writing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BriefingGen.Cli.Serve;

/// <summary>
/// <c>briefinggen serve</c>: builds the site, serves it on loopback with Kestrel, watches the site's files and
/// rebuilds on change (incrementally; a burst of saves makes one rebuild), and tells open pages to reload or to
/// show the build's errors. It holds the output folder's lock while it runs, as a build does while it writes.
/// </summary>
public sealed class DevServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly string[] Reads = [HttpMethods.Get, HttpMethods.Head]; // a preview is only read
    private BuildOptions _options;
    private IncrementalBuilder? _builder;
    private FileStream? _outputLock;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly BuildEvents _events = new();
    private readonly TextWriter _log;

    // Cancelled as the server stops: an open page's event stream ends at once instead of holding the stop for 30 s.
    private readonly CancellationTokenSource _closing = new();
    private SiteWatcher? _watcher;
    private WebApplication? _app;

    public DevServer(BuildOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
    }

    /// <summary>The address the site is served at, once started.</summary>
    public string Address { get; private set; } = "";

    /// <summary>The result of the last build.</summary>
    public BuildResult? LastResult { get; private set; }

    public BuildEvents Events => _events;

    /// <summary>Fires when the host is asked to stop: its console lifetime takes SIGTERM and Ctrl+C from the command line.</summary>
    public CancellationToken Stopping => _app?.Lifetime.ApplicationStopping ?? CancellationToken.None;

    /// <summary>
    /// Takes the output folder's lock, builds the site and serves it; false, with the reason in the log, when the
    /// output folder is refused or another build or serve holds it.
    /// </summary>
    public async Task<bool> StartAsync(string host, int port, CancellationToken cancellation = default)
    {
        var diagnostics = new DiagnosticBag();
        var output = SiteBuilder.OutputFolder(_options, diagnostics);
        _outputLock = output is null ? null : OutputWriter.TakeLock(output);
        if (output is not null && _outputLock is null)
        {
            diagnostics.Error(DiagnosticCodes.OutputLocked, SourceSpan.File(output),
                "another build or serve is writing this output folder; stop it, or serve into another folder with --output");
        }

        if (_outputLock is null)
        {
            foreach (var diagnostic in diagnostics.Sorted().Where(d => d.IsError))
            {
                _log.WriteLine(diagnostic);
            }

            return false;
        }

        // Serve writes the folder it locked and serves, whatever site.config.yml says its output is later. It neither
        // indexes for search nor prints PDFs: either takes seconds, and serve rebuilds on every save.
        _options = _options with { Output = output, Search = false, Pdf = false };
        _builder = new IncrementalBuilder(_options, _outputLock);
        await RebuildAsync();
        var root = Path.GetFullPath(output!);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{(host.Contains(':') ? $"[{host}]" : host)}:{port}");
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
        _app = builder.Build();
        _app.Lifetime.ApplicationStopping.Register(_closing.Cancel);
        _app.Use(new HostCheck(host).FilterAsync);
        // Request delegates, not handlers with parameters: those are bound by reflection, which the native binary lacks.
        _app.MapMethods(ReloadClient.EventsPath, Reads, StreamEventsAsync);
        _app.MapMethods(ReloadClient.Path, Reads, context => Results.Text(ReloadClient.Script, "text/javascript").ExecuteAsync(context));
        _app.MapFallback("{**path}", context => ServeFileAsync(context, root));
        await _app.StartAsync(cancellation);
        var addresses = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Address = addresses.First().TrimEnd('/') + "/";
        _watcher = new SiteWatcher(_options.Source, root, () => _ = RebuildAsync());
        return true;
    }

    // One build at a time, and changes that arrive meanwhile make one more build after it; none once the server stops.
    private async Task RebuildAsync()
    {
        await _building.WaitAsync();
        try
        {
            if (_closing.IsCancellationRequested || _builder is null)
            {
                return;
            }

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
            if (_watcher?.HasPendingChanges == true)
            {
                // Files changed while this build ran: the next build, already due, tells the browser (a half-written
                // file would otherwise flash an error overlay, or a reload show a half-applied checkout).
                return;
            }

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
        using var open = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _closing.Token);
        var reader = _events.Subscribe();
        try
        {
            await WriteEventAsync(context, _events.Last, open.Token);
            await foreach (var message in reader.ReadAllAsync(open.Token))
            {
                await WriteEventAsync(context, message, open.Token);
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

    private static async Task WriteEventAsync(HttpContext context, ServerEvent message, CancellationToken cancellation)
    {
        await context.Response.WriteAsync(message.ToEventStream(), cancellation);
        await context.Response.Body.FlushAsync(cancellation);
    }

    private static async Task ServeFileAsync(HttpContext context, string root)
    {
        if (!Reads.Contains(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = string.Join(", ", Reads);
            return;
        }

        var found = SitePath.Resolve(root, context.Request.Path.Value);
        if (found.Status is not (StatusCodes.Status200OK or StatusCodes.Status404NotFound))
        {
            context.Response.StatusCode = found.Status;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync(found.Status == StatusCodes.Status414UriTooLong
                ? "This path is too long for any page of the site.\n"
                : "This is not a path a page of the site can have.\n");
            return;
        }

        // The file may go between finding and reading it (a rebuild deletes or replaces it): that is a 404 too.
        var file = found.File;
        var bytes = file is null ? null : await ReadOrNullAsync(file);
        if (bytes is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Join(root, "404.html");
            bytes = await ReadOrNullAsync(file);
            if (bytes is null)
            {
                return;
            }
        }

        if (!ContentTypes.TryGetContentType(file!, out var type))
        {
            type = "application/octet-stream";
        }

        context.Response.ContentType = type;
        context.Response.Headers.CacheControl = "no-store";
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            var html = Encoding.UTF8.GetString(bytes);
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at < 0 ? html + ReloadClient.Tag : html[..at] + ReloadClient.Tag + html[at..];
            bytes = Encoding.UTF8.GetBytes(html);
        }

        await context.Response.Body.WriteAsync(bytes);
    }

    private static async Task<byte[]?> ReadOrNullAsync(string file)
    {
        try
        {
            return await File.ReadAllBytesAsync(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _closing.Cancel();
        _watcher?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        // A build under way finishes before the lock is let go; none starts after (_closing is cancelled).
        await _building.WaitAsync();
        _outputLock?.Dispose();
        _building.Release();
        _closing.Dispose();
    }
}
