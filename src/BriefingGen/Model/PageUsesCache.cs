using System.Runtime.InteropServices;
using BriefingGen.Diagnostics;
using BriefingGen.Parsing;
using Markdig.Syntax;

namespace BriefingGen.Model;

/// <summary>
/// Each page's resolved uses and the problems found in them, kept between builds (serve) so that an edit
/// resolves only the pages it changed. A page's uses depend on its own parse and on what it can name: the data, the
/// other pages' paths and URLs, and the refused pages; when any of those changes, everything is resolved again.
/// </summary>
public sealed class PageUsesCache
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, PageKind), Entry> _generated = new();
    private IReadOnlyList<ParsedDataFile> _data = [];
    private List<string> _pages = [];

    public sealed record Entry(FrontMatter? FrontMatter, MarkdownDocument? Body, string Url, int BodyLineOffset, PageUses Uses, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Starts a build: forgets everything when the data files (parsed objects, kept while their text is unchanged) or the pages changed.</summary>
    internal void Prepare(IReadOnlyList<ParsedDataFile> data, IReadOnlyList<Page> pages, IReadOnlyList<RefusedPage> refused)
    {
        var names = new List<string>(_pages.Count);
        foreach (var page in pages)
        {
            if (page.SourcePath is not null)
            {
                names.Add(page.SourcePath);
                names.Add(page.Url);
            }
        }

        names.AddRange(refused.Select(r => "refused " + r.SourcePath));
        if (data.Count != _data.Count || data.Where((file, i) => !ReferenceEquals(file, _data[i])).Any() ||
            !CollectionsMarshal.AsSpan(names).SequenceEqual(CollectionsMarshal.AsSpan(_pages)))
        {
            _entries.Clear();
            _generated.Clear();
            Links = null;
        }

        _data = data;
        _pages = names;
    }

    /// <summary>The last build's cross-references, which the next build updates for the pages whose uses changed.</summary>
    internal CrossReferences? Links { get; private set; }

    // The last build's pages and their uses, by place: an edit compares this build's with them without a lookup by URL.
    private Page[] _resolvedPages = [];
    private PageUses[] _resolvedUses = [];

    /// <summary>
    /// The places of the pages whose uses changed since the last build, when the pages stand where they stood with
    /// the same URLs (after most edits they do); null when the cross-references must be worked out from every page.
    /// </summary>
    internal List<int>? Patchable(IReadOnlyList<Page> pages, PageUses[] uses)
    {
        if (Links is null || pages.Count != _resolvedPages.Length)
        {
            return null;
        }

        var changed = new List<int>();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            if (!ReferenceEquals(page, _resolvedPages[i]) && !string.Equals(page.Url, _resolvedPages[i].Url, StringComparison.Ordinal))
            {
                return null;
            }

            if (!ReferenceEquals(uses[i], _resolvedUses[i]))
            {
                changed.Add(i);
            }
        }

        return changed;
    }

    /// <summary>Keeps this build's pages, uses and cross-references for the next.</summary>
    internal CrossReferences Resolved(IReadOnlyList<Page> pages, PageUses[] uses, CrossReferences links)
    {
        _resolvedPages = [.. pages];
        _resolvedUses = uses;
        return Links = links;
    }

    /// <summary>This build's cross-references, patched from the last build's for the pages at the changed places (see <see cref="Patchable"/>).</summary>
    internal CrossReferences Patched(IReadOnlyList<Page> pages, PageUses[] uses, List<int> changed)
    {
        var before = Links!;
        if (changed.Count == 0)
        {
            return Resolved(pages, uses, before);
        }

        // A copy of the last build's table (a copy of a table is made without hashing), with the changed pages' entries.
        var byPage = before.ByPage is Dictionary<string, PageUses> table ? new Dictionary<string, PageUses>(table, StringComparer.Ordinal)
            : new Dictionary<string, PageUses>(before.ByPage, StringComparer.Ordinal);
        var urls = new List<string>(changed.Count);
        foreach (var place in changed)
        {
            var url = pages[place].Url;
            urls.Add(url);
            if (ReferenceEquals(uses[place], PageUses.None))
            {
                byPage.Remove(url);
            }
            else
            {
                byPage[url] = uses[place];
            }
        }

        return Resolved(pages, uses, CrossReferences.Update(before, byPage, urls));
    }

    /// <summary>The uses the page had when last resolved, whatever changed since; null when there was none.</summary>
    internal PageUses? LastUses(Page page) =>
        (page.SourcePath is null ? _generated.GetValueOrDefault((page.Url, page.Kind)) : _entries.GetValueOrDefault(page.SourcePath))?.Uses;

    // A written page's entry holds while its parse and URL are the same; a generated page's (its data's uses)
    // while the data and the pages are, as Prepare forgets them otherwise.
    internal Entry? Find(Page page)
    {
        if (page.SourcePath is null)
        {
            return _generated.TryGetValue((page.Url, page.Kind), out var made) ? made : null;
        }

        return _entries.TryGetValue(page.SourcePath, out var entry) && ReferenceEquals(entry.FrontMatter, page.FrontMatter) &&
            ReferenceEquals(entry.Body, page.Body) && entry.Url == page.Url && entry.BodyLineOffset == page.BodyLineOffset
                ? entry
                : null;
    }

    internal void Keep(Page page, PageUses uses, IReadOnlyList<Diagnostic> diagnostics)
    {
        var entry = new Entry(page.FrontMatter, page.Body, page.Url, page.BodyLineOffset, uses, diagnostics);
        if (page.SourcePath is null)
        {
            _generated[(page.Url, page.Kind)] = entry;
        }
        else
        {
            _entries[page.SourcePath] = entry;
        }
    }
}
