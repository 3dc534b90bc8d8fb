namespace BriefingGen.Cli.Serve;

/// <summary>
/// Watches content/, templates/ and site.config.yml with the framework's FileSystemWatcher and calls back once
/// things have been quiet for a moment, so that saving many files at once (a git checkout) makes one rebuild.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(75);
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly string _root;
    private readonly string _output;

    public SiteWatcher(string siteRoot, string output, Action changed)
    {
        _root = Path.GetFullPath(siteRoot);
        _output = Path.GetFullPath(output);
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        var path = Path.GetFullPath(e.FullPath);
        var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
        var watched = relative == "site.config.yml" ||
                      relative.StartsWith("content/", StringComparison.Ordinal) ||
                      relative.StartsWith("templates/", StringComparison.Ordinal);
        if (watched && !path.StartsWith(_output, StringComparison.Ordinal))
        {
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
