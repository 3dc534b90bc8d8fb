using System.Collections.Concurrent;

namespace BriefingGen.Checking;

/// <summary>
/// The links of one build, each resolved once per folder it is written from, or once per depth when it climbs to the
/// root. Pages share most of their links (navigation, term and citation links), so they share one <see cref="PageLink"/>
/// each: at 30,000 pages a copy per page was most of what the link check kept, and work for the garbage collector.
/// </summary>
public sealed class ResolvedLinks
{
    private readonly ConcurrentDictionary<(string Folder, string Url), PageLink> _links = new();

    /// <param name="from">The folder the link is written in, or a key that stands for every folder it resolves the same from.</param>
    /// <param name="pageFile">The page it is written on, which <paramref name="resolve"/> resolves it from.</param>
    internal PageLink Get(string from, string url, string pageFile, Func<string, string, PageLink> resolve) =>
        _links.GetOrAdd((from, url), static (key, state) => state.Resolve(state.PageFile, key.Url), (Resolve: resolve, PageFile: pageFile));
}
