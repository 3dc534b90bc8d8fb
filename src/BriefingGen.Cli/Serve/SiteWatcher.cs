namespace BriefingGen.Cli.Serve;

/// <summary>
/// Watches content/, templates/ and site.config.yml with the framework's FileSystemWatcher and calls back once
/// things have been quiet for a moment, so that saving many files at once (a git checkout) makes one rebuild.
/// It notes the paths that changed, so that the rebuild looks at those files only.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    // A save (an editor's few events on up to four files, microseconds apart) is rebuilt after a short quiet, as an edit
    // should show within 100 ms; once more files change at once (a checkout), a longer quiet lets them all arrive, even
    // when the writer is held up for a moment (a busy machine, a collector's pause) between two of them. Changes during
    // a rebuild make one more rebuild, never a lost one.
    public static readonly TimeSpan QuietAfterSave = TimeSpan.FromMilliseconds(20);
    public static readonly TimeSpan QuietAfterMany = TimeSpan.FromMilliseconds(300);
    private const int FilesInASave = 4; // an editor's safe save: the file, a backup, a temporary file, a probe
    private readonly FileSystemWatcher _watcher;
    private readonly Timer _timer;
    private readonly string _root;
    private readonly string _output;
    private readonly Lock _lock = new();
    private HashSet<string> _changed = new(StringComparer.Ordinal);

    // Until the first rebuild, what changed is not known: files may have changed between the first build and the watch.
    private bool _unknown = true;

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
        _watcher.Error += (_, _) =>
        {
            // The watcher's buffer overflowed: some changes went unseen, so the next build looks at every file.
            lock (_lock)
            {
                _unknown = true;
            }

            _timer.Change(QuietAfterMany, Timeout.InfiniteTimeSpan);
        };
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>
    /// The full paths that changed since the last call, for the next build, or null when that is not known (before
    /// the first rebuild, after the watcher lost events).
    /// </summary>
    public IReadOnlyCollection<string>? TakeChanges()
    {
        lock (_lock)
        {
            var changes = _unknown ? null : _changed;
            _changed = new HashSet<string>(StringComparer.Ordinal);
            _unknown = false;
            return changes;
        }
    }

    /// <summary>
    /// Whether files changed since the last <see cref="TakeChanges"/>: a build that ran meanwhile may have read a file
    /// half written (an editor or git truncates, then writes), and the rebuild already scheduled will see it whole.
    /// </summary>
    public bool HasPendingChanges
    {
        get
        {
            lock (_lock)
            {
                return _unknown || _changed.Count > 0;
            }
        }
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        // A rename names both ends: a file moved out of content/ is gone from the site as much as a deleted one.
        var paths = (e is RenamedEventArgs renamed ? [e.FullPath, renamed.OldFullPath] : new[] { e.FullPath })
            .Select(Path.GetFullPath).Where(Watched).ToList();
        if (paths.Count == 0)
        {
            return;
        }

        TimeSpan quiet;
        lock (_lock)
        {
            _changed.UnionWith(paths);
            quiet = _changed.Count > FilesInASave ? QuietAfterMany : QuietAfterSave;
        }

        _timer.Change(quiet, Timeout.InfiniteTimeSpan);
    }

    private bool Watched(string path)
    {
        var relative = Path.GetRelativePath(_root, path).Replace('\\', '/');
        return (relative is "site.config.yml" or "content" or "templates" || relative.StartsWith("content/", StringComparison.Ordinal) ||
                relative.StartsWith("templates/", StringComparison.Ordinal)) && !path.StartsWith(_output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
