using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using Markdig.Syntax;

namespace BriefingGen.Model;

/// <summary>
/// Each written page's resolved uses and the problems found in them, kept between builds (serve) so that an edit
/// resolves only the pages it changed. A page's uses depend on its own parse and on what it can name: the data, the
/// other pages' paths and URLs, and the refused pages; when any of those changes, everything is resolved again.
/// </summary>
public sealed class PageUsesCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private IReadOnlyList<ParsedDataFile> _data = [];
    private string _pages = "";

    public sealed record Entry(FrontMatter? FrontMatter, MarkdownDocument? Body, string Url, int BodyLineOffset, PageUses Uses, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Starts a build: forgets everything when the data files (parsed objects, kept while their text is unchanged) or the pages changed.</summary>
    internal void Prepare(IReadOnlyList<ParsedDataFile> data, IReadOnlyList<Page> pages, IReadOnlyList<RefusedPage> refused)
    {
        var names = string.Join("\n", pages.Where(p => p.SourcePath is not null).Select(p => p.SourcePath + " " + p.Url)
            .Concat(refused.Select(r => "refused " + r.SourcePath)));
        if (data.Count != _data.Count || data.Where((file, i) => !ReferenceEquals(file, _data[i])).Any() || names != _pages)
        {
            _entries.Clear();
        }

        _data = data;
        _pages = names;
    }

    internal Entry? Find(Page page) =>
        _entries.TryGetValue(page.SourcePath!, out var entry) && ReferenceEquals(entry.FrontMatter, page.FrontMatter) &&
        ReferenceEquals(entry.Body, page.Body) && entry.Url == page.Url && entry.BodyLineOffset == page.BodyLineOffset
            ? entry
            : null;

    internal void Keep(Page page, PageUses uses, IReadOnlyList<Diagnostic> diagnostics) =>
        _entries[page.SourcePath!] = new Entry(page.FrontMatter, page.Body, page.Url, page.BodyLineOffset, uses, diagnostics);
}
