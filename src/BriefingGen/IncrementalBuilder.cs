using BriefingGen.Incremental;
using BriefingGen.Pipeline;

namespace BriefingGen;

/// <summary>
/// Builds a site again and again (as <c>serve</c> does): the <see cref="SitePipeline"/> with one <see cref="BuildMemo"/>
/// kept from build to build, so that a change redoes only what it touches. The output is always the same as a full
/// build's. Given the output folder's lock (serve holds it while it runs), it writes under that lock.
/// </summary>
public sealed class IncrementalBuilder(BuildOptions options, FileStream? outputLock = null)
{
    private readonly BuildMemo _memo = new(outputLock);

    /// <inheritdoc cref="BuildMemo.LastRendered"/>
    public int LastRendered => _memo.LastRendered;

    /// <inheritdoc cref="BuildMemo.LastWritten"/>
    public IReadOnlyList<string> LastWritten => _memo.LastWritten;

    /// <inheritdoc cref="SitePipeline.Build"/>
    public BuildResult Build(IReadOnlyCollection<string>? changed = null) => SitePipeline.Build(options, _memo, changed);
}
